package org.scholargraph.analysis.centrality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.graph.CompactGraph;

/**
 * Expected values: igraph 0.10 harmonic_centrality(normalized=True), mode="out" on the directed
 * graph, by scripts/reference/centrality_reference.py.
 */
class HarmonicClosenessTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void agreesWithIgraphOnKarateClub() {
        double[] igraph = {0.7020202020202018, 0.5808080808080806, 0.6363636363636362, 0.5353535353535352,
            0.4444444444444446, 0.4595959595959598, 0.4595959595959598, 0.4974747474747476, 0.5606060606060606,
            0.47222222222222243, 0.4444444444444446, 0.4090909090909093, 0.4242424242424244, 0.5606060606060606,
            0.4303030303030304, 0.4303030303030304, 0.3363636363636361, 0.42929292929292945, 0.4303030303030304,
            0.5303030303030302, 0.4303030303030304, 0.42929292929292945, 0.4303030303030304, 0.48585858585858593,
            0.421717171717172, 0.421717171717172, 0.42272727272727284, 0.5126262626262627, 0.4974747474747476,
            0.4656565656565657, 0.5126262626262627, 0.5858585858585859, 0.6338383838383835, 0.7045454545454543};

        assertArrayEquals(igraph, new HarmonicCloseness(ReferenceGraphs.karate(), 2).scores(), TOLERANCE);
    }

    @Test
    void countsHopsAndGivesUnreachableNodesNothing() {
        double[] igraph = {0.3541666666666667, 0.4375, 0.4375, 0.4375, 0.2916666666666667, 0.25, 0.25, 0.25, 0.0};

        assertArrayEquals(igraph, new HarmonicCloseness(ReferenceGraphs.weightedTwoComponents(), 1).scores(),
                TOLERANCE);
    }

    @Test
    void followsOutEdgesOnDirectedGraph() {
        double[] igraph = {0.625, 0.5, 0.625, 0.0, 0.7083333333333334};

        assertArrayEquals(igraph, new HarmonicCloseness(ReferenceGraphs.directedWithDanglingNode(), 1).scores(),
                TOLERANCE);
    }

    @Test
    void givesTheStarsCentreOneAndASingleNodeZero() {
        assertArrayEquals(new double[] {1.0, 2.0 / 3, 2.0 / 3, 2.0 / 3},
                new HarmonicCloseness(ReferenceGraphs.star4(), 1).scores(), TOLERANCE);
        assertArrayEquals(new double[] {0.0}, new HarmonicCloseness(CompactGraph.undirected(1).build(), 1).scores());
    }

    @Test
    void agreesWithIgraphOnCaGrQc() {
        Optional<CompactGraph> grqc = ReferenceGraphs.grqc();
        Assumptions.assumeTrue(grqc.isPresent(), "ca-GrQc absent at " + ReferenceGraphs.GRQC);
        int[] nodes = {0, 1, 100, 2500, 4233, 5241};
        double[] igraph = {0.0005724098454493417, 0.00019080328181644724, 0.15009865741118092,
            0.00019080328181644724, 0.2130452658071569, 0.14532520258048875};

        double[] scores = new HarmonicCloseness(grqc.get(), 2).scores();

        for (int k = 0; k < nodes.length; k++) {
            assertEquals(igraph[k], scores[nodes[k]], TOLERANCE, "node " + nodes[k]);
        }
    }

    @Property(tries = 20)
    void isBitIdenticalOnOneAndTwoThreads(@ForAll @IntRange(min = 1, max = 200) int n, @ForAll boolean directed,
            @ForAll long seed) {
        CompactGraph graph = ReferenceGraphs.random(n, 0.03, directed, seed);

        assertArrayEquals(new HarmonicCloseness(graph, 1).scores(), new HarmonicCloseness(graph, 2).scores(), 0.0);
    }

    @Test
    void rejectsNoThreads() {
        assertEquals("threads must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> new HarmonicCloseness(ReferenceGraphs.path3(), 0)).getMessage());
    }
}
