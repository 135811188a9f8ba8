package org.scholargraph.analysis.community;

import java.util.Random;
import nl.cwts.networkanalysis.IterativeCPMClusteringAlgorithm;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import org.scholargraph.graph.CompactGraph;

/**
 * Communities by the Leiden algorithm (V. A. Traag, L. Waltman and N. J. van Eck 2019, "From
 * Louvain to Leiden: guaranteeing well-connected communities", Sci. Rep. 9:5233), maximising
 * weighted modularity at resolution γ, run by the CWTS networkanalysis library.
 *
 * <p>A directed graph is taken as undirected, weights of opposite edges added
 * ({@link CompactGraph#asUndirected()}). The search runs {@code randomStarts} times from
 * singletons, each for {@code iterations} Leiden iterations with randomness
 * {@value #RANDOMNESS}, all drawing from one {@code java.util.Random(seed)}, and keeps the
 * partition of highest modularity: the same seed gives the same partition. Each node without
 * edges is a community of its own. One iteration takes about O(m) time in practice.
 *
 * <p>{@link #communities()} reports the modularity at resolution 1 (what igraph's
 * {@code modularity(membership, weights)} says of the partition), {@link #quality()} the
 * modularity at γ that the search maximised.
 */
public final class LeidenCommunityDetection extends CwtsCommunitySearch {

    /** Resolution γ = 1: classic modularity. */
    public static final double RESOLUTION_DEFAULT = 1.0;
    /** Iterations per start: the CWTS command line's 10, not its algorithm class's 1. */
    public static final int ITERATIONS_DEFAULT = 10;
    /** Independent starts, the best kept. */
    public static final int RANDOM_STARTS_DEFAULT = 10;
    /** Seed of the random number generator all starts draw from. */
    public static final long SEED_DEFAULT = 42L;
    /** The randomness of the refinement phase, the CWTS and leidenalg default. */
    public static final double RANDOMNESS = 0.01;

    /** Leiden with the default resolution, iterations, random starts and seed. */
    public LeidenCommunityDetection(CompactGraph graph) {
        this(graph, RESOLUTION_DEFAULT, ITERATIONS_DEFAULT, RANDOM_STARTS_DEFAULT, SEED_DEFAULT);
    }

    /**
     * Leiden with every parameter.
     *
     * @param resolution γ, positive and finite; larger gives more, smaller communities
     * @param iterations Leiden iterations per start, at least 1
     * @param randomStarts independent starts, at least 1; the best partition is kept
     * @param seed seed of the random number generator
     */
    public LeidenCommunityDetection(CompactGraph graph, double resolution, int iterations, int randomStarts,
            long seed) {
        super(graph, resolution, iterations, randomStarts, seed);
    }

    @Override
    public String name() {
        return "leiden";
    }

    @Override
    IterativeCPMClusteringAlgorithm algorithm(double cpmResolution, int iterations, Random random) {
        return new LeidenAlgorithm(cpmResolution, iterations, RANDOMNESS, random);
    }
}
