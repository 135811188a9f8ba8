package org.scholargraph.analysis.community;

import java.util.Random;
import nl.cwts.networkanalysis.IterativeCPMClusteringAlgorithm;
import org.scholargraph.graph.CompactGraph;

/**
 * What the CWTS-backed community searches share: their parameters and checks, the seeded search
 * over random starts ({@link CwtsNetworks#search}), and the partition and qualities, computed
 * once. A subclass names its CWTS algorithm.
 *
 * <p>How much searching a graph gets: a graph of m edges gets
 * {@code min(randomStarts, max(1, }{@value #EDGES_PER_SEARCH}{@code  / m))} starts, and each start
 * iterates until the quality stops rising (an iteration that changes nothing, or gains at most
 * {@value #QUALITY_TOLERANCE} of the quality; {@value #SINGLE_START_QUALITY_TOLERANCE} on a graph
 * large enough for one start), at most {@code iterations} times. Measured against ten starts of
 * ten iterations each, and against iterating the single start of a large graph to
 * {@value #QUALITY_TOLERANCE}, on the synthetic corpora of {@code bench/} in {@code bench/RESULTS.md}.
 */
abstract class CwtsCommunitySearch implements CommunityDetection {

    /** Relative quality gain below which a start stops iterating. */
    static final double QUALITY_TOLERANCE = 1e-7;

    /**
     * Relative quality gain below which the one start of a large graph stops: there the last
     * iterations cost as much as the first and gain a few parts in ten thousand in all.
     */
    static final double SINGLE_START_QUALITY_TOLERANCE = 1e-4;

    /** Starts × edges that a graph's search may spend before it gets fewer starts (at least one). */
    static final long EDGES_PER_SEARCH = 500_000;

    private final CompactGraph graph;
    private final double resolution;
    private final int iterations;
    private final int randomStarts;
    private final long seed;
    private Communities communities;
    private double quality;

    CwtsCommunitySearch(CompactGraph graph, double resolution, int iterations, int randomStarts, long seed) {
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
     * The CWTS algorithm for CPM resolution {@code cpmResolution} (γ/2m), one iteration per
     * {@code improveClustering} call, drawing from {@code random}.
     */
    abstract IterativeCPMClusteringAlgorithm oneIteration(double cpmResolution, Random random);

    @Override
    public synchronized Communities communities() {
        if (communities == null) {
            Random random = new Random(seed);
            int[] labels = CwtsNetworks.search(graph, resolution, randomStarts, iterations,
                    cpmResolution -> oneIteration(cpmResolution, random));
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
}
