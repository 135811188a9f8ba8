package org.scholargraph.analysis.centrality;

import java.util.Arrays;
import org.scholargraph.graph.CompactGraph;

/**
 * PageRank (Brin and Page 1998, "The anatomy of a large-scale hypertextual web search engine"),
 * computed by power iteration on the graph's arrays, in the variant igraph computes with PRPACK:
 *
 * <ul>
 *   <li>a random surfer at {@code u} follows an out-edge {@code u→v} with probability
 *       {@code w(u,v) / outStrength(u)}; an undirected edge is an edge in both directions;</li>
 *   <li>with probability {@code 1 − d} (d the damping factor) it jumps to a node chosen uniformly;</li>
 *   <li>a dangling node (no out-edges) spreads all its rank uniformly over all nodes, itself included;</li>
 *   <li>scores sum to 1.</li>
 * </ul>
 *
 * <p>Iteration stops when the L1 distance between successive vectors falls below the tolerance
 * (default {@value #TOLERANCE_DEFAULT}, so that results agree with igraph far below 1e-6) or
 * after the maximum number of iterations. The error shrinks by a factor {@code d} per iteration,
 * so the default needs about 200 iterations. Each iteration runs in O(n + m) and pulls rank
 * along the in-edges in node order, so the result does not depend on anything but the graph.
 */
public final class WeightedPageRank extends CachedNodeScoring {

    public static final double DAMPING_FACTOR_DEFAULT = 0.85;
    public static final int MAX_ITERATIONS_DEFAULT = 10_000;
    public static final double TOLERANCE_DEFAULT = 1e-13;

    private final CompactGraph graph;
    private final double dampingFactor;
    private final int maxIterations;
    private final double tolerance;
    private int iterations;

    /** PageRank with the default damping factor {@value #DAMPING_FACTOR_DEFAULT}. */
    public WeightedPageRank(CompactGraph graph) {
        this(graph, DAMPING_FACTOR_DEFAULT);
    }

    /** PageRank with the given damping factor, in (0, 1). */
    public WeightedPageRank(CompactGraph graph, double dampingFactor) {
        this(graph, dampingFactor, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT);
    }

    /**
     * PageRank with every parameter.
     *
     * @param dampingFactor probability of following an edge, in (0, 1)
     * @param maxIterations iterations after which to stop even when not converged, at least 1
     * @param tolerance L1 change between iterations below which to stop, positive
     */
    public WeightedPageRank(CompactGraph graph, double dampingFactor, int maxIterations, double tolerance) {
        if (graph == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        if (!(dampingFactor > 0 && dampingFactor < 1)) {
            throw new IllegalArgumentException("damping factor must be in (0, 1), was " + dampingFactor);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maximum iterations must be at least 1, was " + maxIterations);
        }
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be positive and finite, was " + tolerance);
        }
        this.graph = graph;
        this.dampingFactor = dampingFactor;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    @Override
    public String name() {
        return "pagerank";
    }

    /** Iterations the computation took; computes the scores first if needed. */
    public synchronized int iterations() {
        cached();
        return iterations;
    }

    @Override
    double[] computeScores() {
        int n = graph.nodeCount();
        if (n == 0) {
            return new double[0];
        }
        double[] outStrength = new double[n];
        for (int v = 0; v < n; v++) {
            outStrength[v] = graph.strength(v);
        }
        // Edge transition probabilities, w(u,v)/outStrength(u), laid out like the in-rows.
        double[] transition = new double[graph.edgeSlots()];
        for (int i = 0; i < transition.length; i++) {
            transition[i] = graph.inWeightAt(i) / outStrength[graph.inNeighborAt(i)];
        }
        double[] rank = new double[n];
        double[] next = new double[n];
        Arrays.fill(rank, 1.0 / n);
        iterations = 0;
        while (iterations < maxIterations) {
            iterations++;
            double danglingRank = 0;
            for (int v = 0; v < n; v++) {
                if (outStrength[v] == 0) {
                    danglingRank += rank[v];
                }
            }
            double base = ((1 - dampingFactor) + dampingFactor * danglingRank) / n;
            double sum = 0;
            for (int v = 0; v < n; v++) {
                double pulled = 0;
                for (int i = graph.inEdgeStart(v); i < graph.inEdgeEnd(v); i++) {
                    pulled += rank[graph.inNeighborAt(i)] * transition[i];
                }
                next[v] = base + dampingFactor * pulled;
                sum += next[v];
            }
            double change = 0;
            for (int v = 0; v < n; v++) {
                next[v] /= sum;
                change += Math.abs(next[v] - rank[v]);
            }
            double[] t = rank;
            rank = next;
            next = t;
            if (change < tolerance) {
                break;
            }
        }
        return rank;
    }
}
