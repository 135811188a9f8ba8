package org.scholargraph.analysis.centrality;

import java.util.concurrent.ExecutorService;
import org.scholargraph.graph.CompactGraph;
import org.scholargraph.graph.Components;

/**
 * PageRank (Brin and Page 1998, "The anatomy of a large-scale hypertextual web search engine") on
 * the graph's arrays, in the variant igraph computes with PRPACK:
 *
 * <ul>
 *   <li>a random surfer at {@code u} follows an out-edge {@code u→v} with probability
 *       {@code w(u,v) / outStrength(u)}; an undirected edge is an edge in both directions;</li>
 *   <li>with probability {@code 1 − d} (d the damping factor) it jumps to a node chosen uniformly;</li>
 *   <li>a dangling node (no out-edges) spreads all its rank uniformly over all nodes, itself included;</li>
 *   <li>scores sum to 1.</li>
 * </ul>
 *
 * <p>The scores {@code x} satisfy {@code x = d·A·x + c·1}, where {@code A} holds the transition
 * probabilities of the nodes with out-edges and the scalar {@code c} gathers the jumps and the
 * dangling nodes' rank. So {@code x} is the solution {@code y} of {@code y = d·A·y + 1} scaled to sum
 * 1, and the dangling nodes drop out of the iteration. {@code y} is found by Jacobi sweeps: each node
 * pulls along its in-edges from the previous sweep's values. A sweep runs in O(n + m), split into
 * fixed chunks of nodes that run on up to {@code threads} threads; the change and the sum of a sweep
 * add the chunks' partial sums in chunk order, so the result is the same bits on any number of
 * threads, and nodes that the graph cannot tell apart get equal scores.
 *
 * <p>Sweeps stop when one changes {@code y} by less than the tolerance relative to its sum, in L1
 * (default {@value #TOLERANCE_DEFAULT}, the tolerance igraph gives PRPACK; the scores are then within
 * about 1e-11 of the solution relative to their sum, far below the 1e-6 they are checked to), or after
 * the maximum number of sweeps. The error shrinks by a factor {@code d} or faster per sweep; on an
 * undirected graph the sweeps start from a vector with the solution's total on each component (see
 * {@code startWithComponentTotals}), which leaves only the faster-shrinking part.
 */
public final class WeightedPageRank extends CachedNodeScoring {

    public static final double DAMPING_FACTOR_DEFAULT = 0.85;
    public static final int MAX_ITERATIONS_DEFAULT = 10_000;
    public static final double TOLERANCE_DEFAULT = 1e-10;

    /** Nodes per chunk of a sweep: fixed, so that partial sums do not depend on the thread count. */
    private static final int CHUNK_NODES = 4096;

    /** Edge slots below which a sweep is too short to share between threads. */
    private static final int PARALLEL_EDGE_SLOTS = 100_000;

    private final CompactGraph graph;
    private final double dampingFactor;
    private final int maxIterations;
    private final double tolerance;
    private final int threads;
    private int iterations;

    /** PageRank with the default damping factor {@value #DAMPING_FACTOR_DEFAULT}. */
    public WeightedPageRank(CompactGraph graph) {
        this(graph, DAMPING_FACTOR_DEFAULT);
    }

    /** PageRank with the given damping factor, in (0, 1). */
    public WeightedPageRank(CompactGraph graph, double dampingFactor) {
        this(graph, dampingFactor, 1);
    }

    /** PageRank with the given damping factor, in (0, 1), on up to {@code threads} threads. */
    public WeightedPageRank(CompactGraph graph, double dampingFactor, int threads) {
        this(graph, dampingFactor, MAX_ITERATIONS_DEFAULT, TOLERANCE_DEFAULT, threads);
    }

    /**
     * PageRank with every parameter.
     *
     * @param dampingFactor probability of following an edge, in (0, 1)
     * @param maxIterations sweeps after which to stop even when not converged, at least 1
     * @param tolerance change of a sweep, in L1 relative to the sum, below which to stop; positive
     * @param threads threads to sweep on, at least 1; the result does not depend on it
     */
    public WeightedPageRank(CompactGraph graph, double dampingFactor, int maxIterations, double tolerance,
            int threads) {
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
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.graph = graph;
        this.dampingFactor = dampingFactor;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.threads = threads;
    }

    @Override
    public String name() {
        return "pagerank";
    }

    /** Sweeps the computation took; computes the scores first if needed. */
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
        Sweeps sweeps = new Sweeps(n);
        int tasks = Math.min(threads, sweeps.chunks);
        boolean parallel = tasks > 1 && graph.edgeSlots() >= PARALLEL_EDGE_SLOTS;
        ExecutorService pool = parallel ? OrderedChunks.pool(tasks, "scholargraph-pagerank") : null;
        try {
            iterations = 0;
            while (iterations < maxIterations) {
                iterations++;
                OrderedChunks.runAll(pool, tasks, sweeps.chunks, sweeps::sweepChunk);
                if (sweeps.advance() < tolerance * sweeps.sum) {
                    break;
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        double[] y = sweeps.y;
        for (int v = 0; v < n; v++) {
            y[v] /= sweeps.sum;
        }
        return y;
    }

    /**
     * The state of the sweeps: y of the last sweep and the one being made, each also scaled by
     * 1/outStrength (what a node passes along each unit of out-edge weight; nothing, for a dangling
     * node), and each chunk's change and sum.
     */
    private final class Sweeps {
        final int n;
        final int chunks;
        final double[] inverseOutStrength;
        final double[] chunkChange;
        final double[] chunkSum;
        double[] y;
        double[] passed;
        double[] nextY;
        double[] nextPassed;
        double sum;

        Sweeps(int n) {
            this.n = n;
            chunks = (n + CHUNK_NODES - 1) / CHUNK_NODES;
            chunkChange = new double[chunks];
            chunkSum = new double[chunks];
            inverseOutStrength = new double[n];
            y = new double[n];
            passed = new double[n];
            nextY = new double[n];
            nextPassed = new double[n];
            double[] strength = new double[n];
            for (int v = 0; v < n; v++) {
                strength[v] = graph.strength(v);
                inverseOutStrength[v] = strength[v] > 0 ? 1 / strength[v] : 0;
                y[v] = 1;
            }
            if (!graph.isDirected()) {
                startWithComponentTotals(strength);
            }
            sum = 0;
            for (int v = 0; v < n; v++) {
                passed[v] = y[v] * inverseOutStrength[v];
                sum += y[v];
            }
        }

        /**
         * On an undirected graph, each node of a component C with edges passes all of its y to
         * nodes of C, so the solution's total over C is {@code |C| / (1 − d)}, and a sweep keeps any
         * vector's total over C at that value. Starting from y = 1 gives each component the total
         * |C| instead, an error that only shrinks by d per sweep; starting from the strengths scaled
         * to the right totals (the solution as d → 1) leaves only the error that the graph's mixing
         * removes, and needs about a third fewer sweeps. Isolated nodes keep y = 1, their solution.
         */
        private void startWithComponentTotals(double[] strength) {
            Components components = Components.of(graph);
            for (int c = 0; c < components.count(); c++) {
                double strengths = 0;
                for (int k = components.start(c); k < components.end(c); k++) {
                    strengths += strength[components.member(k)];
                }
                if (strengths == 0) {
                    continue; // an isolated node
                }
                double scale = components.size(c) / ((1 - dampingFactor) * strengths);
                for (int k = components.start(c); k < components.end(c); k++) {
                    int v = components.member(k);
                    y[v] = strength[v] * scale;
                }
            }
        }

        /** Computes the next y of the nodes of chunk c from the last sweep's values. */
        void sweepChunk(int c) {
            double change = 0;
            double chunkTotal = 0;
            for (int v = c * CHUNK_NODES, last = Math.min(n, v + CHUNK_NODES); v < last; v++) {
                double pulled = 0;
                for (int i = graph.inEdgeStart(v), end = graph.inEdgeEnd(v); i < end; i++) {
                    pulled += graph.inWeightAt(i) * passed[graph.inNeighborAt(i)];
                }
                double updated = 1 + dampingFactor * pulled;
                change += Math.abs(updated - y[v]);
                chunkTotal += updated;
                nextY[v] = updated;
                nextPassed[v] = updated * inverseOutStrength[v];
            }
            chunkChange[c] = change;
            chunkSum[c] = chunkTotal;
        }

        /** Makes the sweep just computed the last one; returns its change, and sets its sum. */
        double advance() {
            double change = 0;
            sum = 0;
            for (int c = 0; c < chunks; c++) {
                change += chunkChange[c];
                sum += chunkSum[c];
            }
            double[] t = y;
            y = nextY;
            nextY = t;
            t = passed;
            passed = nextPassed;
            nextPassed = t;
            return change;
        }
    }
}
