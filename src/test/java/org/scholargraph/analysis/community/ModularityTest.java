package org.scholargraph.analysis.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scholargraph.analysis.centrality.ReferenceGraphs;
import org.scholargraph.graph.CompactGraph;

/**
 * Expected values: igraph 0.10 modularity(membership, weights, resolution, directed=True), equal
 * to networkx 2.8 community.modularity to 1e-12, by scripts/reference/community_reference.py.
 */
class ModularityTest {

    private static final double TOLERANCE = 1e-12;
    /** The split of Zachary's club after the quarrel, networkx's "club" attribute (0 = Mr. Hi). */
    static final int[] KARATE_CLUB_SPLIT = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    @Test
    void agreesWithIgraphOnKarateClubSplit() {
        CompactGraph karate = ReferenceGraphs.karate();

        assertEquals(0.3582347140039448, Modularity.of(karate, KARATE_CLUB_SPLIT), TOLERANCE);
        assertEquals(0.6086045364891519, Modularity.of(karate, KARATE_CLUB_SPLIT, 0.5), TOLERANCE);
    }

    @Test
    void givesOneCommunityZeroAndSingletonsTheSumOfSquaredDegreeShares() {
        CompactGraph karate = ReferenceGraphs.karate();
        int[] singletons = new int[34];
        for (int v = 0; v < 34; v++) {
            singletons[v] = v;
        }

        assertEquals(0.0, Modularity.of(karate, new int[34]), TOLERANCE);
        assertEquals(-0.04980276134122286, Modularity.of(karate, singletons), TOLERANCE);
    }

    @Test
    void weighsEdgesAndAppliesResolution() {
        CompactGraph weighted = ReferenceGraphs.weightedTwoComponents();

        assertEquals(0.4921875, Modularity.of(weighted, new int[] {0, 0, 0, 0, 0, 1, 1, 1, 2}), TOLERANCE);
        assertEquals(0.43505859375, Modularity.of(weighted, new int[] {0, 0, 0, 1, 1, 2, 2, 2, 3}), TOLERANCE);
        assertEquals(0.0263671875, Modularity.of(weighted, new int[] {0, 0, 0, 1, 1, 2, 2, 2, 3}, 2.0), TOLERANCE);
    }

    @Test
    void usesOutAndInStrengthsOnDirectedGraph() {
        CompactGraph directed = ReferenceGraphs.directedWithDanglingNode();
        int[] split = {0, 0, 0, 1, 1};

        assertEquals(-0.011080332409972242, Modularity.of(directed, split), TOLERANCE);
        assertEquals(-0.033240997229916844, Modularity.of(directed.asUndirected(), split), TOLERANCE);
    }

    @Test
    void givesEdgelessGraphZeroInsteadOfNaN() {
        assertEquals(0.0, Modularity.of(CompactGraph.undirected(3).build(), new int[] {0, 1, 2}));
    }

    @Test
    void rejectsMembershipOfWrongLengthOrNegativeLabel() {
        CompactGraph path = ReferenceGraphs.path3();

        assertEquals("membership has 2 labels for a graph of 3 nodes", assertThrows(IllegalArgumentException.class,
                () -> Modularity.of(path, new int[] {0, 0})).getMessage());
        assertEquals("node 1 has the negative label -1", assertThrows(IllegalArgumentException.class,
                () -> Modularity.of(path, new int[] {0, -1, 0})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Modularity.of(path, new int[] {0, 0, 0}, -1));
    }
}
