package org.scholargraph.analysis;

import java.util.List;

/**
 * One community of one graph: a row of {@code communities.csv}.
 *
 * @param graph which graph: {@code coauthorship}, {@code citation}, {@code topics} or {@code keywords}
 * @param community community number in that graph, 0 for the largest
 * @param size members
 * @param label a short human label: the keywords most over-represented in the community against the
 *     rest of the graph ({@link DistinctiveTerms}), joined by "; " (keywords may hold commas: "Aged, 80 and over")
 * @param topMembers names or titles of its most central members, most central first
 * @param modularity modularity of the whole partition of that graph
 * @param labelScores the log-likelihood ratio of each label term, in the label's order
 */
public record CommunitySummary(String graph, int community, int size, String label, List<String> topMembers,
        double modularity, List<Double> labelScores) {

    public CommunitySummary {
        topMembers = List.copyOf(topMembers);
        labelScores = List.copyOf(labelScores);
    }

    /** A summary whose label has no scores. */
    public CommunitySummary(String graph, int community, int size, String label, List<String> topMembers,
            double modularity) {
        this(graph, community, size, label, topMembers, modularity, List.of());
    }
}
