package org.scholargraph.analysis.centrality;

import org.scholargraph.graph.CompactGraph;

/**
 * Harmonic closeness centrality (M. Marchiori and V. Latora 2000, "Harmony in the small-world",
 * Physica A 285; P. Boldi and S. Vigna 2014, "Axioms for centrality", Internet Mathematics 10):
 * the sum over the other nodes {@code u} of {@code 1/d(v,u)}, distances in hops (edge weights are
 * ignored), unreachable nodes contributing 0, divided by {@code n−1}: igraph's
 * {@code harmonic_centrality(normalized=True)}. On a directed graph {@code d(v,u)} follows the
 * edges out of {@code v} (igraph's {@code mode="out"}). A graph of one node scores 0.
 *
 * <p>Exact on graphs of at most {@code exactLimit} nodes (default {@value #EXACT_LIMIT_DEFAULT}):
 * one breadth-first search per node, O(n·m) time. Above the limit it estimates from target
 * nodes drawn uniformly without replacement with the seed (default {@value #SEED_DEFAULT}) by
 * {@link PivotSampler}: the mean of {@code 1/d(v,u)} over the targets {@code u} other than
 * {@code v} estimates the normalised score without bias (D. Eppstein and J. Wang 2004, "Fast
 * approximation of centrality", JGAA 8), in O(k·m) time. By default the number of targets comes
 * with a guarantee: every term lies in [0, 1], so Hoeffding's inequality and a union bound over the
 * nodes give every estimate within {@code ε} of the exact score with probability at least
 * {@code 1 − δ} from {@code ⌈ln(2n/δ)/(2ε²)⌉ + 1} targets (defaults ε = {@value #EPSILON_DEFAULT},
 * δ = {@value #DELTA_DEFAULT}). Either way the result does not depend on the thread count
 * ({@link HopDistanceSums}); {@link #isExact()} says which was used.
 */
public final class HarmonicCloseness extends CachedNodeScoring {

    public static final int EXACT_LIMIT_DEFAULT = PivotSampler.EXACT_LIMIT_DEFAULT;
    public static final double EPSILON_DEFAULT = PivotSampler.HARMONIC_EPSILON_DEFAULT;
    public static final double DELTA_DEFAULT = PivotSampler.DELTA_DEFAULT;
    public static final long SEED_DEFAULT = PivotSampler.SEED_DEFAULT;

    private final HopDistanceSums sums;
    private final int targets;

    /** Harmonic closeness with the default exact limit, ε, δ and seed, on all processors. */
    public HarmonicCloseness(CompactGraph graph) {
        this(graph, Runtime.getRuntime().availableProcessors());
    }

    /** Harmonic closeness with the default exact limit, ε, δ and seed, on {@code threads} threads. */
    public HarmonicCloseness(CompactGraph graph, int threads) {
        this(graph, threads, EXACT_LIMIT_DEFAULT, EPSILON_DEFAULT, DELTA_DEFAULT, SEED_DEFAULT);
    }

    /**
     * Harmonic closeness exact up to {@code exactLimit} nodes and above it within {@code epsilon}
     * of every exact score with probability at least {@code 1 − delta}.
     *
     * @param threads worker threads, at least 1; the result does not depend on it
     * @param exactLimit largest node count computed exactly, not negative
     * @param epsilon largest error of an estimate, in (0, 1)
     * @param delta probability that some estimate errs by more than {@code epsilon}, in (0, 1)
     * @param seed seed of the target draw
     */
    public HarmonicCloseness(CompactGraph graph, int threads, int exactLimit, double epsilon, double delta, long seed) {
        this(graph, threads, exactLimit, targetsFor(graph, epsilon, delta), seed);
    }

    private static int targetsFor(CompactGraph graph, double epsilon, double delta) {
        PivotSampler.checkGuarantee(epsilon, delta);
        int n = graph == null ? 0 : graph.nodeCount();
        return (int) Math.max(1, Math.min(n, PivotSampler.meanSampleSize(n, epsilon, delta)));
    }

    /**
     * Harmonic closeness with every parameter.
     *
     * @param threads worker threads, at least 1; the result does not depend on it
     * @param exactLimit largest node count computed exactly, not negative
     * @param sampleSize targets drawn above the limit, at least 1
     * @param seed seed of the target draw
     */
    public HarmonicCloseness(CompactGraph graph, int threads, int exactLimit, int sampleSize, long seed) {
        this.sums = new HopDistanceSums(graph, threads, exactLimit, sampleSize, seed);
        this.targets = sums.isExact() ? graph.nodeCount() : sampleSize;
    }

    /** Target nodes the scores are means over: n when exact. */
    public int targets() {
        return targets;
    }

    /** Whether every node's score is exact rather than estimated from sampled targets. */
    public boolean isExact() {
        return sums.isExact();
    }

    @Override
    public String name() {
        return "harmonic";
    }

    @Override
    double[] computeScores() {
        double[] inverseDistances = sums.inverseDistanceSums();
        int[] considered = sums.considered();
        double[] scores = new double[sums.nodeCount()];
        for (int v = 0; v < scores.length; v++) {
            scores[v] = considered[v] == 0 ? 0.0 : inverseDistances[v] / considered[v];
        }
        return scores;
    }
}
