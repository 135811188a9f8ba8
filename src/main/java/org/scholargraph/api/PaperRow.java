package org.scholargraph.api;

import java.util.List;
import org.scholargraph.analysis.NodeTable;
import org.scholargraph.analysis.PaperColumns;

/**
 * One paper, as a row of {@code papers.csv} (same columns, same order, as {@link PaperColumns}
 * declares them): {@code sg.papers().where(p -> p.year() >= 2010)}. Every column, also one without
 * an accessor here, by name: {@code row.value("venue")}.
 */
public final class PaperRow extends NodeRow {

    PaperRow(NodeTable table, int row) {
        super(table, row);
    }

    /** The value of {@link PaperColumns#PAPER_ID}. */
    public String paperId() {
        return text(PaperColumns.PAPER_ID);
    }

    /** The value of {@link PaperColumns#TITLE}. */
    public String title() {
        return text(PaperColumns.TITLE);
    }

    /** The value of {@link PaperColumns#YEAR}. */
    public int year() {
        return integer(PaperColumns.YEAR);
    }

    /** The value of {@link PaperColumns#VENUE}. */
    public String venue() {
        return text(PaperColumns.VENUE);
    }

    /** The value of {@link PaperColumns#DOI}. */
    public String doi() {
        return text(PaperColumns.DOI);
    }

    /** The value of {@link PaperColumns#ARXIV_ID}. */
    public String arxivId() {
        return text(PaperColumns.ARXIV_ID);
    }

    /** The value of {@link PaperColumns#AUTHORS}. */
    public List<String> authors() {
        return list(PaperColumns.AUTHORS);
    }

    /** The value of {@link PaperColumns#KEYWORDS}. */
    public List<String> keywords() {
        return list(PaperColumns.KEYWORDS);
    }

    /** The value of {@link PaperColumns#REFERENCES}. */
    public int references() {
        return integer(PaperColumns.REFERENCES);
    }

    /** The value of {@link PaperColumns#CITED_BY}. */
    public int citedBy() {
        return integer(PaperColumns.CITED_BY);
    }

    /** The value of {@link PaperColumns#PAGERANK}. */
    public double pagerank() {
        return real(PaperColumns.PAGERANK);
    }

    /** The value of {@link PaperColumns#COMMUNITY}. */
    public int community() {
        return integer(PaperColumns.COMMUNITY);
    }

    /** The value of {@link PaperColumns#SOURCES}. */
    public List<String> sources() {
        return list(PaperColumns.SOURCES);
    }

    /** The value of {@link PaperColumns#FORMATS}. */
    public List<String> formats() {
        return list(PaperColumns.FORMATS);
    }

    /** The value of {@link PaperColumns#TOPIC_COMMUNITY}. */
    public int topicCommunity() {
        return integer(PaperColumns.TOPIC_COMMUNITY);
    }

    /** The value of {@link PaperColumns#VOLUME}. */
    public String volume() {
        return text(PaperColumns.VOLUME);
    }

    /** The value of {@link PaperColumns#PAGES}. */
    public String pages() {
        return text(PaperColumns.PAGES);
    }

    /** The value of {@link PaperColumns#PMID}. */
    public String pmid() {
        return text(PaperColumns.PMID);
    }

    /** The value of {@link PaperColumns#OPENALEX_ID}. */
    public String openalexId() {
        return text(PaperColumns.OPENALEX_ID);
    }

    /** The value of {@link PaperColumns#SUBJECT_CATEGORIES}. */
    public List<String> subjectCategories() {
        return list(PaperColumns.SUBJECT_CATEGORIES);
    }

    /** The value of {@link PaperColumns#VERSIONS}. */
    public List<String> versions() {
        return list(PaperColumns.VERSIONS);
    }

    /** The value of {@link PaperColumns#AUTHOR_IDS}. */
    public List<String> authorIds() {
        return list(PaperColumns.AUTHOR_IDS);
    }
}
