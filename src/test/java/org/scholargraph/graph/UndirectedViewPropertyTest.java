package org.scholargraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A directed graph made undirected has an edge wherever it has one in either direction, the two
 * weights of a mutual pair added: the graph an undirected builder makes of the same edges.
 */
class UndirectedViewPropertyTest {

    @Property
    void isTheGraphAnUndirectedBuilderMakesOfTheSameEdges(@ForAll @IntRange(min = 1, max = 12) int n,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 143) Integer> edges,
            @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 4) Integer> weights, @ForAll boolean unit) {
        CompactGraph.Builder directed = CompactGraph.directed(n);
        CompactGraph.Builder undirected = CompactGraph.undirected(n);
        for (int e = 0; e < edges.size(); e++) {
            int u = edges.get(e) / 12 % n;
            int v = edges.get(e) % 12 % n;
            double w = unit || weights.isEmpty() ? 1.0 : weights.get(e % weights.size()) / 3.0;
            directed.addEdge(u, v, w);
        }
        CompactGraph graph = directed.build();
        for (int u = 0; u < n; u++) {
            for (int i = graph.edgeStart(u); i < graph.edgeEnd(u); i++) {
                undirected.addEdge(u, graph.neighborAt(i), graph.weightAt(i));
            }
        }
        CompactGraph expected = undirected.build();
        CompactGraph view = graph.asUndirected();

        assertFalse(view.isDirected());
        assertEquals(expected.edgeSlots(), view.edgeSlots());
        assertEquals(expected.edgeCount(), view.edgeCount());
        for (int u = 0; u < n; u++) {
            assertEquals(expected.edgeStart(u), view.edgeStart(u));
            assertEquals(expected.edgeEnd(u), view.edgeEnd(u));
            assertEquals(expected.inEdgeStart(u), view.inEdgeStart(u));
            assertEquals(expected.strength(u), view.strength(u));
            for (int i = expected.edgeStart(u); i < expected.edgeEnd(u); i++) {
                assertEquals(expected.neighborAt(i), view.neighborAt(i));
                assertEquals(expected.weightAt(i), view.weightAt(i));
                assertEquals(expected.inNeighborAt(i), view.inNeighborAt(i));
                assertEquals(expected.inWeightAt(i), view.inWeightAt(i));
            }
        }
    }
}
