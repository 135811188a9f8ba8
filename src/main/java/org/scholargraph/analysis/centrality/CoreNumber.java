package org.scholargraph.analysis.centrality;

import org.scholargraph.graph.CompactGraph;

/**
 * Core number (coreness) of every node: the largest k such that the node belongs to the k-core,
 * the maximal subgraph in which every node has degree at least k (S. B. Seidman 1983, "Network
 * structure and minimum degree", Social Networks 5). Computed by the bucket algorithm of
 * V. Batagelj and M. Zaversnik 2003, "An O(m) algorithm for cores decomposition of networks"
 * (arXiv:cs/0310049), in O(n + m) time.
 *
 * <p>Degrees count edges, not their weights, as igraph's {@code coreness()}. On a directed graph
 * the degree is in-degree plus out-degree (igraph's default {@code mode="all"}), so a pair of
 * opposite edges counts twice.
 */
public final class CoreNumber implements NodeScoring {

    private final CompactGraph graph;
    private int[] cores;

    /** Core numbers of {@code graph}. */
    public CoreNumber(CompactGraph graph) {
        if (graph == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        this.graph = graph;
    }

    /** The core number of every node; a fresh copy on each call. */
    public int[] coreNumbers() {
        return cached().clone();
    }

    /** The core number of node {@code v}. */
    public int coreNumber(int v) {
        return cached()[v];
    }

    /** The largest core number, the degeneracy of the graph; 0 for an edgeless or empty graph. */
    public int degeneracy() {
        int max = 0;
        for (int c : cached()) {
            max = Math.max(max, c);
        }
        return max;
    }

    @Override
    public double[] scores() {
        int[] c = cached();
        double[] scores = new double[c.length];
        for (int v = 0; v < c.length; v++) {
            scores[v] = c[v];
        }
        return scores;
    }

    @Override
    public double score(int v) {
        return cached()[v];
    }

    @Override
    public String name() {
        return "coreness";
    }

    private synchronized int[] cached() {
        if (cores == null) {
            cores = compute();
        }
        return cores;
    }

    private int[] compute() {
        int n = graph.nodeCount();
        boolean directed = graph.isDirected();
        int[] degree = new int[n];
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            degree[v] = graph.degree(v) + (directed ? graph.inDegree(v) : 0);
            maxDegree = Math.max(maxDegree, degree[v]);
        }
        // Bucket sort the nodes by degree: `order` holds them sorted, `position` where each is,
        // `binStart[d]` where the nodes of current degree d begin.
        int[] binStart = new int[maxDegree + 1];
        for (int v = 0; v < n; v++) {
            binStart[degree[v]]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDegree; d++) {
            int count = binStart[d];
            binStart[d] = start;
            start += count;
        }
        int[] order = new int[n];
        int[] position = new int[n];
        for (int v = 0; v < n; v++) {
            position[v] = binStart[degree[v]]++;
            order[position[v]] = v;
        }
        for (int d = maxDegree; d > 0; d--) {
            binStart[d] = binStart[d - 1];
        }
        binStart[0] = 0;
        for (int i = 0; i < n; i++) {
            int v = order[i];
            for (int k = graph.edgeStart(v); k < graph.edgeEnd(v); k++) {
                lowerNeighbour(graph.neighborAt(k), v, degree, binStart, order, position);
            }
            if (directed) {
                for (int k = graph.inEdgeStart(v); k < graph.inEdgeEnd(v); k++) {
                    lowerNeighbour(graph.inNeighborAt(k), v, degree, binStart, order, position);
                }
            }
        }
        return degree;
    }

    /** Moves the neighbour u of v one bucket down when its current degree is higher than v's. */
    private static void lowerNeighbour(int u, int v, int[] degree, int[] binStart, int[] order, int[] position) {
        if (degree[u] <= degree[v]) {
            return;
        }
        int du = degree[u];
        int pu = position[u];
        int pw = binStart[du];
        int w = order[pw];
        if (u != w) {
            order[pu] = w;
            position[w] = pu;
            order[pw] = u;
            position[u] = pw;
        }
        binStart[du]++;
        degree[u]--;
    }
}
