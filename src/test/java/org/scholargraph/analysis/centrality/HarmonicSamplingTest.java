package org.scholargraph.analysis.centrality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.graph.CompactGraph;

/** Harmonic closeness estimated from sampled targets, for graphs above the exact limit. */
class HarmonicSamplingTest {

    @Test
    void aNodeOutsideASampleOfAllOtherNodesGetsItsExactScore() {
        // given karate (34 nodes) and a sample of 33 targets: exactly one node is not a target,
        // and for it the sample is every other node, so its estimate is the exact mean
        CompactGraph karate = ReferenceGraphs.karate();
        double[] exact = new HarmonicCloseness(karate, 1).scores();

        HarmonicCloseness sampled = new HarmonicCloseness(karate, 1, 0, 33, 7L);
        double[] estimate = sampled.scores();

        assertFalse(sampled.isExact());
        int outside = -1;
        boolean[] target = new boolean[34];
        for (int u : PivotSampler.pivots(34, 33, 7L)) {
            target[u] = true;
        }
        for (int v = 0; v < 34; v++) {
            if (!target[v]) {
                outside = v;
            }
        }
        assertEquals(exact[outside], estimate[outside], 1e-12);
    }

    @Test
    void estimateIsCloseOnARandomGraphAndIndependentOfThreads() {
        CompactGraph graph = ReferenceGraphs.random(400, 0.02, false, 3L);
        double[] exact = new HarmonicCloseness(graph, 1).scores();

        double[] one = new HarmonicCloseness(graph, 1, 100, 200, 11L).scores();
        double[] two = new HarmonicCloseness(graph, 2, 100, 200, 11L).scores();

        assertArrayEquals(one, two);
        double meanError = 0;
        for (int v = 0; v < exact.length; v++) {
            meanError += Math.abs(one[v] - exact[v]);
        }
        meanError /= exact.length;
        // half of the nodes as targets: the mean absolute error is a small fraction of the scores
        assertTrue(meanError < 0.01, "mean error " + meanError);
    }

    @Test
    void estimatesOnCaGrQcAreWithinEpsilonOfExact() {
        Optional<CompactGraph> grqc = ReferenceGraphs.grqc();
        Assumptions.assumeTrue(grqc.isPresent(), "ca-GrQc absent at " + ReferenceGraphs.GRQC);
        double epsilon = 0.05;
        double[] exact = new HarmonicCloseness(grqc.get(), 2).scores();

        HarmonicCloseness sampled = new HarmonicCloseness(grqc.get(), 2, 0, epsilon, 0.1, 42L);
        double[] estimate = sampled.scores();

        // ⌈ln(2·5242/0.1)/(2·0.05²)⌉ + 1 targets
        assertEquals(2314, sampled.targets());
        assertFalse(sampled.isExact());
        for (int v = 0; v < exact.length; v++) {
            assertEquals(exact[v], estimate[v], epsilon, "node " + v);
        }
    }

    @Test
    void belowTheLimitItIsExact() {
        CompactGraph karate = ReferenceGraphs.karate();
        HarmonicCloseness measure = new HarmonicCloseness(karate, 2, 34, 10, 1L);
        assertTrue(measure.isExact());
        assertArrayEquals(new HarmonicCloseness(karate, 1).scores(), measure.scores());
    }
}
