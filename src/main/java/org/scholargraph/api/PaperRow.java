package org.scholargraph.api;

import java.util.List;

/**
 * One paper, as a row of {@code papers.csv} (same columns, same order, then the author ids):
 * {@code sg.papers().where(p -> p.year() >= 2010)}.
 *
 * @param paperId stable id ({@code P12}), the same on every run over the same input
 * @param title the title, empty only when no source gave one
 * @param year publication year, 0 when unknown
 * @param venue journal, conference or series, empty when unknown
 * @param doi the DOI, empty when none
 * @param arxivId the arXiv id, empty when none
 * @param authors author names in byline order
 * @param keywords the paper's keywords
 * @param references references the paper lists, resolved in the corpus or not
 * @param citedBy in-corpus papers citing it
 * @param pagerank PageRank on the citation graph
 * @param community Leiden community in the citation graph, 0 for the largest
 * @param sources {@code file:line} of every record merged into the paper
 * @param formats the input formats those records were read as
 * @param topicCommunity Leiden community in the topic graph, 0 for the largest
 * @param volume the volume of its venue, empty when unknown
 * @param pages its pages ({@code 440-442}) or article number, empty when unknown
 * @param pmid its PubMed id, empty when none
 * @param openalexId its OpenAlex id ({@code W2008620264}), empty when none
 * @param subjectCategories the sources' subject categories, publication types and check tags
 * @param versions when a preprint and its published version were merged, one entry per version; empty otherwise
 * @param authorIds author ids in byline order, matching {@link #authors()}
 */
public record PaperRow(String paperId, String title, int year, String venue, String doi, String arxivId,
        List<String> authors, List<String> keywords, int references, int citedBy, double pagerank, int community,
        List<String> sources, List<String> formats, int topicCommunity, String volume, String pages, String pmid,
        String openalexId, List<String> subjectCategories, List<String> versions, List<String> authorIds) {

    /** Copies the lists, so that a row never changes. */
    public PaperRow {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        sources = List.copyOf(sources);
        formats = List.copyOf(formats);
        subjectCategories = List.copyOf(subjectCategories);
        versions = List.copyOf(versions);
        authorIds = List.copyOf(authorIds);
    }
}
