package org.scholargraph.analysis.centrality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.graph.CompactGraph;

/**
 * Expected values: igraph 0.10 transitivity_local_undirected(mode="zero"), equal to networkx's
 * clustering(), by scripts/reference/centrality_reference.py.
 */
class LocalClusteringCoefficientTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void agreesWithIgraphOnKarateClub() {
        double[] igraph = {0.15, 0.3333333333333333, 0.24444444444444446, 0.6666666666666667, 0.6666666666666666,
            0.5, 0.5, 1.0, 0.5, 0.0, 0.6666666666666666, 0.0, 1.0, 0.6, 1.0, 1.0, 1.0, 1.0, 1.0, 0.3333333333333333,
            1.0, 1.0, 1.0, 0.4, 0.3333333333333333, 0.3333333333333333, 1.0, 0.16666666666666666,
            0.3333333333333333, 0.6666666666666666, 0.5, 0.2, 0.19696969696969696, 0.11029411764705882};

        assertArrayEquals(igraph, new LocalClusteringCoefficient(ReferenceGraphs.karate()).scores(), TOLERANCE);
    }

    @Test
    void ignoresWeightsAndGivesZeroBelowTwoNeighbours() {
        // node 4 has one neighbour and node 8 none: 0 here, NaN in igraph's default mode
        double[] igraph = {1.0, 0.6666666666666666, 0.6666666666666666, 0.3333333333333333, 0.0, 1.0, 1.0, 1.0, 0.0};

        assertArrayEquals(igraph, new LocalClusteringCoefficient(ReferenceGraphs.weightedTwoComponents()).scores(),
                TOLERANCE);
    }

    @Test
    void countsEachTriangleAtEachCorner() {
        // two triangles sharing the edge 0–1, and a pendant 3–4
        CompactGraph graph = CompactGraph.undirected(5)
                .addEdge(0, 1, 1).addEdge(0, 2, 1).addEdge(1, 2, 1).addEdge(0, 3, 1).addEdge(1, 3, 1).addEdge(3, 4, 1)
                .build();

        LocalClusteringCoefficient clustering = new LocalClusteringCoefficient(graph);

        assertArrayEquals(new long[] {2, 2, 1, 1, 0}, clustering.triangles());
        // node 0: neighbours 1, 2, 3, pairs 3, closed 2; node 3: neighbours 0, 1, 4, closed 1 of 3
        assertArrayEquals(new double[] {2.0 / 3, 2.0 / 3, 1.0, 1.0 / 3, 0.0}, clustering.scores(), TOLERANCE);
    }

    @Test
    void agreesWithIgraphOnCaGrQc() {
        Optional<CompactGraph> grqc = ReferenceGraphs.grqc();
        Assumptions.assumeTrue(grqc.isPresent(), "ca-GrQc absent at " + ReferenceGraphs.GRQC);
        int[] nodes = {0, 1, 100, 2500, 4233, 5241};
        double[] igraph = {0.0, 0.0, 0.0, 0.0, 0.3638888888888889, 0.8571428571428572};

        double[] scores = new LocalClusteringCoefficient(grqc.get()).scores();

        for (int k = 0; k < nodes.length; k++) {
            assertEquals(igraph[k], scores[nodes[k]], TOLERANCE, "node " + nodes[k]);
        }
        // every node at once: the sum of all 5,242 coefficients
        assertEquals(2776.3509215352983, Arrays.stream(scores).sum(), 1e-9);
    }

    @Property(tries = 30)
    void equalsTheShareOfClosedNeighbourPairsCountedPairByPair(@ForAll @IntRange(min = 1, max = 60) int n,
            @ForAll long seed) {
        CompactGraph graph = ReferenceGraphs.random(n, 0.2, false, seed);

        double[] scores = new LocalClusteringCoefficient(graph).scores();

        for (int v = 0; v < n; v++) {
            int[] neighbours = graph.neighborsOf(v);
            int closed = 0;
            for (int i = 0; i < neighbours.length; i++) {
                for (int j = i + 1; j < neighbours.length; j++) {
                    closed += graph.weight(neighbours[i], neighbours[j]) > 0 ? 1 : 0;
                }
            }
            int pairs = neighbours.length * (neighbours.length - 1) / 2;
            assertEquals(pairs == 0 ? 0.0 : (double) closed / pairs, scores[v], TOLERANCE, "node " + v);
        }
    }

    @Test
    void rejectsADirectedGraph() {
        assertEquals("local clustering is defined here for undirected graphs; pass graph.asUndirected()",
                assertThrows(IllegalArgumentException.class,
                        () -> new LocalClusteringCoefficient(ReferenceGraphs.directedWithDanglingNode())).getMessage());
    }
}
