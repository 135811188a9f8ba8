package org.scholargraph.analysis.community;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholargraph.analysis.centrality.ReferenceGraphs;
import org.scholargraph.graph.CompactGraph;

/** Reference modularity: python3-leidenalg best of seeds 0..4, by scripts/reference/community_reference.py. */
class LouvainCommunityDetectionTest {

    @Test
    void findsKarateClubCommunitiesNearlyAsGoodAsLeidenalg() {
        double leidenalgBest = 0.4197896120973044;

        Communities communities = new LouvainCommunityDetection(ReferenceGraphs.karate()).communities();

        assertTrue(communities.modularity() >= 0.98 * leidenalgBest, communities.toString());
    }

    @Test
    void repeatsItselfForTheSameSeedAndLeavesIsolatedNodeAlone() {
        CompactGraph weighted = ReferenceGraphs.weightedTwoComponents();

        int[] first = new LouvainCommunityDetection(weighted, 1.0, 10, 3, 9L).communities().membership();

        assertArrayEquals(first, new LouvainCommunityDetection(weighted, 1.0, 10, 3, 9L).communities().membership());
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 1, 1, 1, 2}, first);
    }

    @Test
    void swapsWithLeidenBehindTheInterface() {
        CompactGraph karate = ReferenceGraphs.karate();
        List<CommunityDetection> methods = List.of(new LeidenCommunityDetection(karate),
                new LouvainCommunityDetection(karate));

        for (CommunityDetection method : methods) {
            Communities communities = method.communities();
            assertEquals(Modularity.of(karate, communities.membership()), communities.modularity(), 1e-12,
                    method.name());
        }
        assertEquals(List.of("leiden", "louvain"), methods.stream().map(CommunityDetection::name).toList());
    }
}
