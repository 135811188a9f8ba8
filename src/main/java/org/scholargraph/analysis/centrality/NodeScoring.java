package org.scholargraph.analysis.centrality;

/**
 * A measure that gives every node of a graph one number, so that callers can swap one measure
 * for another: {@code NodeScoring measure = new WeightedPageRank(graph); measure.scores()}.
 * Implementations compute on first use and cache the result.
 */
public interface NodeScoring {

    /** The score of every node, indexed like the graph's nodes; a fresh copy on each call. */
    double[] scores();

    /** The score of node {@code v}. */
    default double score(int v) {
        return scores()[v];
    }

    /** The short lower-case name of the measure, as a column header would use it ({@code "pagerank"}). */
    String name();
}
