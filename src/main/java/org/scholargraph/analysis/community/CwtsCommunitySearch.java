package org.scholargraph.analysis.community;

import java.util.Random;
import nl.cwts.networkanalysis.IterativeCPMClusteringAlgorithm;
import org.scholargraph.graph.CompactGraph;

/**
 * What the CWTS-backed community searches share: their parameters and checks, the seeded search
 * over random starts ({@link CwtsNetworks#search}), and the partition and qualities, computed
 * once. A subclass names its CWTS algorithm.
 */
abstract class CwtsCommunitySearch implements CommunityDetection {

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

    /** The CWTS algorithm for CPM resolution {@code cpmResolution} (γ/2m), drawing from {@code random}. */
    abstract IterativeCPMClusteringAlgorithm algorithm(double cpmResolution, int iterations, Random random);

    @Override
    public synchronized Communities communities() {
        if (communities == null) {
            Random random = new Random(seed);
            int[] labels = CwtsNetworks.search(graph, resolution, randomStarts,
                    cpmResolution -> algorithm(cpmResolution, iterations, random));
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
