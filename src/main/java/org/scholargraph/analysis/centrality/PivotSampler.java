package org.scholargraph.analysis.centrality;

import java.util.Arrays;
import java.util.Random;
import org.scholargraph.graph.BreadthFirstSearch;
import org.scholargraph.graph.CompactGraph;

/**
 * The nodes a shortest-path measure starts its searches from: every node up to an exact limit,
 * above it a uniform sample of "pivots" drawn without replacement (U. Brandes and C. Pich 2007,
 * "Centrality estimation in large networks", Int. J. Bifurcation and Chaos 17(7)) by a partial
 * Fisher–Yates shuffle with a {@link Random} of the given seed, in draw order. The defaults are
 * those of {@link HopBetweenness} and {@link HarmonicCloseness} alike, so that their short
 * constructors sample the same way.
 *
 * <p>It also sizes the samples that come with a guarantee: with probability at least
 * {@code 1 − δ}, every node's estimate is within {@code ε} of its exact normalised score.
 */
final class PivotSampler {

    /** Largest node count on which every node is a source. */
    static final int EXACT_LIMIT_DEFAULT = 50_000;
    /** Pivots drawn above the exact limit. */
    static final int SAMPLE_SIZE_DEFAULT = 1_000;
    /** Seed of the draw. */
    static final long SEED_DEFAULT = 42L;
    /** Largest error of a sampled betweenness, on the normalised scale, that the guarantee allows. */
    static final double BETWEENNESS_EPSILON_DEFAULT = 0.01;
    /** Largest error of a sampled harmonic closeness (a mean of values in [0, 1]) that the guarantee allows. */
    static final double HARMONIC_EPSILON_DEFAULT = 0.05;
    /** Probability that some node's estimate is farther than ε from its exact score. */
    static final double DELTA_DEFAULT = 0.1;
    /** The universal constant of the ε-sample bound, 0.5 as Riondato and Kornaropoulos use it (after Löffler and Phillips). */
    static final double VC_CONSTANT = 0.5;

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

    /** Checks ε and δ of a guaranteed estimate, each strictly between 0 and 1. */
    static void checkGuarantee(double epsilon, double delta) {
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must be in (0, 1), was " + epsilon);
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1), was " + delta);
        }
    }

    /**
     * Shortest paths to sample for betweenness within {@code epsilon} of every node's score with
     * probability {@code 1 − delta} (Riondato and Kornaropoulos 2016, Theorem 1):
     * {@code ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉}, {@code c} = {@value #VC_CONSTANT}, where
     * {@code VD} bounds the number of nodes on a shortest path. Their scale divides by
     * {@code n(n−1)}, igraph's by {@code (n−1)(n−2)}: the larger by {@code n/(n−2)}, so ε is
     * taken that much smaller to hold on igraph's scale.
     */
    static long betweennessSampleSize(int n, int vertexDiameter, double epsilon, double delta) {
        double onTheirScale = epsilon * (n - 2) / n;
        double logTerm = Math.floor(Math.log(Math.max(1, vertexDiameter - 2)) / Math.log(2)) + 1;
        return (long) Math.ceil(VC_CONSTANT / (onTheirScale * onTheirScale) * (logTerm + Math.log(1 / delta)));
    }

    /**
     * Targets to sample for a mean of values in [0, 1] over the other nodes within {@code epsilon}
     * at every node with probability {@code 1 − delta}: Hoeffding's inequality (which holds for
     * sampling without replacement, Hoeffding 1963, Theorem 4) with a union bound over the n nodes
     * asks {@code ⌈ln(2n/δ)/(2ε²)⌉} other nodes, one more because a target is not its own.
     */
    static long meanSampleSize(int n, double epsilon, double delta) {
        return (long) Math.ceil(Math.log(2.0 * n / delta) / (2 * epsilon * epsilon)) + 1;
    }

    /**
     * An upper bound on the number of nodes of any shortest path. Undirected: in each connected
     * component, a search from its first node gives distances whose two largest sum to at least
     * any distance in it (through that node), plus one for the nodes; directed: the size of the
     * largest weakly connected component.
     */
    static int vertexDiameterBound(CompactGraph graph) {
        int n = graph.nodeCount();
        CompactGraph undirected = graph.isDirected() ? graph.asUndirected() : graph;
        BreadthFirstSearch search = new BreadthFirstSearch(undirected, BreadthFirstSearch.Direction.OUT);
        boolean[] seen = new boolean[n];
        int bound = Math.min(n, 1);
        for (int v = 0; v < n; v++) {
            if (seen[v]) {
                continue;
            }
            int reached = search.search(v);
            for (int k = 0; k < reached; k++) {
                seen[search.reached(k)] = true;
            }
            int component = graph.isDirected() || reached < 2 ? reached
                    : search.distance(search.reached(reached - 1)) + search.distance(search.reached(reached - 2)) + 1;
            bound = Math.max(bound, Math.min(component, reached));
        }
        return bound;
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
