package org.scholargraph.analysis.centrality;

import java.util.SplittableRandom;
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
 * O(n·m) time, O(n) memory per thread. Above the limit it estimates with a stated guarantee
 * (M. Riondato and E. M. Kornaropoulos 2016, "Fast approximation of betweenness centrality through
 * sampling", Data Mining and Knowledge Discovery 30(2)): with probability at least {@code 1 − δ}
 * every node's estimate is within {@code ε} of its exact normalised score (defaults ε =
 * {@value #EPSILON_DEFAULT}, δ = {@value #DELTA_DEFAULT}). It samples {@link #samples()} shortest
 * paths, a number set by ε, δ and a bound on the nodes of a shortest path
 * ({@link #vertexDiameterBound()}), each between a uniformly drawn pair of nodes and uniform among
 * the pair's shortest paths ({@link ShortestPathSampler}), and counts for each node the share of
 * paths it lies inside. {@link #isExact()} says which one ran.
 *
 * <p>Work runs in parallel in chunks of a size that does not depend on the thread count (of
 * {@value #SOURCES_PER_CHUNK} sources, or of {@value #SAMPLES_PER_CHUNK} samples, each chunk
 * drawing from its own generator seeded from the seed and the chunk number); chunks are summed in
 * chunk order, so the result is bit-for-bit the same on any number of threads.
 */
public final class HopBetweenness extends CachedNodeScoring {

    public static final int EXACT_LIMIT_DEFAULT = PivotSampler.EXACT_LIMIT_DEFAULT;
    public static final double EPSILON_DEFAULT = PivotSampler.BETWEENNESS_EPSILON_DEFAULT;
    public static final double DELTA_DEFAULT = PivotSampler.DELTA_DEFAULT;
    public static final long SEED_DEFAULT = PivotSampler.SEED_DEFAULT;
    public static final int SOURCES_PER_CHUNK = 32;
    public static final int SAMPLES_PER_CHUNK = 1024;

    private final CompactGraph graph;
    private final int threads;
    private final boolean exact;
    private final double epsilon;
    private final double delta;
    private final long seed;
    private final int vertexDiameter;
    private final long samples;

    /** Betweenness with the default exact limit, ε, δ and seed, on all processors. */
    public HopBetweenness(CompactGraph graph) {
        this(graph, Runtime.getRuntime().availableProcessors());
    }

    /** Betweenness with the default exact limit, ε, δ and seed, on {@code threads} threads. */
    public HopBetweenness(CompactGraph graph, int threads) {
        this(graph, threads, EXACT_LIMIT_DEFAULT, EPSILON_DEFAULT, DELTA_DEFAULT, SEED_DEFAULT);
    }

    /**
     * Betweenness with every parameter.
     *
     * @param threads worker threads, at least 1; the result does not depend on it
     * @param exactLimit largest node count computed exactly, not negative
     * @param epsilon largest error of an estimate, in (0, 1)
     * @param delta probability that some estimate errs by more than {@code epsilon}, in (0, 1)
     * @param seed seed of the sampling
     */
    public HopBetweenness(CompactGraph graph, int threads, int exactLimit, double epsilon, double delta, long seed) {
        PivotSampler.check(graph, threads, exactLimit, 1);
        PivotSampler.checkGuarantee(epsilon, delta);
        this.graph = graph;
        this.threads = threads;
        this.epsilon = epsilon;
        this.delta = delta;
        this.seed = seed;
        int n = graph.nodeCount();
        this.exact = n <= exactLimit || n <= 2;
        this.vertexDiameter = exact ? 0 : PivotSampler.vertexDiameterBound(graph);
        this.samples = exact ? 0 : PivotSampler.betweennessSampleSize(n, vertexDiameter, epsilon, delta);
    }

    /** True when every node served as a source; false when the scores are a sampled estimate. */
    public boolean isExact() {
        return exact;
    }

    /** Shortest paths sampled for the estimate; 0 when exact. */
    public long samples() {
        return samples;
    }

    /** The bound on the nodes of a shortest path that sized the sample; 0 when exact. */
    public int vertexDiameterBound() {
        return vertexDiameter;
    }

    /** The ε of the estimate's guarantee (whether or not it was needed). */
    public double epsilon() {
        return epsilon;
    }

    /** The δ of the estimate's guarantee (whether or not it was needed). */
    public double delta() {
        return delta;
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
        if (!exact) {
            return sampledScores();
        }
        int chunks = (n + SOURCES_PER_CHUNK - 1) / SOURCES_PER_CHUNK;
        OrderedChunks.run(chunks, threads, this::dependenciesOfChunk, partial -> {
            for (int v = 0; v < n; v++) {
                total[v] += partial[v];
            }
        });
        // Undirected: the sum over sources counts each unordered pair from both ends, so halving it
        // and dividing by (n−1)(n−2)/2 is one division by (n−1)(n−2), as for a directed graph.
        double scale = 1 / ((double) (n - 1) * (n - 2));
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
        int to = Math.min(n, from + SOURCES_PER_CHUNK);
        for (int source = from; source < to; source++) {
            int reached = search.searchCountingPaths(source);
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

    /** The share of sampled paths each node lies inside, on igraph's scale (times n/(n−2)). */
    private double[] sampledScores() {
        int n = graph.nodeCount();
        long[] inside = new long[n];
        int chunks = (int) ((samples + SAMPLES_PER_CHUNK - 1) / SAMPLES_PER_CHUNK);
        OrderedChunks.run(chunks, threads, this::samplesOfChunk, counts -> {
            for (int v = 0; v < n; v++) {
                inside[v] += counts[v];
            }
        });
        double[] scores = new double[n];
        double scale = (double) n / (n - 2) / samples;
        for (int v = 0; v < n; v++) {
            scores[v] = inside[v] * scale;
        }
        return scores;
    }

    /** How many of the paths sampled by one chunk each node lies inside. */
    private int[] samplesOfChunk(int chunk) {
        int n = graph.nodeCount();
        int[] counts = new int[n];
        int[] inner = new int[n];
        ShortestPathSampler sampler = new ShortestPathSampler(graph);
        // A generator per chunk, seeded from the seed and the chunk number through a mixing step,
        // so that chunks draw unrelated sequences whichever thread runs them.
        SplittableRandom random = new SplittableRandom(
                new SplittableRandom(seed ^ (0xD1B54A32D192ED03L * (chunk + 1L))).nextLong());
        long from = (long) chunk * SAMPLES_PER_CHUNK;
        long to = Math.min(samples, from + SAMPLES_PER_CHUNK);
        for (long k = from; k < to; k++) {
            int length = sampler.sample(random, inner);
            for (int i = 0; i < length; i++) {
                counts[inner[i]]++;
            }
        }
        return counts;
    }
}
