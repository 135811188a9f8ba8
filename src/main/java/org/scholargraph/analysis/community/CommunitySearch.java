package org.scholargraph.analysis.community;

import java.util.Random;
import org.scholargraph.graph.CompactGraph;

/**
 * What the modularity searches share: their parameters and checks, the seeded search over random
 * starts, and the partition and qualities, computed once. A subclass names the iteration that
 * improves a partition.
 *
 * <p>How much searching a graph gets: a graph of m edges gets
 * {@code min(randomStarts, max(1, }{@value #EDGES_PER_SEARCH}{@code  / m))} starts, each from
 * singletons, and each start iterates until the quality stops rising (an iteration that changes
 * nothing, or gains at most {@value #QUALITY_TOLERANCE} of the quality;
 * {@value #SINGLE_START_QUALITY_TOLERANCE} on a graph large enough for one start), at most
 * {@code iterations} times. All starts draw from one {@code java.util.Random(seed)}, as the CWTS
 * command line does, and the first partition of the highest quality is kept. Measured against ten
 * starts of ten iterations each, and against iterating the single start of a large graph to
 * {@value #QUALITY_TOLERANCE}, on the synthetic corpora of {@code bench/} in {@code bench/RESULTS.md}.
 */
abstract class CommunitySearch implements CommunityDetection {

    /** Relative quality gain below which a start stops iterating. */
    static final double QUALITY_TOLERANCE = 1e-7;

    /**
     * Relative quality gain below which the one start of a large graph stops: there every
     * iteration costs about as much as the second, and past a gain of a part in a thousand the
     * rest of the climb is a few parts in a thousand in all, over dozens of iterations.
     */
    static final double SINGLE_START_QUALITY_TOLERANCE = 1e-3;

    /** Starts × edges that a graph's search may spend before it gets fewer starts (at least one). */
    static final long EDGES_PER_SEARCH = 500_000;

    /** One iteration of a search: improves a partition in place, saying whether it changed it. */
    interface Iteration {
        boolean improve(int[] labels);

        /** The modularity at the search's resolution of {@code labels}, as {@link #improve} just left them. */
        double quality(int[] labels);
    }

    private final CompactGraph graph;
    private final double resolution;
    private final int iterations;
    private final int randomStarts;
    private final long seed;
    private Communities communities;
    private double quality;

    CommunitySearch(CompactGraph graph, double resolution, int iterations, int randomStarts, long seed) {
        if (graph == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be positive and finite, was " + resolution);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
        if (randomStarts < 1) {
            throw new IllegalArgumentException("random starts must be at least 1, was " + randomStarts);
        }
        this.graph = graph.asUndirected();
        this.resolution = resolution;
        this.iterations = iterations;
        this.randomStarts = randomStarts;
        this.seed = seed;
    }

    /**
     * The iteration on {@code undirected} for modularity at {@code resolution} γ, that is the
     * constant Potts model at {@code cpmResolution} (γ/2m) with node weights the strengths, drawing
     * from {@code random}.
     */
    abstract Iteration iteration(CompactGraph undirected, double resolution, double cpmResolution, Random random);

    @Override
    public synchronized Communities communities() {
        if (communities == null) {
            int[] labels = search();
            quality = Modularity.of(graph, labels, resolution);
            communities = new Communities(labels, Modularity.of(graph, labels));
        }
        return communities;
    }

    /** Modularity at the resolution γ of the partition found: the quantity the search maximised. */
    public synchronized double quality() {
        communities();
        return quality;
    }

    /** The best partition of the starts ({@link #startsFor}); each node without edges alone. */
    private int[] search() {
        double m = totalEdgeWeight(graph);
        if (m == 0) {
            return isolatedNodesAlone(graph, new int[graph.nodeCount()]);
        }
        int starts = startsFor(graph.edgeCount(), randomStarts);
        boolean large = startsFor(graph.edgeCount(), Integer.MAX_VALUE) == 1;
        double tolerance = large ? SINGLE_START_QUALITY_TOLERANCE : QUALITY_TOLERANCE;
        Iteration iteration = iteration(graph, resolution, resolution / (2 * m), new Random(seed));
        int[] best = null;
        double bestQuality = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < starts; start++) {
            int[] labels = new int[graph.nodeCount()];
            for (int v = 0; v < labels.length; v++) {
                labels[v] = v;
            }
            double quality = Modularity.of(graph, labels, resolution);
            for (int round = 0; round < iterations; round++) {
                boolean changed = iteration.improve(labels);
                double improved = iteration.quality(labels);
                boolean stable = !changed || improved - quality <= tolerance * Math.abs(improved);
                quality = improved;
                if (stable) {
                    break;
                }
            }
            if (best == null || quality > bestQuality) {
                best = labels;
                bestQuality = quality;
            }
        }
        return isolatedNodesAlone(graph, best);
    }

    /** Total edge weight m of an undirected graph, each edge counted once. */
    static double totalEdgeWeight(CompactGraph undirected) {
        double twice = 0;
        for (int i = 0; i < undirected.edgeSlots(); i++) {
            twice += undirected.weightAt(i);
        }
        return twice / 2;
    }

    /**
     * How many starts a graph of {@code edges} edges gets, at most {@code randomStarts}: as many as
     * keep starts × edges within {@link #EDGES_PER_SEARCH}, and at least one. Small graphs, where a
     * start costs little and the partition varies from start to start, get every start; a graph of
     * a million edges gets one, which its size makes stable.
     */
    static int startsFor(long edges, int randomStarts) {
        long affordable = Math.max(1, EDGES_PER_SEARCH / Math.max(1, edges));
        return (int) Math.min(randomStarts, affordable);
    }

    /** Each node without edges in a community of its own, whatever the iterations did with it. */
    static int[] isolatedNodesAlone(CompactGraph graph, int[] labels) {
        int[] result = labels.clone();
        int next = 0;
        for (int label : labels) {
            next = Math.max(next, label + 1);
        }
        for (int v = 0; v < graph.nodeCount(); v++) {
            if (graph.degree(v) == 0) {
                result[v] = next++;
            }
        }
        return result;
    }
}
