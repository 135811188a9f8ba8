package org.scholargraph.graph;

import java.util.List;

/**
 * Two papers linked by the keywords they share.
 *
 * @param source the paper with the smaller index
 * @param target the paper with the larger index
 * @param weight the idf of the keywords they share, summed ({@link TopicNetwork}; keywords too common
 *     to mean anything left out)
 * @param sharedKeywords the shared keywords, sorted
 * @param firstYear the earlier of the two papers' years, 0 when neither has one
 * @param lastYear the later of the two papers' years, 0 when neither has one
 */
public record TopicLink(int source, int target, double weight, List<String> sharedKeywords, int firstYear,
        int lastYear) {

    public TopicLink {
        sharedKeywords = List.copyOf(sharedKeywords);
    }
}
