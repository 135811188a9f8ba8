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

/** Expected values: igraph 0.10 pagerank(weights, damping=0.85), by scripts/reference/centrality_reference.py. */
class WeightedPageRankTest {

    private static final double TOLERANCE = 1e-10;

    @Test
    void agreesWithIgraphOnKarateClub() {
        double[] igraph = {0.09699728538829475, 0.05287692406114573, 0.057078509488462034, 0.035859857786411375,
            0.021977952364589538, 0.029111154678370145, 0.029111154678370138, 0.024490497035282385,
            0.029766056081016963, 0.014309397129032916, 0.021977952364589538, 0.009564745492135509,
            0.014644892011877124, 0.029536456151913672, 0.014535993997921253, 0.014535993997921253,
            0.016784005444189665, 0.014558677209021497, 0.014535993997921253, 0.019604636325652788,
            0.014535993997921253, 0.014558677209021497, 0.014535993997921253, 0.03152251477667804,
            0.021076033559222822, 0.021006197394493005, 0.015044038082725551, 0.025639767482847988,
            0.01957345946382851, 0.026288537695114873, 0.024590155248580117, 0.0371580870691453,
            0.0716932260057545, 0.1009191823326258};

        assertArrayEquals(igraph, new WeightedPageRank(ReferenceGraphs.karate()).scores(), TOLERANCE);
    }

    @Test
    void followsEdgeWeightsAndSpreadsIsolatedNodeUniformly() {
        double[] igraph = {0.09900853692637679, 0.18865758577555278, 0.17568065262330035, 0.11539729858217294,
            0.034752858607934624, 0.15427005028290597, 0.129669533051863, 0.08415857617443352,
            0.018404907975460127};

        assertArrayEquals(igraph, new WeightedPageRank(ReferenceGraphs.weightedTwoComponents()).scores(), TOLERANCE);
    }

    @Test
    void spreadsDanglingNodeRankOverAllNodesOnDirectedGraph() {
        double[] igraph = {0.1522388993298712, 0.12645922024032058, 0.32430133599849775, 0.31367567900112003,
            0.08332486543019041};

        assertArrayEquals(igraph, new WeightedPageRank(ReferenceGraphs.directedWithDanglingNode()).scores(),
                TOLERANCE);
    }

    @Test
    void givesMiddleOfPathMostRank() {
        assertArrayEquals(new double[] {0.25675675675675674, 0.48648648648648646, 0.25675675675675674},
                new WeightedPageRank(ReferenceGraphs.path3()).scores(), TOLERANCE);
    }

    @Test
    void agreesWithIgraphOnCaGrQc() {
        Optional<CompactGraph> grqc = ReferenceGraphs.grqc();
        Assumptions.assumeTrue(grqc.isPresent(), "ca-GrQc absent at " + ReferenceGraphs.GRQC);
        int[] nodes = {0, 1, 100, 2500, 4233, 5241};
        double[] igraph = {0.0003661255485762984, 0.00019079782108912674, 9.679616005469743e-05,
            0.00019079782108898097, 0.0010956407606782228, 0.00021475229880064177};

        WeightedPageRank pagerank = new WeightedPageRank(grqc.get());

        for (int k = 0; k < nodes.length; k++) {
            assertEquals(igraph[k], pagerank.score(nodes[k]), 1e-12, "node " + nodes[k]);
        }
    }

    @Test
    void rejectsDampingOutsideOpenUnitInterval() {
        CompactGraph graph = ReferenceGraphs.path3();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WeightedPageRank(graph, 1.0));
        assertEquals("damping factor must be in (0, 1), was 1.0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WeightedPageRank(graph, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new WeightedPageRank(graph, 0.85, 0, 1e-9, 1));
        assertThrows(IllegalArgumentException.class, () -> new WeightedPageRank(graph, 0.85, 10, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new WeightedPageRank(null));
    }

    @Test
    void scoresAreACopyAndTheEmptyGraphHasNone() {
        WeightedPageRank pagerank = new WeightedPageRank(ReferenceGraphs.path3());
        pagerank.scores()[0] = 99;

        assertEquals(0.25675675675675674, pagerank.score(0), TOLERANCE);
        assertEquals(0, new WeightedPageRank(CompactGraph.undirected(0).build()).scores().length);
    }

    @Property(tries = 50)
    void sumsToOne(@ForAll @IntRange(min = 1, max = 60) int n, @ForAll boolean directed, @ForAll long seed) {
        CompactGraph graph = ReferenceGraphs.random(n, 0.1, directed, seed);

        double sum = 0;
        for (double s : new WeightedPageRank(graph).scores()) {
            assertTrue(s > 0);
            sum += s;
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void givesTheSameBitsOnOneAndTwoThreads() {
        // Large enough to be swept in parallel: 20,000 nodes, directed, some of them dangling.
        java.util.Random random = new java.util.Random(3);
        CompactGraph.Builder builder = CompactGraph.directed(20_000);
        for (int e = 0; e < 150_000; e++) {
            int u = random.nextInt(18_000);
            int v = random.nextInt(20_000);
            if (u != v) {
                builder.addEdge(u, v, 1 + random.nextInt(3));
            }
        }
        CompactGraph graph = builder.build();

        double[] one = new WeightedPageRank(graph, 0.85, 1).scores();
        double[] two = new WeightedPageRank(graph, 0.85, 2).scores();

        assertArrayEquals(one, two, 0.0);
        assertThrows(IllegalArgumentException.class, () -> new WeightedPageRank(graph, 0.85, 0));
    }

    @Test
    void givesNodesTheGraphCannotTellApartEqualScores() {
        // A triangle of coauthors (weight 2) who each wrote once with a fourth: the three are
        // interchangeable, so their scores must be equal to the bit, and their order left to their ids.
        CompactGraph.Builder builder = CompactGraph.undirected(4);
        builder.addEdge(0, 1, 2).addEdge(1, 2, 2).addEdge(0, 2, 2);
        for (int member = 0; member < 3; member++) {
            builder.addEdge(member, 3, 1);
        }

        double[] scores = new WeightedPageRank(builder.build()).scores();

        assertEquals(scores[0], scores[1], 0.0);
        assertEquals(scores[0], scores[2], 0.0);
    }
}
