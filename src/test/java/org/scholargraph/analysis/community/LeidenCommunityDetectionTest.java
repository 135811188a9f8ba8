package org.scholargraph.analysis.community;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.analysis.centrality.ReferenceGraphs;
import org.scholargraph.graph.CompactGraph;

/**
 * Reference modularities: python3-leidenalg 0.9 find_partition(ModularityVertexPartition or
 * RBConfigurationVertexPartition), best of seeds 0..4, as ../shared/tools/igraph-check.py runs it,
 * by scripts/reference/community_reference.py.
 */
class LeidenCommunityDetectionTest {

    @Test
    void findsKarateClubCommunitiesAsGoodAsLeidenalg() {
        double leidenalgBest = 0.4197896120973044;

        Communities communities = new LeidenCommunityDetection(ReferenceGraphs.karate()).communities();

        assertTrue(communities.modularity() >= 0.98 * leidenalgBest, communities.toString());
        assertEquals(Modularity.of(ReferenceGraphs.karate(), communities.membership()), communities.modularity(),
                1e-12);
    }

    @Test
    void maximisesModularityAtTheGivenResolutionAndReportsItAtOne() {
        double leidenalgBestAtHalf = 0.6217948717948718;
        CompactGraph karate = ReferenceGraphs.karate();

        LeidenCommunityDetection leiden = new LeidenCommunityDetection(karate, 0.5, 10, 10, 42L);
        Communities communities = leiden.communities();

        assertTrue(leiden.quality() >= 0.98 * leidenalgBestAtHalf, "quality " + leiden.quality());
        assertEquals(Modularity.of(karate, communities.membership(), 0.5), leiden.quality(), 1e-12);
        assertEquals(Modularity.of(karate, communities.membership(), 1.0), communities.modularity(), 1e-12);
    }

    @Test
    void separatesWeightedComponentsAndLeavesIsolatedNodeAlone() {
        Communities communities = new LeidenCommunityDetection(ReferenceGraphs.weightedTwoComponents()).communities();

        // leidenalg's best: the two components and the isolated node, modularity 0.4921875.
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 2}, communities.membership());
        assertEquals(0.4921875, communities.modularity(), 1e-12);
    }

    @Test
    void givesEachNodeOfAnEdgelessGraphItsOwnCommunity() {
        Communities communities = new LeidenCommunityDetection(CompactGraph.undirected(4).build()).communities();

        assertEquals(4, communities.count());
        assertEquals(0.0, communities.modularity());
        assertEquals(0, new LeidenCommunityDetection(CompactGraph.undirected(0).build()).communities().count());
    }

    @Test
    void takesDirectedGraphAsUndirected() {
        CompactGraph directed = ReferenceGraphs.directedWithDanglingNode();

        Communities communities = new LeidenCommunityDetection(directed).communities();

        assertEquals(Modularity.of(directed.asUndirected(), communities.membership()), communities.modularity(),
                1e-12);
        assertArrayEquals(new LeidenCommunityDetection(directed.asUndirected()).communities().membership(),
                communities.membership());
    }

    @Test
    void repeatsItselfForTheSameSeed() {
        CompactGraph graph = ReferenceGraphs.random(300, 0.02, false, 3L);

        int[] first = new LeidenCommunityDetection(graph, 1.0, 10, 3, 11L).communities().membership();
        int[] second = new LeidenCommunityDetection(graph, 1.0, 10, 3, 11L).communities().membership();

        assertArrayEquals(first, second);
    }

    @Test
    void shortConstructorRunsWithTheDocumentedDefaults() {
        CompactGraph karate = ReferenceGraphs.karate();

        LeidenCommunityDetection defaults = new LeidenCommunityDetection(karate);

        // resolution 1, 10 iterations, 10 random starts, seed 42, as the class documents
        assertArrayEquals(new LeidenCommunityDetection(karate, 1.0, 10, 10, 42L).communities().membership(),
                defaults.communities().membership());
        assertNotEquals(0, defaults.communities().count());
    }

    @Test
    void findsCaGrQcCommunitiesAsGoodAsLeidenalg() {
        Optional<CompactGraph> grqc = ReferenceGraphs.grqc();
        Assumptions.assumeTrue(grqc.isPresent(), "ca-GrQc absent at " + ReferenceGraphs.GRQC);
        double leidenalgBest = 0.8668767342890091;

        Communities communities = new LeidenCommunityDetection(grqc.get()).communities();

        assertTrue(communities.modularity() >= leidenalgBest, communities.toString());
    }

    @Test
    void givesLargeGraphsFewerStartsAndEveryGraphAtLeastOne() {
        assertEquals(10, CommunitySearch.startsFor(14_484, 10));
        assertEquals(5, CommunitySearch.startsFor(100_000, 10));
        assertEquals(2, CommunitySearch.startsFor(190_450, 10));
        assertEquals(1, CommunitySearch.startsFor(672_598, 10));
        assertEquals(1, CommunitySearch.startsFor(4_000_000_000L, 10));
        assertEquals(3, CommunitySearch.startsFor(1, 3));
    }

    @Test
    void stopsIteratingWhenModularityStopsRising() {
        CompactGraph graph = ReferenceGraphs.random(300, 0.02, false, 3L);

        int[] capped = new LeidenCommunityDetection(graph, 1.0, 1_000, 1, 11L).communities().membership();
        int[] untilStable = new LeidenCommunityDetection(graph, 1.0, 1_000_000, 1, 11L).communities().membership();

        // a cap never reached changes nothing: the start stopped on its own long before
        assertArrayEquals(capped, untilStable);
    }

    @Test
    void rejectsBadParameters() {
        CompactGraph path = ReferenceGraphs.path3();

        assertEquals("resolution must be positive and finite, was 0.0", assertThrows(IllegalArgumentException.class,
                () -> new LeidenCommunityDetection(path, 0.0, 10, 10, 1L)).getMessage());
        assertEquals("iterations must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> new LeidenCommunityDetection(path, 1.0, 0, 10, 1L)).getMessage());
        assertEquals("random starts must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> new LeidenCommunityDetection(path, 1.0, 10, 0, 1L)).getMessage());
    }
}
