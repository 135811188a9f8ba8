package org.scholargraph.analysis.centrality;

import org.scholargraph.graph.BreadthFirstSearch;
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
 * <p>Exact on graphs of at most {@code exactLimit} nodes (default {@value #EXACT_LIMIT_DEFAULT}):
 * O(n·m) time, O(n) memory per thread. Above the limit it estimates from {@code sampleSize}
 * source nodes ("pivots", default {@value #SAMPLE_SIZE_DEFAULT}) drawn uniformly without
 * replacement with the given seed (default {@value #SEED_DEFAULT}), scaling their dependencies by
 * {@code n/k} (U. Brandes and C. Pich 2007, "Centrality estimation in large networks", Int. J.
 * Bifurcation and Chaos 17(7)): O(k·m) time, unbiased, repeatable by seed; {@link #isExact()}
 * says which one ran. {@link HarmonicCloseness} has the same defaults and draws the same pivots.
 *
 * <p>Sources run in parallel in chunks of {@value #SOURCES_PER_CHUNK}, a size that does not
 * depend on the thread count; each chunk sums its sources in order and chunks are summed in chunk
 * order, so the result is bit-for-bit the same on any number of threads.
 */
public final class HopBetweenness extends CachedNodeScoring {

    public static final int EXACT_LIMIT_DEFAULT = PivotSampler.EXACT_LIMIT_DEFAULT;
    public static final int SAMPLE_SIZE_DEFAULT = PivotSampler.SAMPLE_SIZE_DEFAULT;
    public static final long SEED_DEFAULT = PivotSampler.SEED_DEFAULT;
    public static final int SOURCES_PER_CHUNK = 32;

    private final CompactGraph graph;
    private final int threads;
    private final int[] sources;

    /** Betweenness with the default exact limit, sample size and seed, on all processors. */
    public HopBetweenness(CompactGraph graph) {
        this(graph, Runtime.getRuntime().availableProcessors());
    }

    /** Betweenness with the default exact limit, sample size and seed, on {@code threads} threads. */
    public HopBetweenness(CompactGraph graph, int threads) {
        this(graph, threads, EXACT_LIMIT_DEFAULT, SAMPLE_SIZE_DEFAULT, SEED_DEFAULT);
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
        PivotSampler.check(graph, threads, exactLimit, sampleSize);
        this.graph = graph;
        this.threads = threads;
        this.sources = PivotSampler.sources(graph.nodeCount(), exactLimit, sampleSize, seed);
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
    public String name() {
        return "betweenness";
    }

    @Override
    double[] computeScores() {
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
        double[] partial = new double[n];
        double[] dependency = new double[n];
        BreadthFirstSearch search = new BreadthFirstSearch(graph, BreadthFirstSearch.Direction.OUT);
        int from = chunk * SOURCES_PER_CHUNK;
        int to = Math.min(sources.length, from + SOURCES_PER_CHUNK);
        for (int k = from; k < to; k++) {
            int reached = search.searchCountingPaths(sources[k]);
            // Dependency accumulation in order of non-increasing distance; predecessors of w are
            // its in-neighbours one hop closer to the source.
            for (int j = reached - 1; j > 0; j--) {
                int w = search.reached(j);
                double share = (1 + dependency[w]) / search.pathCount(w);
                int closer = search.distance(w) - 1;
                for (int i = graph.inEdgeStart(w); i < graph.inEdgeEnd(w); i++) {
                    int v = graph.inNeighborAt(i);
                    if (search.distance(v) == closer) {
                        dependency[v] += search.pathCount(v) * share;
                    }
                }
                partial[w] += dependency[w];
            }
            for (int j = 0; j < reached; j++) {
                dependency[search.reached(j)] = 0;
            }
        }
        return partial;
    }
}
