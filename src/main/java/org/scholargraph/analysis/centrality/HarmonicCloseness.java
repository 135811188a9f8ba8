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
 * <p>One breadth-first search per node: O(n·m) time, O(n) memory per thread. Nodes run in
 * parallel, each computing its own score alone, so the result does not depend on the thread count.
 */
public final class HarmonicCloseness implements NodeScoring {

    static final int SOURCES_PER_CHUNK = 64;

    private final CompactGraph graph;
    private final int threads;
    private double[] scores;

    /** Harmonic closeness on all processors. */
    public HarmonicCloseness(CompactGraph graph) {
        this(graph, Runtime.getRuntime().availableProcessors());
    }

    /** Harmonic closeness on the thread count of an analysis run. */
    public HarmonicCloseness(CompactGraph graph, AnalysisParameters parameters) {
        this(graph, parameters.threads());
    }

    /** Harmonic closeness on {@code threads} threads, at least 1. */
    public HarmonicCloseness(CompactGraph graph, int threads) {
        if (graph == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.graph = graph;
        this.threads = threads;
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
        int chunks = (n + SOURCES_PER_CHUNK - 1) / SOURCES_PER_CHUNK;
        int[] next = {0};
        OrderedChunks.run(chunks, threads, this::chunk, values -> {
            System.arraycopy(values, 0, result, next[0], values.length);
            next[0] += values.length;
        });
        return result;
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
