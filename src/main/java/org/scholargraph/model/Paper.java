package org.scholargraph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One real paper after records from all sources were merged.
 *
 * @param index position in {@link Corpus#papers()}, the int id every graph uses
 * @param id stable text id, the same on every run over the same input: {@link #ID_LETTER} and the
 *     index + 1 ({@code P12}) in a resolved corpus
 * @param title the title, empty only when no source gave one
 * @param year publication year when known
 * @param venue journal, conference or series, empty when unknown
 * @param volume the volume, empty when unknown
 * @param pages the page range or article number, empty when unknown
 * @param abstractText the longest abstract any source gave
 * @param ids canonical identifiers from all sources
 * @param authors indices into {@link Corpus#authors()}, in byline order (position = list index)
 * @param keywords normalised keywords: the sources' own, else phrases extracted from the text
 * @param references every distinct reference the sources listed, resolved or not
 * @param citedPapers indices of the corpus papers that {@link #references()} resolved to, ascending
 * @param sources where each merged record was read, in reading order
 * @param formats the formats those records were read as, without repeats
 * @param subjectCategories the sources' subject categories, publication types and check tags,
 *     without repeats: what the sources classify the paper as, kept apart from its keywords
 * @param versions when a preprint and its published version were merged, one entry per version:
 *     its identifiers as {@code scheme:value} separated by spaces; empty for a paper of one version
 */
public record Paper(
        int index,
        String id,
        String title,
        OptionalInt year,
        String venue,
        String volume,
        String pages,
        String abstractText,
        Map<IdScheme, String> ids,
        List<Integer> authors,
        List<String> keywords,
        List<Reference> references,
        List<Integer> citedPapers,
        List<Provenance> sources,
        List<String> formats,
        List<String> subjectCategories,
        List<String> versions) {

    /** The letter before the number of a resolved paper's {@link #id()}: {@code P12} is index 11. */
    public static final char ID_LETTER = 'P';

    /** The id a resolved corpus gives the paper of index {@code index}: {@code P12} for 11. */
    public static String idOf(int index) {
        return ID_LETTER + Integer.toString(index + 1);
    }

    public Paper {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(abstractText, "abstractText");
        ids = IdScheme.orderedCopy(ids);
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        references = List.copyOf(references);
        citedPapers = List.copyOf(citedPapers);
        sources = List.copyOf(sources);
        formats = List.copyOf(formats);
        subjectCategories = List.copyOf(subjectCategories);
        versions = List.copyOf(versions);
        if (repeats(authors)) {
            throw new IllegalArgumentException(id + ": an author appears twice in one byline");
        }
    }

    /** Whether a byline names an author twice; without a set for the short bylines of most papers. */
    private static boolean repeats(List<Integer> authors) {
        int n = authors.size();
        if (n > 16) {
            return new java.util.HashSet<>(authors).size() != n;
        }
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (authors.get(i).equals(authors.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A paper without subject categories. */
    public Paper(int index, String id, String title, OptionalInt year, String venue, String volume, String pages,
            String abstractText, Map<IdScheme, String> ids, List<Integer> authors, List<String> keywords,
            List<Reference> references, List<Integer> citedPapers, List<Provenance> sources, List<String> formats) {
        this(index, id, title, year, venue, volume, pages, abstractText, ids, authors, keywords, references, citedPapers,
                sources, formats, List.of(), List.of());
    }

    /** A paper of one version. */
    public Paper(int index, String id, String title, OptionalInt year, String venue, String volume, String pages,
            String abstractText, Map<IdScheme, String> ids, List<Integer> authors, List<String> keywords,
            List<Reference> references, List<Integer> citedPapers, List<Provenance> sources, List<String> formats,
            List<String> subjectCategories) {
        this(index, id, title, year, venue, volume, pages, abstractText, ids, authors, keywords, references, citedPapers,
                sources, formats, subjectCategories, List.of());
    }

    /** The identifier of one scheme, if a source gave it. */
    public Optional<String> id(IdScheme scheme) {
        return Optional.ofNullable(ids.get(scheme));
    }

    /** A copy with other author indices, for renumbering. */
    public Paper withAuthors(List<Integer> authorIndices) {
        return new Paper(index, id, title, year, venue, volume, pages, abstractText, ids, authorIndices, keywords,
                references, citedPapers, sources, formats, subjectCategories, versions);
    }

    /** A copy with the corpus papers its references resolved to. */
    public Paper withCitedPapers(List<Integer> paperIndices) {
        return new Paper(index, id, title, year, venue, volume, pages, abstractText, ids, authors, keywords,
                references, paperIndices, sources, formats, subjectCategories, versions);
    }

    /** A copy with other keywords, for folding one concept's variants into one keyword. */
    public Paper withKeywords(List<String> conceptKeywords) {
        return new Paper(index, id, title, year, venue, volume, pages, abstractText, ids, authors, conceptKeywords,
                references, citedPapers, sources, formats, subjectCategories, versions);
    }

    /** The first page of {@link #pages()}, or the whole of it when it is not a range. */
    public String firstPage() {
        int dash = pages.indexOf('-');
        return dash > 0 ? pages.substring(0, dash).strip() : pages;
    }

    /** The year, or {@code 0} when unknown: for the int-indexed hot loops of timelines. */
    public int yearOrZero() {
        return year.orElse(0);
    }
}
