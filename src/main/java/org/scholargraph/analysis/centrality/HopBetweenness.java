package org.scholargraph.analysis.centrality;

import java.util.Arrays;
import java.util.Random;
import org.scholargraph.analysis.AnalysisParameters;
import org.scholargraph.graph.CompactGraph;

/**
 * Betweenness centrality by Brandes' algorithm (U. Brandes 2001, "A faster algorithm for
 * betweenness centrality", J. Math. Sociol. 25(2)), on shortest paths counted in hops: edge
 * weights are ignored, because here they measure closeness of collaboration, not distance.
 *
 * <p>Normalisation as igraph and networkx: on an undirected graph the sum over sources counts every
 * pair twice and is halved, then divided by {@code (n−1)(n−2)/2}; on a directed graph (paths follow
 * edge directions) it is divided by {@code (n−1)(n−2)}. With {@code n ≤ 2} every score is 0. The
 * three-node path gives 1.0 to its middle node.
 *
 * <p>Exact on graphs of at most {@code exactLimit} nodes: O(n·m) time, O(n) memory per thread.
 * Above the limit it estimates from {@code sampleSize} source nodes ("pivots") drawn uniformly
 * without replacement by a {@link Random} with the given seed, scaling their dependencies by
 * {@code n/k} (U. Brandes and C. Pich 2007, "Centrality estimation in large networks", Int. J.
 * Bifurcation and Chaos 17(7)): O(k·m) time, unbiased, repeatable by seed; {@link #isExact()}
 * says which one ran.
 *
 * <p>Sources run in parallel in chunks of {@value #SOURCES_PER_CHUNK}, a size that does not
 * depend on the thread count; each chunk sums its sources in order and chunks are summed in chunk
 * order, so the result is bit-for-bit the same on any number of threads.
 */
public final class HopBetweenness implements NodeScoring {

    public static final int SAMPLE_SIZE_DEFAULT = 1_000;
    public static final int SOURCES_PER_CHUNK = 32;

    private final CompactGraph graph;
    private final int threads;
    private final int[] sources;
    private double[] scores;

    /** Exact up to {@link AnalysisParameters#EXACT_BETWEENNESS_LIMIT_DEFAULT} nodes, on all processors. */
    public HopBetweenness(CompactGraph graph) {
        this(graph, Runtime.getRuntime().availableProcessors());
    }

    /** Exact up to {@link AnalysisParameters#EXACT_BETWEENNESS_LIMIT_DEFAULT} nodes, on {@code threads} threads. */
    public HopBetweenness(CompactGraph graph, int threads) {
        this(graph, threads, AnalysisParameters.EXACT_BETWEENNESS_LIMIT_DEFAULT, SAMPLE_SIZE_DEFAULT,
                AnalysisParameters.SEED_DEFAULT);
    }

    /** With the thread count, exact limit and seed of an analysis run, and the default sample size. */
    public HopBetweenness(CompactGraph graph, AnalysisParameters parameters) {
        this(graph, parameters.threads(), parameters.exactBetweennessLimit(), SAMPLE_SIZE_DEFAULT, parameters.seed());
    }

    /**
     * Betweenness with every parameter.
     *
     * @param threads worker threads, at least 1; the result does not depend on it
     * @param exactLimit largest node count computed exactly, not negative
     * @param sampleSize pivots drawn above the limit, at least 1
     * @param seed seed of the pivot draw
     */
    public HopBetweenness(CompactGraph graph, int threads, int exactLimit, int sampleSize, long seed) {
        if (graph == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (exactLimit < 0) {
            throw new IllegalArgumentException("exact limit must not be negative, was " + exactLimit);
        }
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sample size must be at least 1, was " + sampleSize);
        }
        this.graph = graph;
        this.threads = threads;
        int n = graph.nodeCount();
        this.sources = n <= exactLimit || sampleSize >= n ? allNodes(n) : pivots(n, sampleSize, seed);
    }

    /** True when every node served as a source; false when the scores are a sampled estimate. */
    public boolean isExact() {
        return sources.length == graph.nodeCount();
    }

    /** Number of source nodes the computation uses: n when exact, the sample size otherwise. */
    public int sourceCount() {
        return sources.length;
    }

    @Override
    public double[] scores() {
        return cached().clone();
    }

    @Override
    public double score(int v) {
        return cached()[v];
    }

    @Override
    public String name() {
        return "betweenness";
    }

    private synchronized double[] cached() {
        if (scores == null) {
            scores = compute();
        }
        return scores;
    }

    static int[] allNodes(int n) {
        int[] all = new int[n];
        for (int v = 0; v < n; v++) {
            all[v] = v;
        }
        return all;
    }

    /** k distinct nodes by a partial Fisher–Yates shuffle, in draw order. */
    static int[] pivots(int n, int k, long seed) {
        int[] nodes = allNodes(n);
        Random random = new Random(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = nodes[i];
            nodes[i] = nodes[j];
            nodes[j] = t;
        }
        return Arrays.copyOf(nodes, k);
    }

    private double[] compute() {
        int n = graph.nodeCount();
        double[] total = new double[n];
        if (n <= 2) {
            return total;
        }
        int chunks = (sources.length + SOURCES_PER_CHUNK - 1) / SOURCES_PER_CHUNK;
        OrderedChunks.run(chunks, threads, this::dependenciesOfChunk, partial -> {
            for (int v = 0; v < n; v++) {
                total[v] += partial[v];
            }
        });
        // Undirected: the sum over sources counts each unordered pair from both ends, so halving it
        // and dividing by (n−1)(n−2)/2 is one division by (n−1)(n−2), as for a directed graph.
        double scale = (double) n / sources.length / ((double) (n - 1) * (n - 2));
        for (int v = 0; v < n; v++) {
            total[v] *= scale;
        }
        return total;
    }

    /** The summed dependencies δ_s(v) of the sources of one chunk, in source order. */
    private double[] dependenciesOfChunk(int chunk) {
        int n = graph.nodeCount();
        int[] first = graph.firstNeighborIndices();
        int[] neighbors = graph.neighbors();
        int[] inFirst = graph.firstInNeighborIndices();
        int[] inNeighbors = graph.inNeighbors();
        double[] partial = new double[n];
        int[] distance = new int[n];
        Arrays.fill(distance, -1);
        double[] pathCount = new double[n];
        double[] dependency = new double[n];
        int[] order = new int[n];
        int from = chunk * SOURCES_PER_CHUNK;
        int to = Math.min(sources.length, from + SOURCES_PER_CHUNK);
        for (int k = from; k < to; k++) {
            int s = sources[k];
            // Breadth-first search from s; `order` is the queue and, read backwards, the stack.
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            distance[s] = 0;
            pathCount[s] = 1;
            while (head < tail) {
                int v = order[head++];
                for (int i = first[v]; i < first[v + 1]; i++) {
                    int w = neighbors[i];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        pathCount[w] += pathCount[v];
                    }
                }
            }
            // Dependency accumulation in order of non-increasing distance; predecessors of w are
            // its in-neighbours one hop closer to s.
            for (int j = tail - 1; j > 0; j--) {
                int w = order[j];
                double share = (1 + dependency[w]) / pathCount[w];
                for (int i = inFirst[w]; i < inFirst[w + 1]; i++) {
                    int v = inNeighbors[i];
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += pathCount[v] * share;
                    }
                }
                partial[w] += dependency[w];
            }
            for (int j = 0; j < tail; j++) {
                int v = order[j];
                distance[v] = -1;
                pathCount[v] = 0;
                dependency[v] = 0;
            }
        }
        return partial;
    }
}
