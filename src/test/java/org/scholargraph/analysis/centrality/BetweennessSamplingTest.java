package org.scholargraph.analysis.centrality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.graph.CompactGraph;

/**
 * Betweenness estimated from sampled shortest paths above the exact limit (Riondato and
 * Kornaropoulos): every estimate within ε of the exact score. The exact scores are igraph's
 * (karate, from {@link HopBetweennessTest}) or Brandes' algorithm, which agrees with igraph to
 * 1e-12 on ca-GrQc ({@link HopBetweennessTest#agreesWithIgraphOnCaGrQcAndIgnoresThreadCount}).
 */
class BetweennessSamplingTest {

    private static final double[] KARATE_IGRAPH = {0.43763528138528146, 0.053936688311688304, 0.14365680615680618,
        0.011909271284271283, 0.0006313131313131313, 0.02998737373737374, 0.029987373737373736, 0.0,
        0.05592682780182781, 0.0008477633477633478, 0.0006313131313131313, 0.0, 0.0, 0.04586339586339586, 0.0, 0.0,
        0.0, 0.0, 0.0, 0.03247504810004811, 0.0, 0.0, 0.0, 0.017613636363636363, 0.0022095959595959595,
        0.0038404882154882154, 0.0, 0.02233345358345358, 0.0017947330447330447, 0.0029220779220779218,
        0.014411976911976909, 0.13827561327561325, 0.145247113997114, 0.30407497594997596};

    @Test
    void sampleSizeFollowsTheBoundOfRiondatoAndKornaropoulos() {
        // karate: diameter 5 hops; node 0 reaches every node within 3, so the bound is 3 + 3 + 1 nodes.
        // ε = 0.05 on igraph's scale is 0.05·32/34 on theirs: ⌈0.5/ε'² · (⌊log₂ 5⌋ + 1 + ln 10)⌉ = 1198
        HopBetweenness sampled = new HopBetweenness(ReferenceGraphs.karate(), 1, 0, 0.05, 0.1, 7L);

        assertFalse(sampled.isExact());
        assertEquals(7, sampled.vertexDiameterBound());
        assertEquals(1198, sampled.samples());
    }

    @Test
    void vertexDiameterBoundCoversEveryComponent() {
        // a 3-node path beside a 4-node star: searched from its end the path gives 2 + 1 + 1, but
        // no path holds more nodes than its component; the star from its centre 1 + 1 + 1
        CompactGraph graph = CompactGraph.undirected(7).addEdge(0, 1, 1).addEdge(1, 2, 1)
                .addEdge(3, 4, 1).addEdge(3, 5, 1).addEdge(3, 6, 1).build();

        assertEquals(3, PivotSampler.vertexDiameterBound(graph));
        assertEquals(5, PivotSampler.vertexDiameterBound(ReferenceGraphs.directedWithDanglingNode()));
    }

    @Test
    void estimatesOnKarateAreWithinEpsilonOfIgraph() {
        double epsilon = 0.01;

        double[] estimate = new HopBetweenness(ReferenceGraphs.karate(), 2, 0, epsilon, 0.1, 3L).scores();

        for (int v = 0; v < estimate.length; v++) {
            assertEquals(KARATE_IGRAPH[v], estimate[v], epsilon, "node " + v);
        }
        // the nodes on no shortest path are never inside a sampled one
        assertEquals(0.0, estimate[7]);
    }

    @Test
    void estimatesOnADirectedGraphAreWithinEpsilonOfIgraph() {
        double[] igraph = {0.16666666666666666, 0.0, 0.41666666666666663, 0.0, 0.0};
        double epsilon = 0.02;

        double[] estimate = new HopBetweenness(ReferenceGraphs.directedWithDanglingNode(), 1, 0, epsilon, 0.1, 5L)
                .scores();

        assertArrayEquals(igraph, estimate, epsilon);
    }

    @Test
    void estimatesOnCaGrQcAreWithinEpsilonOfExactAndIndependentOfThreads() {
        Optional<CompactGraph> grqc = ReferenceGraphs.grqc();
        Assumptions.assumeTrue(grqc.isPresent(), "ca-GrQc absent at " + ReferenceGraphs.GRQC);
        double epsilon = 0.01;
        double[] exact = new HopBetweenness(grqc.get(), 2).scores();

        HopBetweenness sampled = new HopBetweenness(grqc.get(), 1, 0, epsilon, 0.1, 42L);
        double[] one = sampled.scores();
        double[] two = new HopBetweenness(grqc.get(), 2, 0, epsilon, 0.1, 42L).scores();

        assertFalse(sampled.isExact());
        assertArrayEquals(one, two, 0.0);
        double worst = 0;
        for (int v = 0; v < exact.length; v++) {
            worst = Math.max(worst, Math.abs(one[v] - exact[v]));
        }
        assertTrue(worst <= epsilon, "largest error " + worst);
        // the most central author is found: the estimate's top node is the exact top node
        assertEquals(argMax(exact), argMax(one));
    }

    @Test
    void sameBitsOnOneAndTwoThreadsOverManyChunks() {
        CompactGraph graph = ReferenceGraphs.random(300, 0.02, false, 9L);

        HopBetweenness one = new HopBetweenness(graph, 1, 0, 0.02, 0.1, 1L);
        HopBetweenness two = new HopBetweenness(graph, 2, 0, 0.02, 0.1, 1L);

        assertTrue(one.samples() > 4 * HopBetweenness.SAMPLES_PER_CHUNK, "samples " + one.samples());
        assertArrayEquals(one.scores(), two.scores(), 0.0);
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int v = 1; v < values.length; v++) {
            if (values[v] > values[best]) {
                best = v;
            }
        }
        return best;
    }
}
