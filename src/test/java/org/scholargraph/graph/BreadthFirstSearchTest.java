package org.scholargraph.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BreadthFirstSearchTest {

    /** 0 → 1 → 3, 0 → 2 → 3, 3 → 4; node 5 alone. Two shortest paths from 0 to 3 and to 4. */
    private static CompactGraph diamondWithTail() {
        return CompactGraph.directed(6)
                .addEdge(0, 1, 5).addEdge(0, 2, 1).addEdge(1, 3, 1).addEdge(2, 3, 1).addEdge(3, 4, 1)
                .build();
    }

    @Test
    void reachesNodesInOrderOfDistanceAndCountsShortestPaths() {
        BreadthFirstSearch search = new BreadthFirstSearch(diamondWithTail(), BreadthFirstSearch.Direction.OUT);

        int reached = search.searchCountingPaths(0);

        assertEquals(5, reached);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, reachedNodes(search));
        assertArrayEquals(new int[] {0, 1, 1, 2, 3, -1}, distances(search, 6));
        assertEquals(2.0, search.pathCount(3));
        assertEquals(2.0, search.pathCount(4));
        assertEquals(0.0, search.pathCount(5));
    }

    @Test
    void searchesAlongInEdgesForDistancesToTheSource() {
        BreadthFirstSearch search = new BreadthFirstSearch(diamondWithTail(), BreadthFirstSearch.Direction.IN);

        search.search(4);

        assertArrayEquals(new int[] {3, 2, 2, 1, 0, -1}, distances(search, 6));
    }

    @Test
    void stopsAtTheMaximumDistanceAndForgetsTheLastSearch() {
        CompactGraph undirected = diamondWithTail().asUndirected();
        BreadthFirstSearch search = new BreadthFirstSearch(undirected, BreadthFirstSearch.Direction.OUT);
        search.search(5);

        assertEquals(3, search.search(0, 1));
        assertArrayEquals(new int[] {0, 1, 1, -1, -1, -1}, distances(search, 6));
        assertEquals(1, search.search(4, 0));
        assertArrayEquals(new int[] {-1, -1, -1, -1, 0, -1}, distances(search, 6));
    }

    @Test
    void rejectsASourceOutsideTheGraphAndANegativeDistance() {
        BreadthFirstSearch search = new BreadthFirstSearch(diamondWithTail(), BreadthFirstSearch.Direction.OUT);
        assertEquals("source 6 outside 0..5", assertThrows(IllegalArgumentException.class,
                () -> search.search(6)).getMessage());
        assertEquals("maximum distance must not be negative, was -1", assertThrows(IllegalArgumentException.class,
                () -> search.search(0, -1)).getMessage());
    }

    private static int[] reachedNodes(BreadthFirstSearch search) {
        int[] nodes = new int[search.reachedCount()];
        for (int k = 0; k < nodes.length; k++) {
            nodes[k] = search.reached(k);
        }
        return nodes;
    }

    private static int[] distances(BreadthFirstSearch search, int n) {
        int[] d = new int[n];
        for (int v = 0; v < n; v++) {
            d[v] = search.distance(v);
        }
        return d;
    }
}
