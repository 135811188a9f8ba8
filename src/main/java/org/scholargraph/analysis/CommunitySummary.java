package org.scholargraph.analysis;

import java.util.List;

/**
 * One community of one graph: a row of {@code communities.csv}.
 *
 * @param graph which graph: {@code coauthorship}, {@code citation}, {@code topics} or {@code keywords}
 * @param community community number in that graph, 0 for the largest
 * @param size members
 * @param label a short human label: the community's most frequent keywords
 * @param topMembers names or titles of its most central members, most central first
 * @param modularity modularity of the whole partition of that graph
 */
public record CommunitySummary(String graph, int community, int size, String label, List<String> topMembers,
        double modularity) {

    public CommunitySummary {
        topMembers = List.copyOf(topMembers);
    }
}
