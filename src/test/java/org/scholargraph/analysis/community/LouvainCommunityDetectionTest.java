package org.scholargraph.analysis.community;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LouvainAlgorithm;
import nl.cwts.networkanalysis.Network;
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

    @Test
    void cwtsNetworkHoldsEachEdgeOnceAndItsQualityIsModularity() {
        CompactGraph karate = ReferenceGraphs.karate();

        Network network = CwtsNetworks.network(karate);

        assertEquals(78, network.getNEdges());
        assertEquals(78.0, network.getTotalEdgeWeight(), 0.0);
        assertEquals(karate.strength(33), network.getNodeWeight(33), 0.0);
        LouvainAlgorithm cpm = new LouvainAlgorithm(1.0 / (2 * 78), 1, new Random(1));
        assertEquals(Modularity.of(karate, ModularityTest.KARATE_CLUB_SPLIT),
                cpm.calcQuality(network, new Clustering(ModularityTest.KARATE_CLUB_SPLIT)), 1e-12);
    }
}
