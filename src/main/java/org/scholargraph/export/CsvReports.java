package org.scholargraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.scholargraph.analysis.CommunitySummary;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.analysis.NodeColumn;
import org.scholargraph.analysis.NodeTable;
import org.scholargraph.analysis.timeline.AuthorYear;
import org.scholargraph.analysis.timeline.PairHistory;
import org.scholargraph.analysis.timeline.YearActivity;
import org.scholargraph.graph.Citation;
import org.scholargraph.graph.Collaboration;
import org.scholargraph.graph.KeywordNetwork;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.graph.TopicLink;
import org.scholargraph.model.AuthorAmbiguity;
import org.scholargraph.model.AuthorMerge;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.PaperMerge;
import org.scholargraph.model.Rejection;

/**
 * The CSV reports of the export contract, each written by {@link CsvSheet}: a header row with the
 * contract's column names in the contract's order (extra columns only after them), and rows in a
 * fixed order (index order, or sorted, as each method says), so that two runs give the same bytes.
 */
final class CsvReports {

    static final List<String> PAPER_MERGES = List.of("paper_id", "source", "matched_source", "rule", "evidence");
    static final List<String> AUTHOR_MERGES = List.of("author_id", "name", "variant", "mentions", "rule", "evidence",
            "score");
    static final List<String> AUTHOR_AMBIGUITIES = List.of("block", "author_ids", "names", "reason");
    static final List<String> COAUTHORSHIPS = List.of("source_id", "target_id", "source_name", "target_name",
            "joint_papers", "fractional", "weight", "first_year", "last_year", "paper_ids");
    static final List<String> CITATIONS = List.of("citing_id", "cited_id", "citing_year", "cited_year");
    static final List<String> TOPIC_EDGES = List.of("source_id", "target_id", "weight", "shared_keywords",
            // appended beyond the contract:
            "first_year", "last_year");
    static final List<String> KEYWORDS = List.of("keyword", "papers", "first_year", "last_year", "community",
            // appended beyond the contract:
            "variants");
    static final List<String> COMMUNITIES = List.of("graph", "community", "size", "label", "top_members",
            "modularity",
            // appended beyond the contract:
            "label_scores");
    static final List<String> TIMELINE_YEARS = List.of("year", "papers", "active_authors", "new_authors",
            "collaborations", "new_collaborations", "cumulative_authors", "largest_component_share");
    static final List<String> TIMELINE_AUTHORS = List.of("author_id", "name", "year", "papers", "coauthors",
            "new_coauthors", "citations");
    static final List<String> TIMELINE_PAIRS = List.of("source_id", "target_id", "source_name", "target_name",
            "first_year", "last_year", "joint_papers", "active_years");
    static final List<String> REJECTED = List.of("file", "line", "reason", "raw");

    /** The order of graphs in {@code communities.csv}; a graph not listed comes after, by name. */
    private static final List<String> GRAPH_ORDER = List.of("coauthorship", "citation", "topics", "keywords");

    private CsvReports() {
    }

    /** {@code authors.csv}: the author table, column by column as {@link org.scholargraph.analysis.AuthorColumns} declares. */
    static void writeAuthors(CorpusAnalysis analysis, OutputStream out) throws IOException {
        writeTable(analysis.authors(), out);
    }

    /** {@code papers.csv}: the paper table, column by column as {@link org.scholargraph.analysis.PaperColumns} declares. */
    static void writePapers(CorpusAnalysis analysis, OutputStream out) throws IOException {
        writeTable(analysis.papers(), out);
    }

    /** Every column of a node table, in order, one row per node in index order. */
    private static void writeTable(NodeTable table, OutputStream out) throws IOException {
        List<NodeColumn> columns = table.columns();
        CsvSheet.write(out, table.names(), row -> {
            for (int r = 0; r < table.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    row.cell(columns.get(c).type(), table.values(c).value(r));
                }
                row.end();
            }
        });
    }

    /** One row per record joined to another record's paper, with the rule and the evidence. */
    static void writePaperMerges(CorpusAnalysis analysis, OutputStream out) throws IOException {
        CsvSheet.write(out, PAPER_MERGES, row -> {
            for (PaperMerge m : analysis.corpus().resolution().paperMerges()) {
                row.text(m.paperId()).text(m.source().toString()).text(m.matched().toString())
                        .text(m.rule()).text(m.evidence()).end();
            }
        });
    }

    /** One row per name form of each person: how it joined, on what evidence, with what score. */
    static void writeAuthorMerges(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        corpus.authors().forEach(a -> names.put(a.id(), a.name()));
        CsvSheet.write(out, AUTHOR_MERGES, row -> {
            for (AuthorMerge m : corpus.resolution().authorMerges()) {
                row.text(m.authorId()).text(names.getOrDefault(m.authorId(), "")).text(m.variant())
                        .number(m.mentions()).text(m.rule()).text(m.evidence()).number(m.score()).end();
            }
        });
    }

    /** One row per name block where names that may be one person were kept apart. */
    static void writeAuthorAmbiguities(CorpusAnalysis analysis, OutputStream out) throws IOException {
        CsvSheet.write(out, AUTHOR_AMBIGUITIES, row -> {
            for (AuthorAmbiguity a : analysis.corpus().resolution().authorAmbiguities()) {
                row.text(a.block()).list(a.authorIds()).list(a.names()).text(a.reason()).end();
            }
        });
    }

    static void writeCoauthorships(CorpusAnalysis analysis, NodeNames nodes, OutputStream out) throws IOException {
        NodeIds authorIds = nodes.authors();
        NodeIds paperIds = nodes.papers();
        String[] names = nodes.authorNames();
        CsvSheet.write(out, COAUTHORSHIPS, row -> {
            for (Collaboration c : analysis.networks().coauthorship().collaborations()) {
                row.id(authorIds, c.source()).id(authorIds, c.target())
                        .text(names[c.source()]).text(names[c.target()])
                        .number(c.jointPapers()).number(c.fractional()).number((double) c.jointPapers())
                        .year(c.firstYear()).year(c.lastYear())
                        .text(GraphmlWriter.paperIds(paperIds, c.papers(), 0)).end();
            }
        });
    }

    static void writeCitations(CorpusAnalysis analysis, NodeNames nodes, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        NodeIds paperIds = nodes.papers();
        // Citations come in an order of their own: the papers' years read from one array, not
        // from each paper.
        int[] years = ScholarlyNetworks.yearsOfPapers(corpus);
        CsvSheet.write(out, CITATIONS, row -> {
            for (Citation c : analysis.networks().citation().citations()) {
                row.id(paperIds, c.citing()).id(paperIds, c.cited()).year(years[c.citing()])
                        .year(years[c.cited()]).end();
            }
        });
    }

    static void writeTopicEdges(CorpusAnalysis analysis, NodeNames nodes, OutputStream out) throws IOException {
        NodeIds paperIds = nodes.papers();
        CsvSheet.write(out, TOPIC_EDGES, row -> {
            for (TopicLink link : analysis.networks().topics().links()) {
                row.id(paperIds, link.source()).id(paperIds, link.target())
                        .number(link.weight()).list(link.sharedKeywords()).year(link.firstYear())
                        .year(link.lastYear()).end();
            }
        });
    }

    static void writeKeywords(CorpusAnalysis analysis, OutputStream out) throws IOException {
        KeywordNetwork keywords = analysis.networks().keywords();
        int[] membership = analysis.keywordCommunities().membership();
        CsvSheet.write(out, KEYWORDS, row -> {
            for (int k = 0; k < keywords.keywords().size(); k++) {
                row.text(keywords.keywords().get(k)).number(keywords.papers(k)).year(keywords.firstYear(k))
                        .year(keywords.lastYear(k));
                if (k < membership.length) {
                    row.number(membership[k]);
                } else {
                    row.text("");
                }
                row.list(analysis.corpus().variantsOf(keywords.keywords().get(k))).end();
            }
        });
    }

    static void writeCommunities(CorpusAnalysis analysis, OutputStream out) throws IOException {
        List<CommunitySummary> rows = new ArrayList<>(analysis.communities());
        rows.sort(Comparator.comparingInt((CommunitySummary c) -> graphRank(c.graph()))
                .thenComparing(CommunitySummary::graph).thenComparingInt(CommunitySummary::community));
        CsvSheet.write(out, COMMUNITIES, row -> {
            for (CommunitySummary c : rows) {
                row.text(c.graph()).number(c.community()).number(c.size()).text(c.label())
                        .list(c.topMembers()).number(c.modularity())
                        .list(c.labelScores().stream().map(s -> NumberText.of(s)).toList()).end();
            }
        });
    }

    private static int graphRank(String graph) {
        int rank = GRAPH_ORDER.indexOf(graph);
        return rank < 0 ? GRAPH_ORDER.size() : rank;
    }

    static void writeTimelineYears(CorpusAnalysis analysis, OutputStream out) throws IOException {
        List<YearActivity> rows = new ArrayList<>(analysis.timeline().years());
        rows.sort(Comparator.comparingInt(YearActivity::year));
        CsvSheet.write(out, TIMELINE_YEARS, row -> {
            for (YearActivity y : rows) {
                row.number(y.year()).number(y.papers()).number(y.activeAuthors())
                        .number(y.newAuthors()).number(y.collaborations()).number(y.newCollaborations())
                        .number(y.cumulativeAuthors()).number(y.largestComponentShare()).end();
            }
        });
    }

    static void writeTimelineAuthors(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        List<AuthorYear> rows = new ArrayList<>(analysis.timeline().authorYears());
        rows.sort(Comparator.comparingInt(AuthorYear::author).thenComparingInt(AuthorYear::year));
        CsvSheet.write(out, TIMELINE_AUTHORS, row -> {
            for (AuthorYear y : rows) {
                row.text(corpus.author(y.author()).id()).text(corpus.author(y.author()).name())
                        .year(y.year()).number(y.papers()).number(y.coauthors()).number(y.newCoauthors())
                        .number(y.citations()).end();
            }
        });
    }

    static void writeTimelinePairs(CorpusAnalysis analysis, NodeNames nodes, OutputStream out) throws IOException {
        List<PairHistory> rows = new ArrayList<>(analysis.timeline().pairs());
        rows.sort(Comparator.comparingInt(PairHistory::source).thenComparingInt(PairHistory::target));
        NodeIds authorIds = nodes.authors();
        String[] names = nodes.authorNames();
        CsvSheet.write(out, TIMELINE_PAIRS, row -> {
            for (PairHistory p : rows) {
                row.id(authorIds, p.source()).id(authorIds, p.target())
                        .text(names[p.source()]).text(names[p.target()])
                        .year(p.firstYear()).year(p.lastYear()).number(p.jointPapers()).number(p.activeYears()).end();
            }
        });
    }

    /** {@code rejected.csv}, sorted by file, line, reason and text so that thread timing does not show. */
    static void writeRejected(List<Rejection> rejections, OutputStream out) throws IOException {
        List<Rejection> rows = new ArrayList<>(rejections);
        rows.sort(Comparator.comparing(Rejection::source).thenComparing(Rejection::reason)
                .thenComparing(Rejection::raw));
        CsvSheet.write(out, REJECTED, row -> {
            for (Rejection r : rows) {
                row.text(r.source().file().toString()).number(r.source().line())
                        .text(r.reason()).text(r.raw()).end();
            }
        });
    }
}
