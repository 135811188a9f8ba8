package org.scholargraph.analysis.community;

import org.scholargraph.graph.CompactGraph;

/**
 * Newman–Girvan modularity of a partition (M. E. J. Newman and M. Girvan 2004, "Finding and
 * evaluating community structure in networks", Phys. Rev. E 69; weighted as M. E. J. Newman 2004,
 * "Analysis of weighted networks", Phys. Rev. E 70; resolution γ as J. Reichardt and
 * S. Bornholdt 2006), the same number as igraph's {@code modularity(membership, weights,
 * resolution)} and networkx's {@code community.modularity}:
 *
 * <pre>
 *   undirected:  Q = Σ_c [ W_c / m − γ (K_c / 2m)² ]
 *   directed:    Q = Σ_c [ W_c / m − γ K_c^out K_c^in / m² ]
 * </pre>
 *
 * where m is the total edge weight (each undirected edge once), W_c the weight of the edges inside
 * community c, and K_c the sum of the strengths (out-, in-strengths) of its nodes. O(n + m).
 *
 * <p>A graph without edges has modularity 0 here (igraph answers NaN), so that it can be written to
 * JSON and CSV.
 */
public final class Modularity {

    public static final double RESOLUTION_DEFAULT = 1.0;

    private Modularity() {
    }

    /** Modularity at resolution 1 of {@code membership} (community labels ≥ 0, one per node). */
    public static double of(CompactGraph graph, int[] membership) {
        return of(graph, membership, RESOLUTION_DEFAULT);
    }

    /**
     * Modularity at resolution {@code resolution} (≥ 0, finite) of {@code membership}.
     *
     * @throws IllegalArgumentException when the membership does not have one label ≥ 0 per node
     */
    public static double of(CompactGraph graph, int[] membership, double resolution) {
        if (graph == null || membership == null) {
            throw new IllegalArgumentException("graph and membership must not be null");
        }
        int n = graph.nodeCount();
        if (membership.length != n) {
            throw new IllegalArgumentException(
                    "membership has " + membership.length + " labels for a graph of " + n + " nodes");
        }
        if (!(resolution >= 0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("resolution must be non-negative and finite, was " + resolution);
        }
        int communities = 0;
        for (int v = 0; v < n; v++) {
            if (membership[v] < 0) {
                throw new IllegalArgumentException("node " + v + " has the negative label " + membership[v]);
            }
            communities = Math.max(communities, membership[v] + 1);
        }
        double[] inside = new double[communities];
        double[] outStrength = new double[communities];
        double[] inStrength = new double[communities];
        double total = 0;
        for (int u = 0; u < n; u++) {
            int c = membership[u];
            for (int i = graph.edgeStart(u); i < graph.edgeEnd(u); i++) {
                double w = graph.weightAt(i);
                int d = membership[graph.neighborAt(i)];
                total += w;
                outStrength[c] += w;
                inStrength[d] += w;
                if (d == c) {
                    inside[c] += w;
                }
            }
        }
        if (total == 0) {
            return 0.0;
        }
        // Undirected rows hold every edge twice: total is 2m, inside is 2·W_c, strengths are K_c.
        // Directed rows hold it once: total is m, inside is W_c. Both reduce to the same sum.
        double q = 0;
        for (int c = 0; c < communities; c++) {
            q += inside[c] / total - resolution * (outStrength[c] / total) * (inStrength[c] / total);
        }
        return q;
    }
}
