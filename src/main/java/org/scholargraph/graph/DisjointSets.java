package org.scholargraph.graph;

/**
 * Disjoint sets of the nodes {@code 0..n-1} (union–find, R. E. Tarjan 1975, "Efficiency of a good
 * but not linear set union algorithm", J. ACM 22): union by size and path halving, so that any
 * sequence of m operations takes O(m α(n)) time. For components that grow as edges arrive, as the
 * coauthorship network does year by year; for the components of a finished graph a
 * {@link BreadthFirstSearch} is simpler.
 */
public final class DisjointSets {

    private final int[] parent;
    private final int[] size;

    /** {@code n} sets of one node each. */
    public DisjointSets(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("node count must not be negative, was " + n);
        }
        parent = new int[n];
        size = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
            size[v] = 1;
        }
    }

    /** The representative of the set holding {@code v}. */
    public int find(int v) {
        int x = v;
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets of {@code a} and {@code b}; returns the size of the joined set. */
    public int union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return size[ra];
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return size[ra];
    }

    /** Number of nodes in the set holding {@code v}. */
    public int sizeOf(int v) {
        return size[find(v)];
    }
}
