package org.scholargraph.api;

/**
 * The network in one year, as a row of {@code timeline_years.csv}: {@code sg.timelineYears()}.
 *
 * @param year the calendar year
 * @param papers papers published that year
 * @param activeAuthors authors with a paper that year
 * @param newAuthors authors whose first paper is from that year
 * @param collaborations coauthor pairs with a joint paper that year
 * @param newCollaborations pairs whose first joint paper is from that year
 * @param cumulativeAuthors authors with a paper that year or before
 * @param largestComponentShare share of those authors in the largest connected component up to that year
 */
public record YearRow(int year, int papers, int activeAuthors, int newAuthors, int collaborations,
        int newCollaborations, int cumulativeAuthors, double largestComponentShare) {
}
