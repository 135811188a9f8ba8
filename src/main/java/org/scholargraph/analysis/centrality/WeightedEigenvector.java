package org.scholargraph.analysis.centrality;

import java.util.Arrays;
import org.scholargraph.graph.BreadthFirstSearch;
import org.scholargraph.graph.CompactGraph;

/**
 * Eigenvector centrality (P. Bonacich 1972, "Factoring and weighting approaches to status scores
 * and clique identification", J. Math. Sociol. 2) of a weighted undirected graph: the leading
 * eigenvector of the weighted adjacency matrix A.
 *
 * <p>Computed per connected component by power iteration on {@code A + I}, which has the same
 * eigenvectors as A but a unique dominant eigenvalue even on bipartite graphs and stars, where
 * plain power iteration on A oscillates (networkx issue 1704; JGraphT 1.5.2 returns all 0.5 on a
 * four-node star). Iteration stops when no entry of the max-normalised vector moves by more than
 * the tolerance (default {@value #TOLERANCE_DEFAULT}), or after the maximum iterations. Each
 * iteration runs in O(n_c + m_c) on a component.
 *
 * <p>Scaling: the largest connected component (most nodes; ties to the larger eigenvalue, then
 * to the one holding the smallest node) keeps its max-1 vector, exactly igraph's
 * {@code eigenvector_centrality(weights, scale=True)} on that component, which is what
 * {@code scripts/reference/centrality_reference.py} compares. Every other component's vector is scaled so that its maximum
 * is {@code λ_c / λ_L}, {@code λ_c} its leading eigenvalue of A (a Rayleigh quotient at
 * convergence) and {@code λ_L} the largest component's. Scores are thus comparable across
 * components, in proportion to their spectral radius, instead of each component claiming a node
 * of score 1; a small component that is denser or more heavily weighted than the largest one
 * (two authors with ten joint papers have λ = 10) can score above 1. Isolated nodes score 0. The
 * four-node star gives 1 to its centre and {@code 1/√3 ≈ 0.577} to its leaves.
 */
public final class WeightedEigenvector extends CachedNodeScoring {

    public static final int MAX_ITERATIONS_DEFAULT = 100_000;
    public static final double TOLERANCE_DEFAULT = 1e-12;

    private final CompactGraph graph;
    private final int maxIterations;
    private final double tolerance;
    private boolean converged;

    /** Eigenvector centrality with the default iteration limit and tolerance. */
    public WeightedEigenvector(CompactGraph graph) {
        this(graph, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT);
    }

    /**
     * Eigenvector centrality with every parameter.
     *
     * @param graph an undirected graph; take {@link CompactGraph#asUndirected()} of a directed one
     * @param maxIterations power iterations per component after which to stop, at least 1
     * @param tolerance largest change of an entry of the max-1 vector at which to stop, positive
     */
    public WeightedEigenvector(CompactGraph graph, int maxIterations, double tolerance) {
        if (graph == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        if (graph.isDirected()) {
            throw new IllegalArgumentException(
                    "eigenvector centrality is defined here for undirected graphs; pass graph.asUndirected()");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maximum iterations must be at least 1, was " + maxIterations);
        }
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be positive and finite, was " + tolerance);
        }
        this.graph = graph;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    @Override
    public String name() {
        return "eigenvector";
    }

    /** Whether every component reached the tolerance within the maximum iterations. */
    public synchronized boolean converged() {
        cached();
        return converged;
    }

    @Override
    double[] computeScores() {
        int n = graph.nodeCount();
        double[] x = new double[n];
        converged = true;
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] members = new int[n];
        double[] next = new double[n];
        // Components in order of their smallest node; each is a contiguous run of `members`.
        int[] componentStart = new int[n + 1];
        double[] eigenvalue = new double[n];
        BreadthFirstSearch search = new BreadthFirstSearch(graph, BreadthFirstSearch.Direction.OUT);
        int components = 0;
        int filled = 0;
        for (int root = 0; root < n; root++) {
            if (component[root] >= 0) {
                continue;
            }
            int start = filled;
            int reached = search.search(root);
            for (int k = 0; k < reached; k++) {
                int v = search.reached(k);
                component[v] = components;
                members[filled++] = v;
            }
            componentStart[components] = start;
            componentStart[components + 1] = filled;
            eigenvalue[components] = filled - start > 1 ? iterate(members, start, filled, x, next) : 0.0;
            components++;
        }
        int reference = -1;
        for (int c = 0; c < components; c++) {
            int size = componentStart[c + 1] - componentStart[c];
            int referenceSize = reference < 0 ? 0 : componentStart[reference + 1] - componentStart[reference];
            if (reference < 0 || size > referenceSize || size == referenceSize && eigenvalue[c] > eigenvalue[reference]) {
                reference = c;
            }
        }
        double referenceEigenvalue = reference < 0 ? 0.0 : eigenvalue[reference];
        for (int c = 0; c < components; c++) {
            double factor = referenceEigenvalue > 0 ? eigenvalue[c] / referenceEigenvalue : 0.0;
            for (int k = componentStart[c]; k < componentStart[c + 1]; k++) {
                x[members[k]] *= factor;
            }
        }
        return x;
    }

    /**
     * Power iteration on A + I restricted to the nodes {@code members[from..to)}; leaves their
     * max-1 eigenvector in {@code x} and returns the leading eigenvalue of A.
     */
    private double iterate(int[] members, int from, int to, double[] x, double[] next) {
        // Start from the strengths (plus one): positive on the whole component and already close to
        // the eigenvector on most graphs, as igraph starts from the degrees.
        double max = 0;
        for (int k = from; k < to; k++) {
            int v = members[k];
            x[v] = 1 + graph.strength(v);
            max = Math.max(max, x[v]);
        }
        for (int k = from; k < to; k++) {
            x[members[k]] /= max;
        }
        boolean done = false;
        for (int iteration = 0; iteration < maxIterations && !done; iteration++) {
            max = 0;
            for (int k = from; k < to; k++) {
                int v = members[k];
                double sum = x[v];
                for (int i = graph.edgeStart(v); i < graph.edgeEnd(v); i++) {
                    sum += graph.weightAt(i) * x[graph.neighborAt(i)];
                }
                next[v] = sum;
                max = Math.max(max, sum);
            }
            double change = 0;
            for (int k = from; k < to; k++) {
                int v = members[k];
                double value = next[v] / max;
                change = Math.max(change, Math.abs(value - x[v]));
                x[v] = value;
            }
            done = change < tolerance;
        }
        if (!done) {
            converged = false;
        }
        // Rayleigh quotient x·Ax / x·x: its error is quadratic in the vector's.
        double numerator = 0;
        double denominator = 0;
        for (int k = from; k < to; k++) {
            int v = members[k];
            double ax = 0;
            for (int i = graph.edgeStart(v); i < graph.edgeEnd(v); i++) {
                ax += graph.weightAt(i) * x[graph.neighborAt(i)];
            }
            numerator += x[v] * ax;
            denominator += x[v] * x[v];
        }
        return numerator / denominator;
    }
}
