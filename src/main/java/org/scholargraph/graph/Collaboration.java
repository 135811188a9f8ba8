package org.scholargraph.graph;

import java.util.List;

/**
 * One coauthorship edge: two authors and the papers they wrote together.
 *
 * @param source the author with the smaller index
 * @param target the author with the larger index
 * @param jointPapers how many papers they share
 * @param fractional Newman's weight: each shared paper with n authors adds 1/(n−1)
 * @param firstYear year of their first joint paper, 0 when no joint paper has a year
 * @param lastYear year of their latest joint paper, 0 when no joint paper has a year
 * @param papers indices of the joint papers, ascending
 */
public record Collaboration(int source, int target, int jointPapers, double fractional, int firstYear,
        int lastYear, List<Integer> papers) {

    public Collaboration {
        if (source >= target) {
            throw new IllegalArgumentException("source must be below target: " + source + ", " + target);
        }
        papers = List.copyOf(papers);
        if (jointPapers != papers.size()) {
            throw new IllegalArgumentException("joint papers " + jointPapers + " but " + papers.size() + " paper ids");
        }
    }
}
