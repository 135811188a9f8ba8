package org.scholargraph.api;

import java.util.List;

/**
 * One keyword, as a row of {@code keywords.csv}: {@code sg.keywords().sortedBy(comparing(KeywordRow::papers).reversed())}.
 *
 * @param keyword the normalised keyword
 * @param papers papers carrying it
 * @param firstYear earliest year of such a paper, 0 when unknown
 * @param lastYear latest year of such a paper, 0 when unknown
 * @param community Leiden community in the keyword co-occurrence network, 0 for the largest, -1 when none
 * @param variants the other ways sources wrote the keyword
 */
public record KeywordRow(String keyword, int papers, int firstYear, int lastYear, int community,
        List<String> variants) {

    /** Copies the list, so that a row never changes. */
    public KeywordRow {
        variants = List.copyOf(variants);
    }
}
