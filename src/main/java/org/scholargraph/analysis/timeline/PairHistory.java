package org.scholargraph.analysis.timeline;

/**
 * The history of one coauthor pair: a row of {@code timeline_pairs.csv}.
 *
 * @param source author index, the smaller
 * @param target author index, the larger
 * @param firstYear year of their first joint paper (0 when none has a year)
 * @param lastYear year of their latest joint paper (0 when none has a year)
 * @param jointPapers papers they share
 * @param activeYears distinct years in which they published together
 */
public record PairHistory(int source, int target, int firstYear, int lastYear, int jointPapers, int activeYears) {
}
