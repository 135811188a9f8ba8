package org.scholargraph.analysis.timeline;

/**
 * The network in one year: a row of {@code timeline_years.csv}. Every year from the first to the
 * last has a row; in a year without papers the counts of that year are 0 and the cumulative
 * values carry over from the year before.
 *
 * @param year the calendar year
 * @param papers papers published that year
 * @param activeAuthors authors with a paper that year
 * @param newAuthors authors whose first paper is from that year
 * @param collaborations coauthor pairs with a joint paper that year
 * @param newCollaborations pairs whose first joint paper is from that year
 * @param cumulativeAuthors authors with a paper that year or before
 * @param largestComponentShare share of the cumulative authors in the largest connected component
 *     of the coauthorship network built from papers up to that year
 */
public record YearActivity(int year, int papers, int activeAuthors, int newAuthors, int collaborations,
        int newCollaborations, int cumulativeAuthors, double largestComponentShare) {
}
