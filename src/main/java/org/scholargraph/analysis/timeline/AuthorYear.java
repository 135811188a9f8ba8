package org.scholargraph.analysis.timeline;

/**
 * One author in one year they published: a row of {@code timeline_authors.csv}.
 *
 * @param author index of the author
 * @param year the calendar year
 * @param papers the author's papers that year
 * @param coauthors distinct coauthors on those papers
 * @param newCoauthors those coauthors never met on an earlier paper
 * @param citations in-corpus citations received that year (from citing papers of that year); a year
 *     with citations but no paper of the author has a row with 0 papers
 */
public record AuthorYear(int author, int year, int papers, int coauthors, int newCoauthors, int citations) {
}
