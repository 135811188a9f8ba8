package org.scholargraph.api;

import java.util.List;

/**
 * One community of one graph, as a row of {@code communities.csv} plus every member's id:
 * {@code sg.communities().get(0).members()}.
 *
 * @param graph {@code coauthorship}, {@code citation}, {@code topics} or {@code keywords}
 * @param community number of the community in that graph, 0 for the largest
 * @param size members
 * @param label its most distinctive keywords (log-likelihood ratio against the rest of the graph)
 * @param topMembers names or titles of its most central members, most central first
 * @param modularity modularity of the whole partition of that graph
 * @param labelScores the log-likelihood ratio of each label keyword, in the label's order
 * @param members ids of all members (author or paper ids, or keywords), in corpus order
 */
public record CommunityRow(String graph, int community, int size, String label, List<String> topMembers,
        double modularity, List<Double> labelScores, List<String> members) {

    /** Copies the lists, so that a row never changes. */
    public CommunityRow {
        topMembers = List.copyOf(topMembers);
        labelScores = List.copyOf(labelScores);
        members = List.copyOf(members);
    }
}
