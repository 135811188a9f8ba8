package org.scholargraph.analysis.community;

import java.util.Random;
import nl.cwts.networkanalysis.LouvainAlgorithm;
import org.scholargraph.graph.CompactGraph;

/**
 * Communities by the Louvain algorithm (V. D. Blondel, J.-L. Guillaume, R. Lambiotte and
 * E. Lefebvre 2008, "Fast unfolding of communities in large networks", J. Stat. Mech. P10008),
 * maximising weighted modularity at resolution γ, run by the CWTS networkanalysis library.
 *
 * <p>For comparison with older studies: {@link LeidenCommunityDetection} finds partitions at least
 * as good and guarantees connected communities, which Louvain does not (Traag, Waltman and
 * van Eck 2019). Same conventions: a directed graph is taken as undirected; at most
 * {@code randomStarts} runs of at most {@code iterations} iterations each, stopping when the
 * modularity stops rising, drawing from one {@code java.util.Random(seed)}, the best kept; each
 * node without edges alone; {@link #communities()} reports modularity at resolution 1,
 * {@link #quality()} at γ.
 */
public final class LouvainCommunityDetection extends CommunitySearch {

    /** The defaults of {@link LeidenCommunityDetection}, so that the two compare on equal terms. */
    public static final double RESOLUTION_DEFAULT = LeidenCommunityDetection.RESOLUTION_DEFAULT;
    public static final int ITERATIONS_DEFAULT = LeidenCommunityDetection.ITERATIONS_DEFAULT;
    public static final int RANDOM_STARTS_DEFAULT = LeidenCommunityDetection.RANDOM_STARTS_DEFAULT;
    public static final long SEED_DEFAULT = LeidenCommunityDetection.SEED_DEFAULT;

    /** Louvain with the default resolution, iterations, random starts and seed (those of Leiden). */
    public LouvainCommunityDetection(CompactGraph graph) {
        this(graph, RESOLUTION_DEFAULT, ITERATIONS_DEFAULT, RANDOM_STARTS_DEFAULT, SEED_DEFAULT);
    }

    /**
     * Louvain with every parameter.
     *
     * @param resolution γ, positive and finite; larger gives more, smaller communities
     * @param iterations most Louvain iterations per start, at least 1
     * @param randomStarts most independent starts, at least 1; the best partition is kept
     * @param seed seed of the random number generator
     */
    public LouvainCommunityDetection(CompactGraph graph, double resolution, int iterations, int randomStarts,
            long seed) {
        super(graph, resolution, iterations, randomStarts, seed);
    }

    @Override
    public String name() {
        return "louvain";
    }

    @Override
    Iteration iteration(CompactGraph undirected, double resolution, double cpmResolution, Random random) {
        return CwtsNetworks.iteration(undirected, resolution, new LouvainAlgorithm(cpmResolution, 1, random));
    }
}
