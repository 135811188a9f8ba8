package org.scholargraph.analysis.community;

import java.util.function.DoubleFunction;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.IterativeCPMClusteringAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.scholargraph.graph.CompactGraph;

/**
 * The thin adapter between our graphs and CWTS networkanalysis 1.3.0 (V. A. Traag, L. Waltman and
 * N. J. van Eck 2019, "From Louvain to Leiden: guaranteeing well-connected communities", Sci. Rep. 9).
 *
 * <p>Modularity in CWTS terms is the constant Potts model with node weights equal to the node
 * strengths and resolution {@code γ / 2m}: CWTS's quality {@code (Σ_c 2W_c − γ/(2m) Σ_c K_c²) / 2m}
 * is then exactly the modularity at resolution γ.
 */
final class CwtsNetworks {

    private CwtsNetworks() {
    }

    /**
     * The CWTS network of an undirected graph. Its array constructor takes the compressed rows as
     * ours hold them: every edge in both rows, neighbours ascending (checked by its integrity check).
     */
    static Network network(CompactGraph undirected) {
        if (undirected.isDirected()) {
            throw new IllegalArgumentException("CWTS networks are undirected; pass graph.asUndirected()");
        }
        int n = undirected.nodeCount();
        double[] strengths = new double[n];
        long[] first = new long[n + 1];
        for (int v = 0; v < n; v++) {
            strengths[v] = undirected.strength(v);
            first[v + 1] = undirected.edgeEnd(v);
        }
        int slots = undirected.edgeSlots();
        int[] neighbors = new int[slots];
        double[] weights = new double[slots];
        for (int i = 0; i < slots; i++) {
            neighbors[i] = undirected.neighborAt(i);
            weights[i] = undirected.weightAt(i);
        }
        return new Network(strengths, first, new LargeIntArray(neighbors), new LargeDoubleArray(weights), true);
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
     * keep starts × edges within {@link CwtsCommunitySearch#EDGES_PER_SEARCH}, and at least one.
     * Small graphs, where a start costs little and the partition varies from start to start, get
     * every start; a graph of a million edges gets one, which its size makes stable.
     */
    static int startsFor(long edges, int randomStarts) {
        long affordable = Math.max(1, CwtsCommunitySearch.EDGES_PER_SEARCH / Math.max(1, edges));
        return (int) Math.min(randomStarts, affordable);
    }

    /**
     * Improves a singleton clustering {@code starts} times from independent states of one random
     * number generator (the CWTS command line does the same) and keeps the first clustering of the
     * highest quality. Each start iterates until an iteration changes nothing or raises the
     * quality by at most {@code tolerance} of it, or {@code maxIterations} iterations have run.
     *
     * @param oneIteration the algorithm set to one iteration per {@code improveClustering} call
     */
    static int[] bestOfStarts(Network network, IterativeCPMClusteringAlgorithm oneIteration, int starts,
            int maxIterations, double tolerance) {
        Clustering best = null;
        double bestQuality = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < starts; start++) {
            Clustering clustering = new Clustering(network.getNNodes());
            double quality = oneIteration.calcQuality(network, clustering);
            for (int iteration = 0; iteration < maxIterations; iteration++) {
                boolean changed = oneIteration.improveClustering(network, clustering);
                double improved = oneIteration.calcQuality(network, clustering);
                boolean stable = !changed
                        || improved - quality <= tolerance * Math.abs(improved);
                quality = improved;
                if (stable) {
                    break;
                }
            }
            if (best == null || quality > bestQuality) {
                best = clustering;
                bestQuality = quality;
            }
        }
        return best.getClusters();
    }

    /** Each node without edges in a community of its own, whatever the algorithm did with it. */
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

    /**
     * The best partition {@code algorithm} finds on an undirected graph, for modularity at
     * {@code resolution}, in at most {@code randomStarts} starts ({@link #startsFor}) of at most
     * {@code maxIterations} iterations each; each node without edges alone.
     *
     * @param algorithm makes the CWTS algorithm, set to one iteration, for a given CPM resolution γ/2m
     */
    static int[] search(CompactGraph undirected, double resolution, int randomStarts, int maxIterations,
            DoubleFunction<IterativeCPMClusteringAlgorithm> algorithm) {
        double m = totalEdgeWeight(undirected);
        if (m == 0) {
            return isolatedNodesAlone(undirected, new int[undirected.nodeCount()]);
        }
        int starts = startsFor(undirected.edgeCount(), randomStarts);
        boolean large = startsFor(undirected.edgeCount(), Integer.MAX_VALUE) == 1;
        double tolerance = large ? CwtsCommunitySearch.SINGLE_START_QUALITY_TOLERANCE
                : CwtsCommunitySearch.QUALITY_TOLERANCE;
        int[] best = bestOfStarts(network(undirected), algorithm.apply(resolution / (2 * m)), starts, maxIterations,
                tolerance);
        return isolatedNodesAlone(undirected, best);
    }
}
