package org.scholargraph.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactGraphTest {

    @Test
    void edgeSlotsListEachNodesNeighboursAscendingWithSummedWeights() {
        CompactGraph graph = CompactGraph.undirected(4)
                .addEdge(2, 0, 1.0).addEdge(0, 1, 2.0).addEdge(1, 0, 0.5).addEdge(3, 3, 1.0)
                .build();

        assertEquals(4, graph.edgeSlots());
        assertEquals(0, graph.edgeStart(0));
        assertEquals(2, graph.edgeEnd(0));
        assertEquals(1, graph.neighborAt(0));
        assertEquals(2.5, graph.weightAt(0));
        assertEquals(2, graph.neighborAt(1));
        assertEquals(graph.edgeEnd(3), graph.edgeStart(3));
    }

    @Test
    void neighboursHandedOutAreACopy() {
        CompactGraph graph = CompactGraph.undirected(3).addEdge(0, 1, 1).addEdge(0, 2, 1).build();

        int[] neighbours = graph.neighborsOf(0);
        neighbours[0] = 2;

        assertArrayEquals(new int[] {1, 2}, graph.neighborsOf(0));
        assertEquals(1.0, graph.weight(0, 1));
    }

    @Test
    void directedGraphKeepsInEdgesApart() {
        CompactGraph graph = CompactGraph.directed(3).addEdge(0, 2, 1).addEdge(1, 2, 3).build();

        assertEquals(0, graph.degree(2));
        assertEquals(2, graph.inDegree(2));
        assertEquals(1, graph.inNeighborAt(graph.inEdgeStart(2) + 1));
        assertEquals(3.0, graph.inWeightAt(graph.inEdgeStart(2) + 1));
        assertEquals(0.0, graph.weight(2, 1));
    }

    @Test
    void aGraphOfWeightOneEdgesReadsAsOneWhereverItIsAsked() {
        // Citations: 0→1, 1→0 (a mutual pair), 2→1 and 2→0, added out of order; one weighs 1 each.
        CompactGraph cites = CompactGraph.directed(3).addEdge(2, 1, 1).addEdge(1, 0, 1).addEdge(0, 1, 1)
                .addEdge(2, 0, 1).build();

        assertArrayEquals(new int[] {0, 1}, cites.neighborsOf(2));
        assertEquals(1.0, cites.weightAt(cites.edgeStart(2) + 1));
        assertEquals(2.0, cites.strength(2));
        assertEquals(1.0, cites.weight(0, 1));
        assertEquals(0.0, cites.weight(0, 2));
        assertEquals(2, cites.inDegree(0));
        assertEquals(1.0, cites.inWeightAt(cites.inEdgeStart(0)));
        assertEquals(2, cites.inNeighborAt(cites.inEdgeStart(0) + 1));

        // Taken as undirected, the mutual pair adds to 2 and the rest stay 1.
        CompactGraph both = cites.asUndirected();
        assertEquals(2.0, both.weight(0, 1));
        assertEquals(1.0, both.weight(0, 2));
        assertEquals(3.0, both.strength(1));
        assertEquals(3.0, both.strength(0));
        assertEquals(2.0, both.strength(2));
    }

    @Test
    void theUnweightedViewCountsEveryEdgeOnce() {
        CompactGraph graph = CompactGraph.undirected(3).addEdge(0, 1, 2.5).addEdge(1, 2, 4).build();

        CompactGraph hops = graph.unweighted();

        assertEquals(2.0, hops.strength(1));
        assertEquals(1.0, hops.weightAt(hops.edgeStart(1)));
        assertEquals(1.0, hops.weight(1, 2));
        assertEquals(6.5, graph.strength(1)); // the graph itself keeps its weights
        assertEquals(4.0, graph.weight(2, 1));
    }
}
