package org.scholargraph.api;

/**
 * One keyword, as a row of {@code keywords.csv}: {@code sg.keywords().sortedBy(comparing(KeywordRow::papers).reversed())}.
 *
 * @param keyword the normalised keyword
 * @param papers papers carrying it
 * @param firstYear earliest year of such a paper, 0 when unknown
 * @param lastYear latest year of such a paper, 0 when unknown
 * @param community Leiden community in the keyword co-occurrence network, 0 for the largest, -1 when none
 */
public record KeywordRow(String keyword, int papers, int firstYear, int lastYear, int community) {
}
