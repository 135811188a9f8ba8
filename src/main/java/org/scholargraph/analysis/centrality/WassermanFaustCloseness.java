package org.scholargraph.analysis.centrality;

import org.scholargraph.graph.CompactGraph;

/**
 * Closeness centrality for graphs that need not be connected, in the form of S. Wasserman and
 * K. Faust 1994, <i>Social Network Analysis</i>, Cambridge University Press, p. 201:
 * for a node {@code v} reaching {@code r} other nodes at hop distances summing to {@code D},
 *
 * <pre>
 *   closeness(v) = (r / D) · (r / (n − 1))
 * </pre>
 *
 * the classic closeness {@code r/D} within what {@code v} reaches, scaled by the share of the other
 * nodes it reaches, so that a node of a small component does not score as high as the centre of
 * the whole network. A node that reaches nothing, and the node of a one-node graph, score 0. This
 * is networkx's {@code closeness_centrality(G, wf_improved=True)}. igraph's {@code closeness()}
 * differs: it is {@code r/D} alone, the closeness within the component.
 *
 * <p>Distances are hops: edge weights are ignored (a weight here measures collaboration, not
 * distance). On a directed graph {@code d(v,u)} follows the edges out of {@code v}, as
 * {@link HarmonicCloseness} does; networkx measures the distances into {@code v}, so ours equals
 * networkx's on the reversed graph.
 *
 * <p>Exact on graphs of at most {@code exactLimit} nodes (default {@value #EXACT_LIMIT_DEFAULT}):
 * one breadth-first search per node, O(n·m) time. Above the limit the same formula runs over
 * {@code sampleSize} target nodes (default {@value #SAMPLE_SIZE_DEFAULT}, seed
 * {@value #SEED_DEFAULT}, the draw of {@link HopBetweenness} and {@link HarmonicCloseness}) instead
 * of all nodes: {@code r} and {@code D} over the targets other than {@code v}, and their count in
 * place of {@code n − 1}; a ratio estimate, consistent though not unbiased, in O(k·m) time. Either
 * way the result does not depend on the thread count ({@link HopDistanceSums}).
 */
public final class WassermanFaustCloseness extends CachedNodeScoring {

    public static final int EXACT_LIMIT_DEFAULT = PivotSampler.EXACT_LIMIT_DEFAULT;
    public static final int SAMPLE_SIZE_DEFAULT = PivotSampler.SAMPLE_SIZE_DEFAULT;
    public static final long SEED_DEFAULT = PivotSampler.SEED_DEFAULT;

    private final HopDistanceSums sums;

    /** Closeness with the default exact limit, sample size and seed, on all processors. */
    public WassermanFaustCloseness(CompactGraph graph) {
        this(graph, Runtime.getRuntime().availableProcessors());
    }

    /** Closeness with the default exact limit, sample size and seed, on {@code threads} threads. */
    public WassermanFaustCloseness(CompactGraph graph, int threads) {
        this(graph, threads, EXACT_LIMIT_DEFAULT, SAMPLE_SIZE_DEFAULT, SEED_DEFAULT);
    }

    /**
     * Closeness with every parameter.
     *
     * @param threads worker threads, at least 1; the result does not depend on it
     * @param exactLimit largest node count computed exactly, not negative
     * @param sampleSize targets drawn above the limit, at least 1
     * @param seed seed of the target draw
     */
    public WassermanFaustCloseness(CompactGraph graph, int threads, int exactLimit, int sampleSize, long seed) {
        this.sums = new HopDistanceSums(graph, threads, exactLimit, sampleSize, seed);
    }

    /** Whether every node's score is exact rather than estimated from sampled targets. */
    public boolean isExact() {
        return sums.isExact();
    }

    @Override
    public String name() {
        return "closeness";
    }

    @Override
    double[] computeScores() {
        double[] reached = sums.reached();
        double[] distances = sums.distanceSums();
        int[] considered = sums.considered();
        double[] scores = new double[sums.nodeCount()];
        for (int v = 0; v < scores.length; v++) {
            double r = reached[v];
            scores[v] = distances[v] > 0 ? (r / distances[v]) * (r / considered[v]) : 0.0;
        }
        return scores;
    }
}
