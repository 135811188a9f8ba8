package org.scholargraph.analysis.centrality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.graph.CompactGraph;

/**
 * Expected values: igraph 0.10 betweenness() times 2/((n−1)(n−2)) (undirected) or 1/((n−1)(n−2))
 * (directed), by scripts/reference/centrality_reference.py.
 */
class HopBetweennessTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void givesMiddleOfThreeNodePathOne() {
        assertArrayEquals(new double[] {0, 1, 0}, new HopBetweenness(ReferenceGraphs.path3(), 1).scores(), TOLERANCE);
    }

    @Test
    void givesCentreOfStarOne() {
        assertArrayEquals(new double[] {1, 0, 0, 0}, new HopBetweenness(ReferenceGraphs.star4(), 1).scores(),
                TOLERANCE);
    }

    @Test
    void agreesWithIgraphOnKarateClub() {
        double[] igraph = {0.43763528138528146, 0.053936688311688304, 0.14365680615680618, 0.011909271284271283,
            0.0006313131313131313, 0.02998737373737374, 0.029987373737373736, 0.0, 0.05592682780182781,
            0.0008477633477633478, 0.0006313131313131313, 0.0, 0.0, 0.04586339586339586, 0.0, 0.0, 0.0, 0.0,
            0.0, 0.03247504810004811, 0.0, 0.0, 0.0, 0.017613636363636363, 0.0022095959595959595,
            0.0038404882154882154, 0.0, 0.02233345358345358, 0.0017947330447330447, 0.0029220779220779218,
            0.014411976911976909, 0.13827561327561325, 0.145247113997114, 0.30407497594997596};

        HopBetweenness betweenness = new HopBetweenness(ReferenceGraphs.karate(), 2);

        assertArrayEquals(igraph, betweenness.scores(), TOLERANCE);
        assertTrue(betweenness.isExact());
    }

    @Test
    void countsHopsNotWeights() {
        double[] igraph = {0.0, 0.03571428571428571, 0.03571428571428571, 0.10714285714285714, 0, 0, 0, 0, 0};

        assertArrayEquals(igraph, new HopBetweenness(ReferenceGraphs.weightedTwoComponents(), 1).scores(), TOLERANCE);
    }

    @Test
    void followsEdgeDirectionsOnDirectedGraph() {
        double[] igraph = {0.16666666666666666, 0.0, 0.41666666666666663, 0.0, 0.0};

        assertArrayEquals(igraph, new HopBetweenness(ReferenceGraphs.directedWithDanglingNode(), 1).scores(),
                TOLERANCE);
    }

    @Test
    void givesZeroOnGraphsOfTwoNodesOrFewer() {
        CompactGraph pair = CompactGraph.undirected(2).addEdge(0, 1, 1).build();

        assertArrayEquals(new double[] {0, 0}, new HopBetweenness(pair, 1).scores());
        assertEquals(0, new HopBetweenness(CompactGraph.undirected(0).build(), 1).scores().length);
    }

    @Test
    void agreesWithIgraphOnCaGrQcAndIgnoresThreadCount() {
        Optional<CompactGraph> grqc = ReferenceGraphs.grqc();
        Assumptions.assumeTrue(grqc.isPresent(), "ca-GrQc absent at " + ReferenceGraphs.GRQC);
        int[] nodes = {0, 1, 100, 2500, 4233, 5241};
        double[] igraph = {2.1847704024784035e-07, 0.0, 0.00022220514033974197, 0.0, 0.01164925934347867,
            9.600990601238978e-06};

        double[] one = new HopBetweenness(grqc.get(), 1).scores();
        double[] two = new HopBetweenness(grqc.get(), 2).scores();

        for (int k = 0; k < nodes.length; k++) {
            assertEquals(igraph[k], one[nodes[k]], 1e-12, "node " + nodes[k]);
        }
        assertArrayEquals(one, two, 0.0);
    }

    @Property(tries = 20)
    void isBitIdenticalOnOneAndTwoThreads(@ForAll @IntRange(min = 3, max = 150) int n, @ForAll boolean directed,
            @ForAll long seed) {
        CompactGraph graph = ReferenceGraphs.random(n, 0.05, directed, seed);

        assertArrayEquals(new HopBetweenness(graph, 1).scores(), new HopBetweenness(graph, 2).scores(), 0.0);
        assertArrayEquals(new HopBetweenness(graph, 1).scores(), new HopBetweenness(graph, 3).scores(), 0.0);
    }

    @Test
    void belowTheExactLimitItIsExact() {
        CompactGraph karate = ReferenceGraphs.karate();

        HopBetweenness measure = new HopBetweenness(karate, 1, 34, 0.05, 0.1, 7L);

        assertTrue(measure.isExact());
        assertEquals(0, measure.samples());
        assertArrayEquals(new HopBetweenness(karate, 1).scores(), measure.scores(), 0.0);
    }

    @Test
    void rejectsBadParameters() {
        CompactGraph graph = ReferenceGraphs.path3();

        assertEquals("threads must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new HopBetweenness(graph, 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HopBetweenness(graph, 1, -1, 0.01, 0.1, 1));
        assertEquals("epsilon must be in (0, 1), was 0.0", assertThrows(IllegalArgumentException.class,
                () -> new HopBetweenness(graph, 1, 10, 0, 0.1, 1)).getMessage());
        assertEquals("delta must be in (0, 1), was 1.0", assertThrows(IllegalArgumentException.class,
                () -> new HopBetweenness(graph, 1, 10, 0.01, 1, 1)).getMessage());
    }
}
