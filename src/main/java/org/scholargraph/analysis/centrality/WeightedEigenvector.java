package org.scholargraph.analysis.centrality;

import java.util.Arrays;
import org.scholargraph.graph.CompactGraph;
import org.scholargraph.graph.Components;

/**
 * Eigenvector centrality (P. Bonacich 1972, "Factoring and weighting approaches to status scores
 * and clique identification", J. Math. Sociol. 2) of a weighted undirected graph: the leading
 * eigenvector of the weighted adjacency matrix A.
 *
 * <p>Computed per connected component by restarted Lanczos ({@link #iterate}), which converges to
 * the largest eigenvalue of A itself: on bipartite graphs and stars, where plain power iteration on
 * A oscillates between ±λ (networkx issue 1704; JGraphT 1.5.2 returns all 0.5 on a four-node star),
 * nothing needs shifting. Iteration stops when no entry of the max-normalised vector moves by more
 * than the tolerance (default {@value #TOLERANCE_DEFAULT}) from one cycle to the next, or after
 * about the maximum number of products with A. Each product runs in O(n_c + m_c) on a component.
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

    /** Krylov vectors per Lanczos cycle. */
    private static final int KRYLOV_DIMENSION = 20;

    /** A Lanczos step whose new direction is this small against the diagonal found an invariant subspace. */
    private static final double INVARIANT = 1e-13;

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
     * @param maxIterations products with A per component after which to stop (rounded up to whole
     *     Lanczos cycles), at least 1
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
        int[] local = new int[n];
        Components components = Components.of(graph);
        double[] eigenvalue = new double[components.count()];
        for (int c = 0; c < components.count(); c++) {
            eigenvalue[c] = components.size(c) > 1 ? iterate(components, c, x, local) : 0.0;
        }
        int reference = -1;
        for (int c = 0; c < components.count(); c++) {
            int size = components.size(c);
            int referenceSize = reference < 0 ? 0 : components.size(reference);
            if (reference < 0 || size > referenceSize || size == referenceSize && eigenvalue[c] > eigenvalue[reference]) {
                reference = c;
            }
        }
        double referenceEigenvalue = reference < 0 ? 0.0 : eigenvalue[reference];
        for (int c = 0; c < components.count(); c++) {
            double factor = referenceEigenvalue > 0 ? eigenvalue[c] / referenceEigenvalue : 0.0;
            for (int k = components.start(c); k < components.end(c); k++) {
                x[components.member(k)] *= factor;
            }
        }
        return x;
    }

    /**
     * The leading eigenvector of A restricted to component {@code component}, left max-1 in
     * {@code x}; returns its eigenvalue. Restarted Lanczos: each cycle builds an orthonormal basis
     * of up to {@value #KRYLOV_DIMENSION} Krylov vectors from the last cycle's Ritz vector (fully
     * reorthogonalised), takes the leading eigenpair of the small tridiagonal matrix, and restarts
     * from that Ritz vector, until no entry of the max-1 vector moves by more than the tolerance from
     * one cycle to the next. Lanczos finds the largest eigenvalue itself, not the one of largest
     * magnitude, so bipartite components need no shift; and where power iteration gains a factor
     * λ₂/λ₁ per product with A, a cycle gains about the Chebyshev polynomial of its dimension at
     * 1 + 2(λ₁ − λ₂)/(λ₂ − λₙ): on the largest component of a 200,000-work coauthorship graph
     * (λ₂/λ₁ = 0.91) a few cycles instead of about 290 power steps.
     */
    private double iterate(Components components, int component, double[] x, int[] local) {
        int from = components.start(component);
        int size = components.size(component);
        for (int k = 0; k < size; k++) {
            local[components.member(from + k)] = k;
        }
        Rows rows = new Rows(components, from, size, local);
        int dimension = Math.min(KRYLOV_DIMENSION, size);
        double[][] basis = new double[dimension][size];
        double[] product = new double[size];
        double[] alpha = new double[dimension];
        double[] beta = new double[dimension];
        double[] small = new double[dimension];
        // Start from the strengths (plus one): positive on the whole component and already close to
        // the eigenvector on most graphs, as igraph starts from the degrees.
        double[] ritz = new double[size];
        for (int k = 0; k < size; k++) {
            ritz[k] = 1 + graph.strength(components.member(from + k));
        }
        double[] last = null;
        double eigenvalue = 0;
        int cycles = Math.max(1, (maxIterations + dimension - 1) / dimension);
        boolean done = false;
        for (int cycle = 0; cycle < cycles && !done; cycle++) {
            scale(ritz, 1 / norm(ritz), basis[0]);
            int steps = 0;
            for (int j = 0; j < dimension; j++) {
                rows.multiply(basis[j], product);
                alpha[j] = dot(product, basis[j]);
                steps = j + 1;
                for (int pass = 0; pass < 2; pass++) { // twice is enough to keep the basis orthogonal
                    for (int i = 0; i <= j; i++) {
                        axpy(-dot(product, basis[i]), basis[i], product);
                    }
                }
                if (j + 1 == dimension) {
                    break;
                }
                beta[j] = norm(product);
                if (beta[j] <= INVARIANT * Math.abs(alpha[j]) || beta[j] == 0) {
                    break; // the basis spans an invariant subspace: the eigenpair is exact
                }
                scale(product, 1 / beta[j], basis[j + 1]);
            }
            eigenvalue = SymmetricEigen.largest(alpha, beta, steps, small);
            Arrays.fill(ritz, 0);
            double sum = 0;
            for (int i = 0; i < steps; i++) {
                axpy(small[i], basis[i], ritz);
            }
            for (double value : ritz) {
                sum += value;
            }
            double max = 0;
            for (int k = 0; k < size; k++) {
                ritz[k] = sum < 0 ? -ritz[k] : ritz[k]; // the Perron vector is positive
                max = Math.max(max, ritz[k]);
            }
            double[] current = new double[size];
            scale(ritz, 1 / max, current);
            // A basis that spans an invariant subspace (or the whole component) gives the exact pair.
            done = steps < dimension || steps == size || last != null && maxChange(last, current) < tolerance;
            last = current;
        }
        if (!done) {
            converged = false;
        }
        for (int k = 0; k < size; k++) {
            x[components.member(from + k)] = last[k];
        }
        return eigenvalue;
    }

    /**
     * A component's rows in its own numbering (breadth-first from its smallest node, as
     * {@link Components} lists it), each row's neighbours in the graph's order. A product with A
     * then reads one vector entry per slot, mostly near the last one, instead of translating each
     * neighbour through the graph's numbering: at a million works, where the largest component holds
     * 567,186 authors, a product took 65 ms through the translation.
     */
    private final class Rows {
        private final int[] first;
        private final int[] neighbors;
        /** The slots' weights, or null when every weight is 1. */
        private final double[] weights;

        Rows(Components components, int from, int size, int[] local) {
            first = new int[size + 1];
            for (int k = 0; k < size; k++) {
                int v = components.member(from + k);
                first[k + 1] = first[k] + graph.edgeEnd(v) - graph.edgeStart(v);
            }
            neighbors = new int[first[size]];
            double[] slotWeights = new double[first[size]];
            boolean weighted = false;
            for (int k = 0; k < size; k++) {
                int v = components.member(from + k);
                int at = first[k];
                for (int i = graph.edgeStart(v); i < graph.edgeEnd(v); i++, at++) {
                    neighbors[at] = local[graph.neighborAt(i)];
                    slotWeights[at] = graph.weightAt(i);
                    weighted |= slotWeights[at] != 1.0;
                }
            }
            weights = weighted ? slotWeights : null;
        }

        /** {@code product = A·vector}. */
        void multiply(double[] vector, double[] product) {
            for (int k = 0; k < product.length; k++) {
                double sum = 0;
                if (weights == null) {
                    for (int i = first[k]; i < first[k + 1]; i++) {
                        sum += vector[neighbors[i]];
                    }
                } else {
                    for (int i = first[k]; i < first[k + 1]; i++) {
                        sum += weights[i] * vector[neighbors[i]];
                    }
                }
                product[k] = sum;
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** {@code y += factor · x}. */
    private static void axpy(double factor, double[] x, double[] y) {
        for (int k = 0; k < x.length; k++) {
            y[k] += factor * x[k];
        }
    }

    /** {@code into = factor · x}. */
    private static void scale(double[] x, double factor, double[] into) {
        for (int k = 0; k < x.length; k++) {
            into[k] = factor * x[k];
        }
    }

    private static double maxChange(double[] a, double[] b) {
        double change = 0;
        for (int k = 0; k < a.length; k++) {
            change = Math.max(change, Math.abs(a[k] - b[k]));
        }
        return change;
    }
}
