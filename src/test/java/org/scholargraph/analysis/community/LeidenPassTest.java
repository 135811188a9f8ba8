package org.scholargraph.analysis.community;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scholargraph.analysis.centrality.ReferenceGraphs;
import org.scholargraph.graph.CompactGraph;

/** The Leiden iteration on arrays: its guarantees, checked on graphs whose answer is known by hand. */
class LeidenPassTest {

    /** Two 4-cliques joined by the one edge 3–4. */
    private static CompactGraph twoCliques() {
        CompactGraph.Builder builder = CompactGraph.undirected(8);
        for (int base : new int[] {0, 4}) {
            for (int u = base; u < base + 4; u++) {
                for (int v = u + 1; v < base + 4; v++) {
                    builder.addEdge(u, v, 1.0);
                }
            }
        }
        return builder.addEdge(3, 4, 1.0).build();
    }

    private static LeidenPass pass(CompactGraph graph, long seed) {
        double m = CommunitySearch.totalEdgeWeight(graph);
        return new LeidenPass(graph, 1 / (2 * m), LeidenCommunityDetection.RANDOMNESS, new Random(seed));
    }

    private static int[] singletons(int n) {
        int[] labels = new int[n];
        for (int v = 0; v < n; v++) {
            labels[v] = v;
        }
        return labels;
    }

    @Test
    void findsTheTwoCliquesAndThenHasNothingToMove() {
        CompactGraph graph = twoCliques();
        LeidenPass pass = pass(graph, 1L);
        int[] labels = singletons(8);

        assertTrue(pass.improve(labels));
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, labels);
        // 13 edges; each clique holds 6 inside and has total degree 13: 2 · (6/13 − (13/26)²).
        assertEquals(2 * (6.0 / 13 - 0.25), Modularity.of(graph, labels), 1e-12);
        assertFalse(pass.improve(labels));
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, labels);
    }

    @Test
    void mendsAPartitionThatCutsBothCliques() {
        CompactGraph graph = twoCliques();
        int[] labels = {0, 0, 1, 1, 1, 1, 0, 0};

        assertTrue(pass(graph, 7L).improve(labels));

        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, labels);
    }

    @Property(tries = 40)
    void neverLowersModularityAndKeepsEveryCommunityConnected(@ForAll @IntRange(min = 2, max = 60) int n,
            @ForAll long seed) {
        CompactGraph graph = ReferenceGraphs.random(n, 0.08, false, seed);
        if (CommunitySearch.totalEdgeWeight(graph) == 0) {
            return;
        }
        LeidenPass pass = pass(graph, seed);
        int[] labels = singletons(n);
        double before = Modularity.of(graph, labels);
        for (int round = 0; round < 3; round++) {
            pass.improve(labels);
            double after = Modularity.of(graph, labels);
            assertTrue(after >= before - 1e-12, "modularity fell from " + before + " to " + after);
            assertEquals(after, pass.quality(), 1e-12, "the quality read off the last level");
            before = after;
            assertEachCommunityConnected(graph, labels);
        }
    }

    private static void assertEachCommunityConnected(CompactGraph graph, int[] labels) {
        int n = graph.nodeCount();
        int[] reachedFrom = new int[n];
        java.util.Arrays.fill(reachedFrom, -1);
        int[] stack = new int[n];
        boolean[] labelSeen = new boolean[n];
        for (int root = 0; root < n; root++) {
            if (reachedFrom[root] >= 0) {
                continue;
            }
            assertFalse(labelSeen[labels[root]], "community " + labels[root] + " is in two pieces");
            labelSeen[labels[root]] = true;
            int top = 0;
            stack[top++] = root;
            reachedFrom[root] = root;
            while (top > 0) {
                int u = stack[--top];
                for (int i = graph.edgeStart(u); i < graph.edgeEnd(u); i++) {
                    int v = graph.neighborAt(i);
                    if (reachedFrom[v] < 0 && labels[v] == labels[root]) {
                        reachedFrom[v] = root;
                        stack[top++] = v;
                    }
                }
            }
        }
    }
}
