package org.scholargraph.api;

/**
 * One author in one year, as a row of {@code timeline_authors.csv}:
 * {@code sg.timelineAuthors().where(r -> r.name().equals("Mark Newman"))}.
 *
 * @param authorId the author's id
 * @param name the author's name
 * @param year the calendar year
 * @param papers the author's papers that year
 * @param coauthors distinct coauthors on those papers
 * @param newCoauthors those coauthors never met on an earlier paper
 * @param citations in-corpus citations received that year
 */
public record AuthorYearRow(String authorId, String name, int year, int papers, int coauthors, int newCoauthors,
        int citations) {
}
