package org.scholargraph.graph;

/**
 * The connected components of an undirected graph, in order of their smallest node. Component {@code c}'s nodes are
 * {@link #member(int) member(start(c))} to {@code member(end(c) − 1)}, in breadth-first order from
 * its smallest node. O(n + m) time, O(n) memory.
 */
public final class Components {

    private final int[] members;
    private final int[] starts;
    private final int count;

    private Components(int[] members, int[] starts, int count) {
        this.members = members;
        this.starts = starts;
        this.count = count;
    }

    /** The components of an undirected graph. */
    public static Components of(CompactGraph graph) {
        if (graph.isDirected()) {
            throw new IllegalArgumentException("components are found here on undirected graphs; pass graph.asUndirected()");
        }
        int n = graph.nodeCount();
        boolean[] seen = new boolean[n];
        int[] members = new int[n];
        int[] starts = new int[n + 1];
        BreadthFirstSearch search = new BreadthFirstSearch(graph, BreadthFirstSearch.Direction.OUT);
        int count = 0;
        int filled = 0;
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            int reached = search.search(root);
            for (int k = 0; k < reached; k++) {
                int v = search.reached(k);
                seen[v] = true;
                members[filled++] = v;
            }
            starts[++count] = filled;
        }
        return new Components(members, starts, count);
    }

    /** How many components there are. */
    public int count() {
        return count;
    }

    /** Where component {@code c}'s nodes begin among the members. */
    public int start(int c) {
        return starts[c];
    }

    /** Where component {@code c}'s nodes end among the members (exclusive). */
    public int end(int c) {
        return starts[c + 1];
    }

    /** How many nodes component {@code c} has. */
    public int size(int c) {
        return starts[c + 1] - starts[c];
    }

    /** The {@code k}-th member, components one after another. */
    public int member(int k) {
        return members[k];
    }
}
