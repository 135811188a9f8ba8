package org.scholargraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.scholargraph.analysis.centrality.WeightedPageRank;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.model.Author;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Provenance;

/**
 * The columns of the paper table, in the order of {@code papers.csv}: the paper's own data from
 * the corpus and what the analysis computes on the citation and topic graphs, each declared once.
 * The node attributes of {@code citation.graphml} are the columns marked so. A new paper column is
 * one more constant here, added at the end of {@link #ALL}.
 */
public final class PaperColumns {

    /** Stable id ({@code P12}), the same on every run over the same input. */
    public static final NodeColumn PAPER_ID = NodeColumn.text("paper_id", c -> p -> paper(c, p).id());

    /** The title, empty only when no source gave one. */
    public static final NodeColumn TITLE = NodeColumn.text("title", c -> p -> paper(c, p).title());

    /** Publication year, 0 when unknown. */
    public static final NodeColumn YEAR = NodeColumn.count("year", ColumnType.YEAR,
            c -> ScholarlyNetworks.yearsOfPapers(c.corpus()));

    /** Journal, conference or series, empty when unknown. */
    public static final NodeColumn VENUE = NodeColumn.text("venue", c -> p -> paper(c, p).venue())
            .withNodeAttribute(true);

    /** The DOI, empty when none. */
    public static final NodeColumn DOI = NodeColumn.text("doi", c -> p -> id(c, p, IdScheme.DOI))
            .withNodeAttribute(true);

    /** The arXiv id, empty when none. */
    public static final NodeColumn ARXIV_ID = NodeColumn.text("arxiv_id", c -> p -> id(c, p, IdScheme.ARXIV));

    /** Author names in byline order. */
    public static final NodeColumn AUTHORS = NodeColumn.list("authors", c -> bylines(c.corpus(), Author::name));

    /** The paper's keywords. */
    public static final NodeColumn KEYWORDS = NodeColumn.list("keywords", c -> p -> paper(c, p).keywords());

    /** Every reference the paper lists, resolved in the corpus or not. */
    public static final NodeColumn REFERENCES = NodeColumn.count("references", ColumnType.INTEGER,
            c -> c.corpus().papers().stream().mapToInt(p -> p.references().size()).toArray());

    /** In-corpus papers citing it. */
    public static final NodeColumn CITED_BY = NodeColumn.count("cited_by", ColumnType.INTEGER,
            c -> c.citedBy().clone());

    /** PageRank on the citation graph (damping {@link AnalysisParameters#pagerankDamping()}, dangling papers spread evenly). */
    public static final NodeColumn PAGERANK = NodeColumn.measure("citation", "pagerank", ColumnType.REAL,
            c -> new WeightedPageRank(c.citation(), c.parameters().pagerankDamping(), c.parameters().threads()));

    /** Leiden community in the citation graph taken as undirected, 0 for the largest. */
    public static final NodeColumn COMMUNITY = NodeColumn.count("community", ColumnType.CATEGORY,
            c -> c.citationCommunities().membership());

    /** {@code file:line} of every record merged into the paper. */
    public static final NodeColumn SOURCES = NodeColumn.list("sources",
            c -> p -> paper(c, p).sources().stream().map(Provenance::toString).toList());

    /** The input formats those records were read as. */
    public static final NodeColumn FORMATS = NodeColumn.list("formats", c -> p -> paper(c, p).formats());

    /** Leiden community in the topic graph, 0 for the largest. */
    public static final NodeColumn TOPIC_COMMUNITY = NodeColumn.count("topic_community", ColumnType.CATEGORY,
            c -> c.topicCommunities().membership());

    /** The volume of its venue, empty when unknown. */
    public static final NodeColumn VOLUME = NodeColumn.text("volume", c -> p -> paper(c, p).volume());

    /** Its pages ({@code 440-442}) or article number, empty when unknown. */
    public static final NodeColumn PAGES = NodeColumn.text("pages", c -> p -> paper(c, p).pages());

    /** Its PubMed id, empty when none. */
    public static final NodeColumn PMID = NodeColumn.text("pmid", c -> p -> id(c, p, IdScheme.PMID));

    /** Its OpenAlex id ({@code W2008620264}), empty when none. */
    public static final NodeColumn OPENALEX_ID = NodeColumn.text("openalex_id", c -> p -> id(c, p, IdScheme.OPENALEX));

    /** The sources' subject categories, publication types and check tags. */
    public static final NodeColumn SUBJECT_CATEGORIES = NodeColumn.list("subject_categories",
            c -> p -> paper(c, p).subjectCategories());

    /** When a preprint and its published version were merged, one entry per version; empty otherwise. */
    public static final NodeColumn VERSIONS = NodeColumn.list("versions", c -> p -> paper(c, p).versions());

    /** Author ids in byline order, matching {@link #AUTHORS}: the join to {@code authors.csv}. */
    public static final NodeColumn AUTHOR_IDS = NodeColumn.list("author_ids", c -> bylines(c.corpus(), Author::id));

    /** Every column of the paper table, in order. */
    public static final List<NodeColumn> ALL = List.of(PAPER_ID, TITLE, YEAR, VENUE, DOI, ARXIV_ID, AUTHORS,
            KEYWORDS, REFERENCES, CITED_BY, PAGERANK, COMMUNITY, SOURCES, FORMATS, TOPIC_COMMUNITY, VOLUME, PAGES,
            PMID, OPENALEX_ID, SUBJECT_CATEGORIES, VERSIONS, AUTHOR_IDS);

    private PaperColumns() {
    }

    private static Paper paper(AnalysisContext context, int index) {
        return context.corpus().paper(index);
    }

    private static String id(AnalysisContext context, int index, IdScheme scheme) {
        return paper(context, index).id(scheme).orElse("");
    }

    /**
     * Each paper's byline as a text of each author: the texts taken once into an array by author
     * index, then read from it, since a byline names its authors in an order of their own.
     */
    private static IntFunction<List<String>> bylines(Corpus corpus, Function<Author, String> text) {
        String[] ofAuthor = corpus.authors().stream().map(text).toArray(String[]::new);
        return paper -> {
            List<Integer> authors = corpus.paper(paper).authors();
            List<String> texts = new ArrayList<>(authors.size());
            for (int a : authors) {
                texts.add(ofAuthor[a]);
            }
            return texts;
        };
    }
}
