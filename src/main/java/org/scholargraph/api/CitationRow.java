package org.scholargraph.api;

/**
 * One in-corpus citation, as a row of {@code citations.csv}: {@code sg.citations().size()}.
 *
 * @param citingId id of the citing paper
 * @param citedId id of the cited paper
 * @param citingYear year of the citing paper, 0 when unknown
 * @param citedYear year of the cited paper, 0 when unknown
 */
public record CitationRow(String citingId, String citedId, int citingYear, int citedYear) {
}
