package org.scholargraph.api;

/**
 * The history of one coauthor pair, as a row of {@code timeline_pairs.csv}: {@code sg.timelinePairs()}.
 *
 * @param sourceId id of the author with the smaller index
 * @param targetId id of the other author
 * @param sourceName name of the source author
 * @param targetName name of the target author
 * @param firstYear year of their first joint paper, 0 when unknown
 * @param lastYear year of their latest joint paper, 0 when unknown
 * @param jointPapers papers they share
 * @param activeYears distinct years in which they published together
 */
public record PairHistoryRow(String sourceId, String targetId, String sourceName, String targetName,
        int firstYear, int lastYear, int jointPapers, int activeYears) {
}
