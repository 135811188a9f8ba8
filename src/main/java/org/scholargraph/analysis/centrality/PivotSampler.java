package org.scholargraph.analysis.centrality;

import java.util.Arrays;
import java.util.Random;
import org.scholargraph.graph.CompactGraph;

/**
 * The nodes a shortest-path measure starts its searches from: every node up to an exact limit,
 * above it a uniform sample of "pivots" drawn without replacement (U. Brandes and C. Pich 2007,
 * "Centrality estimation in large networks", Int. J. Bifurcation and Chaos 17(7)) by a partial
 * Fisher–Yates shuffle with a {@link Random} of the given seed, in draw order. The defaults are
 * those of {@link HopBetweenness} and {@link HarmonicCloseness} alike, so that their short
 * constructors sample the same way.
 */
final class PivotSampler {

    /** Largest node count on which every node is a source. */
    static final int EXACT_LIMIT_DEFAULT = 50_000;
    /** Pivots drawn above the exact limit. */
    static final int SAMPLE_SIZE_DEFAULT = 1_000;
    /** Seed of the draw. */
    static final long SEED_DEFAULT = 42L;

    private PivotSampler() {
    }

    /** Checks the parameters of a sampled shortest-path measure, with messages that name them. */
    static void check(CompactGraph graph, int threads, int exactLimit, int sampleSize) {
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
    }

    /**
     * The sources of a graph of {@code n} nodes: {@code 0..n-1} when {@code n ≤ exactLimit} or the
     * sample would hold every node, else {@code sampleSize} pivots drawn with {@code seed}.
     */
    static int[] sources(int n, int exactLimit, int sampleSize, long seed) {
        return n <= exactLimit || sampleSize >= n ? allNodes(n) : pivots(n, sampleSize, seed);
    }

    /** {@code k} distinct nodes of {@code 0..n-1}, {@code k ≤ n}, drawn with {@code seed}. */
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

    private static int[] allNodes(int n) {
        int[] all = new int[n];
        for (int v = 0; v < n; v++) {
            all[v] = v;
        }
        return all;
    }
}
