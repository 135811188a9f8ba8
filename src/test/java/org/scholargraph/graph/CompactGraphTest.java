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
}
