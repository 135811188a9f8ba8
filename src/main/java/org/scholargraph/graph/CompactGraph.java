package org.scholargraph.graph;

import java.util.Arrays;

/**
 * An immutable graph on nodes {@code 0..n-1} stored as compressed sparse rows, the layout the
 * analyses run on. For an undirected graph every edge is stored in both rows; for a directed
 * graph the rows hold out-neighbours and a second set of rows holds in-neighbours.
 *
 * <p>The neighbours of {@code v} sit in the edge slots {@link #edgeStart(int) edgeStart(v)} to
 * {@link #edgeEnd(int) edgeEnd(v)}, sorted ascending, each with its weight. There are no self-loops
 * and no parallel edges: the builder sums the weights of repeated pairs. The arrays never leave the
 * object: readers go through the slot methods, which the JIT turns into plain array reads. A graph
 * whose every weight is 1 (citations, the hop-counting view) keeps no weight array: 8 bytes an edge
 * slot, 140 MB for the citations of a million works.
 */
public final class CompactGraph {

    private final int nodeCount;
    private final boolean directed;
    // Package-private for the breadth-first search's inner loop; never handed out of the package.
    final int[] firstNeighborIndices;
    final int[] neighbors;
    private final double[] edgeWeights; // null: every weight 1
    final int[] firstInNeighborIndices;
    final int[] inNeighbors;
    private final double[] inEdgeWeights; // null: every weight 1

    private CompactGraph(int nodeCount, boolean directed, int[] first, int[] neighbors, double[] weights,
            int[] inFirst, int[] inNeighbors, double[] inWeights) {
        this.nodeCount = nodeCount;
        this.directed = directed;
        this.firstNeighborIndices = first;
        this.neighbors = neighbors;
        this.edgeWeights = weights;
        this.firstInNeighborIndices = inFirst;
        this.inNeighbors = inNeighbors;
        this.inEdgeWeights = inWeights;
    }

    /** A builder for an undirected graph on {@code nodeCount} nodes. */
    public static Builder undirected(int nodeCount) {
        return new Builder(nodeCount, false);
    }

    /** A builder for a directed graph on {@code nodeCount} nodes. */
    public static Builder directed(int nodeCount) {
        return new Builder(nodeCount, true);
    }

    public int nodeCount() {
        return nodeCount;
    }

    public boolean isDirected() {
        return directed;
    }

    /** Number of edges: each undirected edge counts once. */
    public int edgeCount() {
        return directed ? neighbors.length : neighbors.length / 2;
    }

    /** Number of (out-)neighbours of {@code v}. */
    public int degree(int v) {
        return firstNeighborIndices[v + 1] - firstNeighborIndices[v];
    }

    /** Number of in-neighbours of {@code v}; equals {@link #degree} for an undirected graph. */
    public int inDegree(int v) {
        return firstInNeighborIndices[v + 1] - firstInNeighborIndices[v];
    }

    /** Sum of the weights of the (out-)edges of {@code v}. */
    public double strength(int v) {
        if (edgeWeights == null) {
            return degree(v);
        }
        double sum = 0;
        for (int i = firstNeighborIndices[v]; i < firstNeighborIndices[v + 1]; i++) {
            sum += edgeWeights[i];
        }
        return sum;
    }

    /**
     * Where the (out-)neighbours of {@code v} begin among the edge slots: they are
     * {@link #neighborAt(int) neighborAt(i)} for {@code edgeStart(v) ≤ i < edgeEnd(v)}, ascending,
     * each with its {@link #weightAt(int) weightAt(i)}. Loops over these slots run as fast as over
     * the arrays themselves, which stay private so that nothing can change the graph.
     */
    public int edgeStart(int v) {
        return firstNeighborIndices[v];
    }

    /** One past the last edge slot of {@code v}: {@code edgeStart(v) + degree(v)}. */
    public int edgeEnd(int v) {
        return firstNeighborIndices[v + 1];
    }

    /** The neighbour at edge slot {@code i}, {@code 0 ≤ i < edgeSlots()}. */
    public int neighborAt(int i) {
        return neighbors[i];
    }

    /** The weight of the edge at slot {@code i}. */
    public double weightAt(int i) {
        double[] weights = edgeWeights;
        return weights == null ? 1.0 : weights[i];
    }

    /** Number of edge slots: each undirected edge fills two, one in each endpoint's row. */
    public int edgeSlots() {
        return neighbors.length;
    }

    /** Where the in-neighbours of {@code v} begin among the in-edge slots; {@link #edgeStart} when undirected. */
    public int inEdgeStart(int v) {
        return firstInNeighborIndices[v];
    }

    /** One past the last in-edge slot of {@code v}. */
    public int inEdgeEnd(int v) {
        return firstInNeighborIndices[v + 1];
    }

    /** The in-neighbour at in-edge slot {@code i}. */
    public int inNeighborAt(int i) {
        return inNeighbors[i];
    }

    /** The weight of the in-edge at slot {@code i}. */
    public double inWeightAt(int i) {
        double[] weights = inEdgeWeights;
        return weights == null ? 1.0 : weights[i];
    }

    /** The (out-)neighbours of {@code v}, ascending: a copy. */
    public int[] neighborsOf(int v) {
        return Arrays.copyOfRange(neighbors, firstNeighborIndices[v], firstNeighborIndices[v + 1]);
    }

    /** The weight of edge {@code u→v} (or {@code u–v}), 0 when there is none. O(log degree). */
    public double weight(int u, int v) {
        int from = firstNeighborIndices[u];
        int to = firstNeighborIndices[u + 1];
        int at = Arrays.binarySearch(neighbors, from, to, v);
        return at >= 0 ? weightAt(at) : 0.0;
    }

    /** The same nodes and edges with every weight 1: for measures that count hops. */
    public CompactGraph unweighted() {
        return new CompactGraph(nodeCount, directed, firstNeighborIndices, neighbors, null,
                firstInNeighborIndices, inNeighbors, null);
    }

    /** The undirected graph with an edge wherever this one has an edge in either direction; weights add. */
    public CompactGraph asUndirected() {
        if (!directed) {
            return this;
        }
        // Each node's out-row and in-row are sorted by neighbour: its undirected row is their merge,
        // a neighbour in both (a mutual citation) once with the two weights added. O(n + m), where
        // sorting the edges again took a quarter of a community search of the citation graph.
        int[] first = new int[nodeCount + 1];
        for (int u = 0; u < nodeCount; u++) {
            first[u + 1] = first[u] + merged(u, null, null, 0);
        }
        int[] undirectedNeighbors = new int[first[nodeCount]];
        double[] undirectedWeights = new double[first[nodeCount]];
        boolean allOnes = true;
        for (int u = 0; u < nodeCount; u++) {
            merged(u, undirectedNeighbors, undirectedWeights, first[u]);
            for (int i = first[u]; i < first[u + 1] && allOnes; i++) {
                allOnes = undirectedWeights[i] == 1.0;
            }
        }
        double[] weights = allOnes ? null : undirectedWeights;
        return new CompactGraph(nodeCount, false, first, undirectedNeighbors, weights, first, undirectedNeighbors, weights);
    }

    /**
     * The merge of {@code u}'s out-row and in-row, written from {@code at} when {@code into} is not
     * null; the length of the merged row.
     */
    private int merged(int u, int[] into, double[] weightsInto, int at) {
        int i = firstNeighborIndices[u];
        int outEnd = firstNeighborIndices[u + 1];
        int j = firstInNeighborIndices[u];
        int inEnd = firstInNeighborIndices[u + 1];
        int length = 0;
        while (i < outEnd || j < inEnd) {
            int out = i < outEnd ? neighbors[i] : Integer.MAX_VALUE;
            int in = j < inEnd ? inNeighbors[j] : Integer.MAX_VALUE;
            int neighbor = Math.min(out, in);
            double weight = 0;
            if (out == neighbor) {
                weight += weightAt(i++);
            }
            if (in == neighbor) {
                weight += inWeightAt(j++);
            }
            if (into != null) {
                into[at + length] = neighbor;
                weightsInto[at + length] = weight;
            }
            length++;
        }
        return length;
    }

    @Override
    public String toString() {
        return (directed ? "directed" : "undirected") + " graph, " + nodeCount + " nodes, " + edgeCount() + " edges";
    }

    /**
     * Collects edges as parallel int/double arrays, then sorts them into rows. Memory is three
     * growable arrays of the edge count; building is O(m log m).
     */
    public static final class Builder {
        private final int nodeCount;
        private final boolean directed;
        private int[] sources = new int[16];
        private int[] targets = new int[16];
        private double[] weights = new double[16];
        private int size;

        private Builder(int nodeCount, boolean directed) {
            if (nodeCount < 0) {
                throw new IllegalArgumentException("node count must not be negative, was " + nodeCount);
            }
            this.nodeCount = nodeCount;
            this.directed = directed;
        }

        /**
         * Adds weight to the edge {@code u→v} (or {@code u–v}), creating it when new. Self-loops are
         * ignored: no measure here gives them a meaning.
         */
        public Builder addEdge(int u, int v, double weight) {
            if (u < 0 || u >= nodeCount || v < 0 || v >= nodeCount) {
                throw new IllegalArgumentException("edge " + u + "-" + v + " outside 0.." + (nodeCount - 1));
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("edge weight must be positive and finite, was " + weight);
            }
            if (u == v) {
                return this;
            }
            if (size == sources.length) {
                int capacity = Math.max(16, size + (size >> 1));
                sources = Arrays.copyOf(sources, capacity);
                targets = Arrays.copyOf(targets, capacity);
                weights = Arrays.copyOf(weights, capacity);
            }
            if (!directed && u > v) {
                int t = u;
                u = v;
                v = t;
            }
            sources[size] = u;
            targets[size] = v;
            weights[size] = weight;
            size++;
            return this;
        }

        public CompactGraph build() {
            // Sort edge indices by (source, target) and merge repeats by summing weights.
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                keys[i] = ((long) sources[i] << 32) | (targets[i] & 0xffffffffL);
            }
            int[] idx = sortedOrder(keys);
            int unique = 0;
            int[] us = new int[size];
            int[] vs = new int[size];
            double[] ws = new double[size];
            for (int k = 0; k < size; k++) {
                int i = idx[k];
                if (unique > 0 && us[unique - 1] == sources[i] && vs[unique - 1] == targets[i]) {
                    ws[unique - 1] += weights[i];
                } else {
                    us[unique] = sources[i];
                    vs[unique] = targets[i];
                    ws[unique] = weights[i];
                    unique++;
                }
            }
            boolean allOnes = true;
            for (int e = 0; e < unique && allOnes; e++) {
                allOnes = ws[e] == 1.0;
            }
            if (directed) {
                Rows out = rows(nodeCount, us, vs, allOnes ? null : ws, unique, false);
                Rows in = rows(nodeCount, vs, us, allOnes ? null : ws, unique, false);
                return new CompactGraph(nodeCount, true, out.first, out.neighbors, out.weights,
                        in.first, in.neighbors, in.weights);
            }
            Rows both = rows(nodeCount, us, vs, allOnes ? null : ws, unique, true);
            return new CompactGraph(nodeCount, false, both.first, both.neighbors, both.weights,
                    both.first, both.neighbors, both.weights);
        }

        private static int[] sortedOrder(long[] keys) {
            int n = keys.length;
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            // Edges often come in order already (the networks add each node's partners in turn): then
            // the order is the identity. Else a primitive merge sort keeps it allocation-light and stable.
            boolean sorted = true;
            for (int i = 1; i < n && sorted; i++) {
                sorted = keys[i - 1] <= keys[i];
            }
            if (sorted) {
                return idx;
            }
            int[] buffer = new int[n];
            mergeSort(idx, buffer, keys, 0, n);
            return idx;
        }

        private static void mergeSort(int[] idx, int[] buffer, long[] keys, int from, int to) {
            if (to - from < 2) {
                return;
            }
            int mid = (from + to) >>> 1;
            mergeSort(idx, buffer, keys, from, mid);
            mergeSort(idx, buffer, keys, mid, to);
            if (keys[idx[mid - 1]] <= keys[idx[mid]]) {
                return;
            }
            System.arraycopy(idx, from, buffer, from, to - from);
            int i = from;
            int j = mid;
            for (int k = from; k < to; k++) {
                if (j >= to || (i < mid && keys[buffer[i]] <= keys[buffer[j]])) {
                    idx[k] = buffer[i++];
                } else {
                    idx[k] = buffer[j++];
                }
            }
        }

        /** Compressed rows; {@code weights} null when every weight is 1. */
        private record Rows(int[] first, int[] neighbors, double[] weights) {
        }

        /** The rows of edges {@code from[e] → to[e]} weighing {@code w[e]}, or 1 each when {@code w} is null. */
        private static Rows rows(int n, int[] from, int[] to, double[] w, int m, boolean symmetric) {
            int[] first = new int[n + 1];
            for (int e = 0; e < m; e++) {
                first[from[e] + 1]++;
                if (symmetric) {
                    first[to[e] + 1]++;
                }
            }
            for (int v = 0; v < n; v++) {
                first[v + 1] += first[v];
            }
            int total = first[n];
            int[] neighbors = new int[total];
            double[] weights = w == null ? null : new double[total];
            int[] fill = Arrays.copyOf(first, n);
            for (int e = 0; e < m; e++) {
                int a = fill[from[e]]++;
                neighbors[a] = to[e];
                if (weights != null) {
                    weights[a] = w[e];
                }
                if (symmetric) {
                    int b = fill[to[e]]++;
                    neighbors[b] = from[e];
                    if (weights != null) {
                        weights[b] = w[e];
                    }
                }
            }
            // Rows are filled in edge order; sort each row by neighbour so lookups can binary search.
            for (int v = 0; v < n; v++) {
                sortRow(neighbors, weights, first[v], first[v + 1]);
            }
            return new Rows(first, neighbors, weights);
        }

        private static void sortRow(int[] neighbors, double[] weights, int from, int to) {
            for (int i = from + 1; i < to; i++) {
                if (neighbors[i - 1] <= neighbors[i]) {
                    continue;
                }
                if (weights == null) {
                    Arrays.sort(neighbors, from, to);
                    return;
                }
                long[] pairs = new long[to - from];
                for (int k = from; k < to; k++) {
                    pairs[k - from] = ((long) neighbors[k] << 32) | (k - from);
                }
                Arrays.sort(pairs);
                double[] w = Arrays.copyOfRange(weights, from, to);
                for (int k = 0; k < pairs.length; k++) {
                    neighbors[from + k] = (int) (pairs[k] >>> 32);
                    weights[from + k] = w[(int) pairs[k]];
                }
                return;
            }
        }
    }
}
