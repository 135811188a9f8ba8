package org.scholargraph.analysis.centrality;

import java.util.Arrays;
import org.scholargraph.analysis.AnalysisParameters;
import org.scholargraph.graph.CompactGraph;

/**
 * Harmonic closeness centrality (M. Marchiori and V. Latora 2000, "Harmony in the small-world",
 * Physica A 285; P. Boldi and S. Vigna 2014, "Axioms for centrality", Internet Mathematics 10):
 * the sum over the other nodes {@code u} of {@code 1/d(v,u)}, distances in hops (edge weights are
 * ignored), unreachable nodes contributing 0, divided by {@code n−1}: igraph's
 * {@code harmonic_centrality(normalized=True)}. On a directed graph {@code d(v,u)} follows the
 * edges out of {@code v} (igraph's {@code mode="out"}). A graph of one node scores 0.
 *
 * <p>Exact on graphs of at most {@code exactLimit} nodes: one breadth-first search per node,
 * O(n·m) time, O(n) memory per thread; nodes run in parallel, each computing its own score alone.
 * Above the limit it estimates from {@code sampleSize} target nodes drawn as the pivots of
 * {@link HopBetweenness} are (seeded, without replacement): one search per target {@code u}
 * along the edges into it gives {@code d(v,u)} for every {@code v}, and the mean of {@code 1/d(v,u)}
 * over the targets other than {@code v} estimates the normalised score without bias (the
 * sampling estimator of D. Eppstein and J. Wang 2004, "Fast approximation of centrality", JGAA 8).
 * O(k·m) time. Partial sums are added chunk by chunk in a fixed order, so either way the result
 * does not depend on the thread count; {@link #isExact()} says which was used.
 */
public final class HarmonicCloseness implements NodeScoring {

    static final int SOURCES_PER_CHUNK = 64;

    private final CompactGraph graph;
    private final int threads;
    private final int[] targets;
    private double[] scores;

    /** Harmonic closeness on all processors. */
    public HarmonicCloseness(CompactGraph graph) {
        this(graph, Runtime.getRuntime().availableProcessors());
    }

    /** Harmonic closeness with the thread count, exact limit and seed of an analysis run. */
    public HarmonicCloseness(CompactGraph graph, AnalysisParameters parameters) {
        this(graph, parameters.threads(), parameters.exactBetweennessLimit(), HopBetweenness.SAMPLE_SIZE_DEFAULT,
                parameters.seed());
    }

    /** Exact harmonic closeness on {@code threads} threads, at least 1. */
    public HarmonicCloseness(CompactGraph graph, int threads) {
        this(graph, threads, Integer.MAX_VALUE, HopBetweenness.SAMPLE_SIZE_DEFAULT, 0L);
    }

    /**
     * Harmonic closeness, exact up to {@code exactLimit} nodes and estimated from
     * {@code sampleSize} targets drawn with {@code seed} above it.
     */
    public HarmonicCloseness(CompactGraph graph, int threads, int exactLimit, int sampleSize, long seed) {
        if (exactLimit < 0) {
            throw new IllegalArgumentException("exact limit must not be negative, was " + exactLimit);
        }
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sample size must be at least 1, was " + sampleSize);
        }
        if (graph == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.graph = graph;
        this.threads = threads;
        int n = graph.nodeCount();
        this.targets = n <= exactLimit || sampleSize >= n ? null : HopBetweenness.pivots(n, sampleSize, seed);
    }

    /** Whether every node's score is exact rather than estimated from sampled targets. */
    public boolean isExact() {
        return targets == null;
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
        return "harmonic";
    }

    private synchronized double[] cached() {
        if (scores == null) {
            scores = compute();
        }
        return scores;
    }

    private double[] compute() {
        int n = graph.nodeCount();
        double[] result = new double[n];
        if (n <= 1) {
            return result;
        }
        if (targets != null) {
            return estimate(n);
        }
        int chunks = (n + SOURCES_PER_CHUNK - 1) / SOURCES_PER_CHUNK;
        int[] next = {0};
        OrderedChunks.run(chunks, threads, this::chunk, values -> {
            System.arraycopy(values, 0, result, next[0], values.length);
            next[0] += values.length;
        });
        return result;
    }

    private double[] estimate(int n) {
        double[] sums = new double[n];
        int chunks = (targets.length + SOURCES_PER_CHUNK - 1) / SOURCES_PER_CHUNK;
        OrderedChunks.run(chunks, threads, this::targetChunk, partial -> {
            for (int v = 0; v < n; v++) {
                sums[v] += partial[v];
            }
        });
        boolean[] isTarget = new boolean[n];
        for (int u : targets) {
            isTarget[u] = true;
        }
        for (int v = 0; v < n; v++) {
            int others = targets.length - (isTarget[v] ? 1 : 0);
            sums[v] = others == 0 ? 0.0 : sums[v] / others;
        }
        return sums;
    }

    /** Sum of 1/d(v,u) over the targets u of one chunk, for every v: searches along in-edges. */
    private double[] targetChunk(int chunk) {
        int n = graph.nodeCount();
        int[] first = graph.firstInNeighborIndices();
        int[] neighbors = graph.inNeighbors();
        int[] distance = new int[n];
        Arrays.fill(distance, -1);
        int[] queue = new int[n];
        double[] partial = new double[n];
        int from = chunk * SOURCES_PER_CHUNK;
        int to = Math.min(targets.length, from + SOURCES_PER_CHUNK);
        for (int t = from; t < to; t++) {
            int u = targets[t];
            int head = 0;
            int tail = 0;
            queue[tail++] = u;
            distance[u] = 0;
            while (head < tail) {
                int v = queue[head++];
                if (v != u) {
                    partial[v] += 1.0 / distance[v];
                }
                for (int i = first[v]; i < first[v + 1]; i++) {
                    int w = neighbors[i];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }
            for (int j = 0; j < tail; j++) {
                distance[queue[j]] = -1;
            }
        }
        return partial;
    }

    private double[] chunk(int chunk) {
        int n = graph.nodeCount();
        int[] first = graph.firstNeighborIndices();
        int[] neighbors = graph.neighbors();
        int[] distance = new int[n];
        Arrays.fill(distance, -1);
        int[] queue = new int[n];
        int from = chunk * SOURCES_PER_CHUNK;
        int to = Math.min(n, from + SOURCES_PER_CHUNK);
        double[] values = new double[to - from];
        for (int s = from; s < to; s++) {
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            distance[s] = 0;
            double sum = 0;
            while (head < tail) {
                int v = queue[head++];
                if (v != s) {
                    sum += 1.0 / distance[v];
                }
                for (int i = first[v]; i < first[v + 1]; i++) {
                    int w = neighbors[i];
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                }
            }
            for (int j = 0; j < tail; j++) {
                distance[queue[j]] = -1;
            }
            values[s - from] = sum / (n - 1);
        }
        return values;
    }
}
