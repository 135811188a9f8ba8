package org.scholargraph.analysis.community;

import java.util.Random;
import org.scholargraph.graph.CompactGraph;

/**
 * Communities by the Leiden algorithm (V. A. Traag, L. Waltman and N. J. van Eck 2019, "From
 * Louvain to Leiden: guaranteeing well-connected communities", Sci. Rep. 9:5233), maximising
 * weighted modularity at resolution γ, run by {@link LeidenPass} on the graph's arrays.
 *
 * <p>A directed graph is taken as undirected, weights of opposite edges added
 * ({@link CompactGraph#asUndirected()}). The search starts from singletons up to
 * {@code randomStarts} times (fewer on large graphs), each start iterating Leiden with randomness
 * {@value #RANDOMNESS} until the modularity stops rising, at most {@code iterations} times, all
 * drawing from one {@code java.util.Random(seed)}, and keeps the partition of highest modularity:
 * the same seed gives the same partition. Each node without edges is a community of its own. One
 * iteration takes about O(m) time in practice.
 *
 * <p>{@link #communities()} reports the modularity at resolution 1 (what igraph's
 * {@code modularity(membership, weights)} says of the partition), {@link #quality()} the
 * modularity at γ that the search maximised.
 */
public final class LeidenCommunityDetection extends CommunitySearch {

    /** Resolution γ = 1: classic modularity. */
    public static final double RESOLUTION_DEFAULT = 1.0;
    /** Most iterations per start; a start stops earlier when the modularity stops rising. */
    public static final int ITERATIONS_DEFAULT = 50;
    /** Most independent starts, the best kept; a large graph gets fewer. */
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
     * @param iterations most Leiden iterations per start, at least 1
     * @param randomStarts most independent starts, at least 1; the best partition is kept
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
    Iteration iteration(CompactGraph undirected, double resolution, double cpmResolution, Random random) {
        LeidenPass pass = new LeidenPass(undirected, cpmResolution, RANDOMNESS, random);
        return new Iteration() {
            @Override
            public boolean improve(int[] labels) {
                return pass.improve(labels);
            }

            @Override
            public double quality(int[] labels) {
                return pass.quality(); // read off the last level, without another pass over the edges
            }
        };
    }
}
