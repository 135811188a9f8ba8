package org.scholargraph.api;

import java.util.List;

/**
 * One coauthor pair, as a row of {@code coauthorships.csv}: {@code sg.coauthorships().where(c -> c.jointPapers() > 1)}.
 *
 * @param sourceId id of the author with the smaller index
 * @param targetId id of the other author
 * @param sourceName name of the source author
 * @param targetName name of the target author
 * @param jointPapers papers they share
 * @param fractional Newman's weight: each shared paper with n authors adds 1/(n−1)
 * @param weight the edge weight under full counting, equal to {@code jointPapers}
 * @param firstYear year of their first joint paper, 0 when unknown
 * @param lastYear year of their latest joint paper, 0 when unknown
 * @param paperIds ids of the joint papers
 */
public record CoauthorshipRow(String sourceId, String targetId, String sourceName, String targetName,
        int jointPapers, double fractional, double weight, int firstYear, int lastYear, List<String> paperIds) {

    /** Copies the paper ids, so that a row never changes. */
    public CoauthorshipRow {
        paperIds = List.copyOf(paperIds);
    }
}
