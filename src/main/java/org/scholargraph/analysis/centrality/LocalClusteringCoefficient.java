package org.scholargraph.analysis.centrality;

import java.util.Arrays;
import org.scholargraph.graph.CompactGraph;

/**
 * Local clustering coefficient (D. J. Watts and S. H. Strogatz 1998, "Collective dynamics of
 * 'small-world' networks", Nature 393): the share of the pairs of a node's neighbours that are
 * neighbours themselves, {@code 2·t(v) / (k(v)·(k(v) − 1))} with {@code t(v)} the triangles through
 * {@code v} and {@code k(v)} its degree. Unweighted: an edge counts whatever its weight. Among
 * coauthors, how many also wrote with each other.
 *
 * <p>A node with fewer than two neighbours has no pair to close and scores 0, as in networkx's
 * {@code clustering()} and igraph's {@code transitivity_local_undirected(mode="zero")}; igraph's
 * default ({@code mode="nan"}) gives NaN there. 0 keeps the column numeric for spreadsheets and
 * sorting; whether a 0 means "no triangle" or "no pair" is the degree column's to say.
 *
 * <p>Triangles are counted once each by the forward algorithm (T. Schank and D. Wagner 2005,
 * "Finding, counting and listing all triangles in large graphs", WEA 2005): every edge is directed
 * from the lower to the higher node in the order of degree (ties by index), and a triangle is found
 * from its lowest node by intersecting out-lists. O(m^1.5) time, O(n + m) memory; integer counts, so
 * the result is exact and independent of everything but the graph.
 */
public final class LocalClusteringCoefficient extends CachedNodeScoring {

    private final CompactGraph graph;

    /**
     * Local clustering of an undirected graph.
     *
     * @param graph an undirected graph; take {@link CompactGraph#asUndirected()} of a directed one
     */
    public LocalClusteringCoefficient(CompactGraph graph) {
        if (graph == null) {
            throw new IllegalArgumentException("graph must not be null");
        }
        if (graph.isDirected()) {
            throw new IllegalArgumentException(
                    "local clustering is defined here for undirected graphs; pass graph.asUndirected()");
        }
        this.graph = graph;
    }

    @Override
    public String name() {
        return "clustering";
    }

    /** Triangles through each node; a fresh array. */
    public long[] triangles() {
        int n = graph.nodeCount();
        // Out-lists of the edges directed up the order (degree, index), as compressed rows.
        int[] first = new int[n + 1];
        for (int v = 0; v < n; v++) {
            for (int i = graph.edgeStart(v); i < graph.edgeEnd(v); i++) {
                if (precedes(v, graph.neighborAt(i))) {
                    first[v + 1]++;
                }
            }
        }
        for (int v = 0; v < n; v++) {
            first[v + 1] += first[v];
        }
        int[] higher = new int[first[n]];
        for (int v = 0; v < n; v++) {
            int at = first[v];
            for (int i = graph.edgeStart(v); i < graph.edgeEnd(v); i++) {
                int u = graph.neighborAt(i);
                if (precedes(v, u)) {
                    higher[at++] = u;
                }
            }
        }
        long[] triangles = new long[n];
        int[] markedBy = new int[n];
        Arrays.fill(markedBy, -1);
        for (int v = 0; v < n; v++) {
            for (int i = first[v]; i < first[v + 1]; i++) {
                markedBy[higher[i]] = v;
            }
            for (int i = first[v]; i < first[v + 1]; i++) {
                int u = higher[i];
                for (int j = first[u]; j < first[u + 1]; j++) {
                    int w = higher[j];
                    if (markedBy[w] == v) {
                        triangles[v]++;
                        triangles[u]++;
                        triangles[w]++;
                    }
                }
            }
        }
        return triangles;
    }

    @Override
    double[] computeScores() {
        long[] triangles = triangles();
        double[] scores = new double[triangles.length];
        for (int v = 0; v < scores.length; v++) {
            long k = graph.degree(v);
            scores[v] = k < 2 ? 0.0 : 2.0 * triangles[v] / (k * (k - 1));
        }
        return scores;
    }

    /** Whether {@code v} comes before {@code u} in the order of degree, ties by index. */
    private boolean precedes(int v, int u) {
        int dv = graph.degree(v);
        int du = graph.degree(u);
        return dv < du || dv == du && v < u;
    }
}
