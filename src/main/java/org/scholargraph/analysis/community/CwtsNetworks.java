package org.scholargraph.analysis.community;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.IterativeCPMClusteringAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.scholargraph.graph.CompactGraph;

/**
 * The thin adapter between our graphs and CWTS networkanalysis 1.3.0, which runs Louvain for
 * {@link LouvainCommunityDetection}.
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

    /**
     * One iteration of a CWTS algorithm (set to one iteration per {@code improveClustering} call)
     * on the network of {@code undirected}, built once, as a {@link CommunitySearch.Iteration} whose
     * quality is the modularity at {@code resolution}.
     */
    static CommunitySearch.Iteration iteration(CompactGraph undirected, double resolution,
            IterativeCPMClusteringAlgorithm algorithm) {
        Network network = network(undirected);
        return new CommunitySearch.Iteration() {
            @Override
            public boolean improve(int[] labels) {
                Clustering clustering = new Clustering(labels);
                boolean changed = algorithm.improveClustering(network, clustering);
                System.arraycopy(clustering.getClusters(), 0, labels, 0, labels.length);
                return changed;
            }

            @Override
            public double quality(int[] labels) {
                return Modularity.of(undirected, labels, resolution);
            }
        };
    }
}
