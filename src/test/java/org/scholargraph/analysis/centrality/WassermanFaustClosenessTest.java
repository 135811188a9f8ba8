package org.scholargraph.analysis.centrality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.graph.CompactGraph;

/**
 * Expected values: networkx 2.8 closeness_centrality(wf_improved=True), unweighted, on the reversed
 * graph where directed (networkx measures distances into a node), by
 * scripts/reference/centrality_reference.py.
 */
class WassermanFaustClosenessTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void agreesWithNetworkxOnKarateClub() {
        double[] networkx = {0.5689655172413793, 0.4852941176470588, 0.559322033898305, 0.4647887323943662,
            0.3793103448275862, 0.38372093023255816, 0.38372093023255816, 0.44, 0.515625, 0.4342105263157895,
            0.3793103448275862, 0.36666666666666664, 0.3707865168539326, 0.515625, 0.3707865168539326,
            0.3707865168539326, 0.28448275862068967, 0.375, 0.3707865168539326, 0.5, 0.3707865168539326, 0.375,
            0.3707865168539326, 0.39285714285714285, 0.375, 0.375, 0.3626373626373626, 0.4583333333333333,
            0.4520547945205479, 0.38372093023255816, 0.4583333333333333, 0.5409836065573771, 0.515625, 0.55};

        assertArrayEquals(networkx, new WassermanFaustCloseness(ReferenceGraphs.karate(), 2).scores(), TOLERANCE);
    }

    @Test
    void scalesASmallComponentByTheShareOfNodesItReaches() {
        // the triangle {5,6,7}: closeness 1 within it, times the 2 of 8 other nodes it reaches;
        // igraph's closeness() would give it 1.0, as much as a node adjacent to everyone
        double[] networkx = {0.2857142857142857, 0.4, 0.4, 0.4, 0.25, 0.25, 0.25, 0.25, 0.0};

        assertArrayEquals(networkx, new WassermanFaustCloseness(ReferenceGraphs.weightedTwoComponents(), 1).scores(),
                TOLERANCE);
    }

    @Test
    void followsOutEdgesOnDirectedGraph() {
        double[] networkxReversed = {0.5625, 0.44999999999999996, 0.5625, 0.0, 0.5714285714285714};

        assertArrayEquals(networkxReversed,
                new WassermanFaustCloseness(ReferenceGraphs.directedWithDanglingNode(), 1).scores(), TOLERANCE);
    }

    @Test
    void givesTheStarsCentreOneItsLeavesThreeFifthsAndASingleNodeZero() {
        // a leaf reaches 3 nodes at distances 1, 2, 2: (3/5)·(3/3)
        assertArrayEquals(new double[] {1.0, 0.6, 0.6, 0.6},
                new WassermanFaustCloseness(ReferenceGraphs.star4(), 1).scores(), TOLERANCE);
        assertArrayEquals(new double[] {0.0},
                new WassermanFaustCloseness(CompactGraph.undirected(1).build(), 1).scores());
        assertEquals(0, new WassermanFaustCloseness(CompactGraph.undirected(0).build(), 1).scores().length);
    }

    @Test
    void agreesWithNetworkxOnCaGrQc() {
        Optional<CompactGraph> grqc = ReferenceGraphs.grqc();
        Assumptions.assumeTrue(grqc.isPresent(), "ca-GrQc absent at " + ReferenceGraphs.GRQC);
        int[] nodes = {0, 1, 100, 2500, 4233, 5241};
        double[] networkx = {0.0005724098454493417, 0.00019080328181644724, 0.14199847291636983,
            0.00019080328181644724, 0.18654622580583352, 0.13664903398889747};

        double[] scores = new WassermanFaustCloseness(grqc.get(), 2).scores();

        for (int k = 0; k < nodes.length; k++) {
            assertEquals(networkx[k], scores[nodes[k]], TOLERANCE, "node " + nodes[k]);
        }
        // every node at once: the sum of all 5,242 scores
        assertEquals(557.2314390326937, Arrays.stream(scores).sum(), 1e-9);
    }

    @Property(tries = 20)
    void isBitIdenticalOnOneAndTwoThreads(@ForAll @IntRange(min = 1, max = 200) int n, @ForAll boolean directed,
            @ForAll long seed) {
        CompactGraph graph = ReferenceGraphs.random(n, 0.03, directed, seed);

        assertArrayEquals(new WassermanFaustCloseness(graph, 1).scores(),
                new WassermanFaustCloseness(graph, 2).scores(), 0.0);
        assertArrayEquals(new WassermanFaustCloseness(graph, 1, 0, 50, 3L).scores(),
                new WassermanFaustCloseness(graph, 2, 0, 50, 3L).scores(), 0.0);
    }

    @Test
    void aNodeOutsideASampleOfAllOtherNodesGetsItsExactScore() {
        // given karate and 33 sampled targets: for the one node left out, the targets are all the others
        CompactGraph karate = ReferenceGraphs.karate();
        double[] exact = new WassermanFaustCloseness(karate, 1).scores();

        WassermanFaustCloseness sampled = new WassermanFaustCloseness(karate, 1, 0, 33, 7L);

        assertFalse(sampled.isExact());
        boolean[] target = new boolean[34];
        for (int u : PivotSampler.pivots(34, 33, 7L)) {
            target[u] = true;
        }
        int outside = 0;
        while (target[outside]) {
            outside++;
        }
        assertEquals(exact[outside], sampled.score(outside), TOLERANCE);
    }

    @Test
    void estimateIsCloseOnARandomGraph() {
        CompactGraph graph = ReferenceGraphs.random(400, 0.02, false, 3L);
        double[] exact = new WassermanFaustCloseness(graph, 1).scores();

        double[] estimate = new WassermanFaustCloseness(graph, 1, 100, 200, 11L).scores();

        double meanError = 0;
        for (int v = 0; v < exact.length; v++) {
            meanError += Math.abs(estimate[v] - exact[v]);
        }
        meanError /= exact.length;
        // half of the nodes as targets: the mean absolute error is a small fraction of scores near 0.3
        assertTrue(meanError < 0.01, "mean error " + meanError);
    }

    @Test
    void rejectsBadParametersWithTheirNames() {
        CompactGraph path = ReferenceGraphs.path3();
        assertEquals("threads must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new WassermanFaustCloseness(path, 0)).getMessage());
        assertEquals("exact limit must not be negative, was -1", assertThrows(IllegalArgumentException.class,
                () -> new WassermanFaustCloseness(path, 1, -1, 10, 1L)).getMessage());
        assertEquals("sample size must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> new WassermanFaustCloseness(path, 1, 10, 0, 1L)).getMessage());
    }
}
