package org.scholargraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.scholargraph.analysis.AuthorStats;
import org.scholargraph.analysis.CommunitySummary;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.analysis.PaperStats;
import org.scholargraph.analysis.timeline.AuthorYear;
import org.scholargraph.analysis.timeline.PairHistory;
import org.scholargraph.analysis.timeline.YearActivity;
import org.scholargraph.graph.Citation;
import org.scholargraph.graph.Collaboration;
import org.scholargraph.graph.KeywordNetwork;
import org.scholargraph.graph.TopicLink;
import org.scholargraph.model.AuthorAmbiguity;
import org.scholargraph.model.AuthorMerge;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Paper;
import org.scholargraph.model.PaperMerge;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Rejection;

/**
 * The CSV reports of the export contract, written with Commons CSV.
 *
 * <p>Every file: RFC 4180 (comma, double quotes when needed, CRLF), UTF-8 with a byte-order mark so
 * that Excel does not guess a legacy code page, a header row with the contract's column names in
 * the contract's order (extra columns only after them), {@code ;} between the items of a list in
 * one cell, numbers as {@link NumberText} writes them, unknown years as empty cells, and rows in a
 * fixed order (index order, or sorted, as each method says), so that two runs give the same bytes.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell starting with {@code =},
 * {@code +}, {@code -} or {@code @} as a formula, and tab or CR at the start can smuggle one past
 * filters. Every text cell that starts with one of them gets a leading {@code '} unless the whole
 * cell reads as a plain number ({@code -3.5} is data, not a formula). Number columns are written
 * by us and are never touched.
 */
final class CsvReports {

    static final List<String> AUTHORS = List.of("author_id", "name", "papers", "citations", "h_index", "first_year",
            "last_year", "coauthors", "degree", "strength", "betweenness", "harmonic", "eigenvector", "pagerank",
            "coreness", "community");
    static final List<String> PAPERS = List.of("paper_id", "title", "year", "venue", "doi", "arxiv_id", "authors",
            "keywords", "references", "cited_by", "pagerank", "community", "sources",
            // appended beyond the contract:
            "formats", "topic_community", "volume", "pages", "pmid", "openalex_id", "subject_categories", "versions");
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

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvReports() {
    }

    /** A cell as a spreadsheet may safely read it: a formula-looking text gets a leading quote. */
    static String neutralised(String raw) {
        String text = withoutLoneSurrogates(raw);
        if (text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /**
     * {@code text} without unpaired surrogates: UTF-8 cannot encode them, and Java's encoder would
     * silently write {@code ?} in their place. Every other character is kept as the source gave it.
     */
    static String withoutLoneSurrogates(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (kept != null) {
                    kept.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    /** One row under construction: text cells are neutralised, numbers formatted one way. */
    private static final class Row {
        private final List<String> cells = new ArrayList<>();

        Row text(String value) {
            cells.add(neutralised(value));
            return this;
        }

        Row list(List<String> items) {
            return text(String.join(";", items));
        }

        Row number(int value) {
            cells.add(NumberText.of(value));
            return this;
        }

        Row number(long value) {
            cells.add(Long.toString(value));
            return this;
        }

        Row number(double value) {
            cells.add(NumberText.of(value));
            return this;
        }

        Row year(int year) {
            cells.add(NumberText.year(year));
            return this;
        }
    }

    @FunctionalInterface
    private interface RowSource {
        void rows(RowSink sink) throws IOException;
    }

    @FunctionalInterface
    private interface RowSink {
        void accept(Row row) throws IOException;
    }

    private static void write(OutputStream out, List<String> header, RowSource source) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build();
        CSVPrinter printer = new CSVPrinter(writer, format);
        source.rows(row -> {
            if (row.cells.size() != header.size()) {
                throw new IllegalStateException(row.cells.size() + " cells under " + header.size() + " columns");
            }
            printer.printRecord(row.cells);
        });
        // Flush, do not close: the caller owns the stream.
        printer.flush();
        writer.flush();
    }

    static void writeAuthors(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        var graph = analysis.networks().coauthorship().graph();
        write(out, AUTHORS, sink -> {
            for (AuthorStats a : analysis.authors()) {
                var author = corpus.author(a.author());
                sink.accept(new Row().text(author.id()).text(author.name()).number(a.papers())
                        .number(a.citations()).number(a.hIndex()).year(a.firstYear()).year(a.lastYear())
                        .number(graph.degree(a.author())).number(a.degree()).number(a.strength())
                        .number(a.betweenness()).number(a.harmonic()).number(a.eigenvector()).number(a.pagerank())
                        .number(a.coreness()).number(a.community()));
            }
        });
    }

    static void writePapers(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        write(out, PAPERS, sink -> {
            for (PaperStats p : analysis.papers()) {
                Paper paper = corpus.paper(p.paper());
                List<String> authors = new ArrayList<>();
                for (int a : paper.authors()) {
                    authors.add(corpus.author(a).name());
                }
                List<String> sources = new ArrayList<>();
                for (Provenance source : paper.sources()) {
                    sources.add(source.toString());
                }
                sink.accept(new Row().text(paper.id()).text(paper.title()).year(paper.yearOrZero())
                        .text(paper.venue()).text(paper.id(IdScheme.DOI).orElse(""))
                        .text(paper.id(IdScheme.ARXIV).orElse("")).list(authors).list(paper.keywords())
                        .number(p.references()).number(p.citedBy()).number(p.pagerank()).number(p.community())
                        .list(sources).list(paper.formats()).number(p.topicCommunity())
                        .text(paper.volume()).text(paper.pages()).text(paper.id(IdScheme.PMID).orElse(""))
                        .text(paper.id(IdScheme.OPENALEX).orElse("")).list(paper.subjectCategories()).list(paper.versions()));
            }
        });
    }

    /** One row per record joined to another record's paper, with the rule and the evidence. */
    static void writePaperMerges(CorpusAnalysis analysis, OutputStream out) throws IOException {
        write(out, PAPER_MERGES, sink -> {
            for (PaperMerge m : analysis.corpus().resolution().paperMerges()) {
                sink.accept(new Row().text(m.paperId()).text(m.source().toString()).text(m.matched().toString())
                        .text(m.rule()).text(m.evidence()));
            }
        });
    }

    /** One row per name form of each person: how it joined, on what evidence, with what score. */
    static void writeAuthorMerges(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        corpus.authors().forEach(a -> names.put(a.id(), a.name()));
        write(out, AUTHOR_MERGES, sink -> {
            for (AuthorMerge m : corpus.resolution().authorMerges()) {
                sink.accept(new Row().text(m.authorId()).text(names.getOrDefault(m.authorId(), "")).text(m.variant())
                        .number(m.mentions()).text(m.rule()).text(m.evidence()).number(m.score()));
            }
        });
    }

    /** One row per name block where names that may be one person were kept apart. */
    static void writeAuthorAmbiguities(CorpusAnalysis analysis, OutputStream out) throws IOException {
        write(out, AUTHOR_AMBIGUITIES, sink -> {
            for (AuthorAmbiguity a : analysis.corpus().resolution().authorAmbiguities()) {
                sink.accept(new Row().text(a.block()).list(a.authorIds()).list(a.names()).text(a.reason()));
            }
        });
    }

    static void writeCoauthorships(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        write(out, COAUTHORSHIPS, sink -> {
            for (Collaboration c : analysis.networks().coauthorship().collaborations()) {
                sink.accept(new Row().text(corpus.author(c.source()).id()).text(corpus.author(c.target()).id())
                        .text(corpus.author(c.source()).name()).text(corpus.author(c.target()).name())
                        .number(c.jointPapers()).number(c.fractional()).number((double) c.jointPapers())
                        .year(c.firstYear()).year(c.lastYear())
                        .text(GraphmlWriter.paperIds(corpus, c.papers())));
            }
        });
    }

    static void writeCitations(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        write(out, CITATIONS, sink -> {
            for (Citation c : analysis.networks().citation().citations()) {
                Paper citing = corpus.paper(c.citing());
                Paper cited = corpus.paper(c.cited());
                sink.accept(new Row().text(citing.id()).text(cited.id()).year(citing.yearOrZero())
                        .year(cited.yearOrZero()));
            }
        });
    }

    static void writeTopicEdges(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        write(out, TOPIC_EDGES, sink -> {
            for (TopicLink link : analysis.networks().topics().links()) {
                sink.accept(new Row().text(corpus.paper(link.source()).id()).text(corpus.paper(link.target()).id())
                        .number(link.weight()).list(link.sharedKeywords()).year(link.firstYear())
                        .year(link.lastYear()));
            }
        });
    }

    static void writeKeywords(CorpusAnalysis analysis, OutputStream out) throws IOException {
        KeywordNetwork keywords = analysis.networks().keywords();
        int[] membership = analysis.keywordCommunities().membership();
        write(out, KEYWORDS, sink -> {
            for (int k = 0; k < keywords.keywords().size(); k++) {
                Row row = new Row().text(keywords.keywords().get(k)).number(keywords.papers(k))
                        .year(keywords.firstYear(k)).year(keywords.lastYear(k));
                if (k < membership.length) {
                    row.number(membership[k]);
                } else {
                    row.text("");
                }
                row.list(analysis.corpus().variantsOf(keywords.keywords().get(k)));
                sink.accept(row);
            }
        });
    }

    static void writeCommunities(CorpusAnalysis analysis, OutputStream out) throws IOException {
        List<CommunitySummary> rows = new ArrayList<>(analysis.communities());
        rows.sort(Comparator.comparingInt((CommunitySummary c) -> graphRank(c.graph()))
                .thenComparing(CommunitySummary::graph).thenComparingInt(CommunitySummary::community));
        write(out, COMMUNITIES, sink -> {
            for (CommunitySummary c : rows) {
                sink.accept(new Row().text(c.graph()).number(c.community()).number(c.size()).text(c.label())
                        .list(c.topMembers()).number(c.modularity())
                        .list(c.labelScores().stream().map(s -> NumberText.of(s)).toList()));
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
        write(out, TIMELINE_YEARS, sink -> {
            for (YearActivity y : rows) {
                sink.accept(new Row().number(y.year()).number(y.papers()).number(y.activeAuthors())
                        .number(y.newAuthors()).number(y.collaborations()).number(y.newCollaborations())
                        .number(y.cumulativeAuthors()).number(y.largestComponentShare()));
            }
        });
    }

    static void writeTimelineAuthors(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        List<AuthorYear> rows = new ArrayList<>(analysis.timeline().authorYears());
        rows.sort(Comparator.comparingInt(AuthorYear::author).thenComparingInt(AuthorYear::year));
        write(out, TIMELINE_AUTHORS, sink -> {
            for (AuthorYear y : rows) {
                sink.accept(new Row().text(corpus.author(y.author()).id()).text(corpus.author(y.author()).name())
                        .year(y.year()).number(y.papers()).number(y.coauthors()).number(y.newCoauthors())
                        .number(y.citations()));
            }
        });
    }

    static void writeTimelinePairs(CorpusAnalysis analysis, OutputStream out) throws IOException {
        Corpus corpus = analysis.corpus();
        List<PairHistory> rows = new ArrayList<>(analysis.timeline().pairs());
        rows.sort(Comparator.comparingInt(PairHistory::source).thenComparingInt(PairHistory::target));
        write(out, TIMELINE_PAIRS, sink -> {
            for (PairHistory p : rows) {
                sink.accept(new Row().text(corpus.author(p.source()).id()).text(corpus.author(p.target()).id())
                        .text(corpus.author(p.source()).name()).text(corpus.author(p.target()).name())
                        .year(p.firstYear()).year(p.lastYear()).number(p.jointPapers()).number(p.activeYears()));
            }
        });
    }

    /** {@code rejected.csv}, sorted by file, line, reason and text so that thread timing does not show. */
    static void writeRejected(List<Rejection> rejections, OutputStream out) throws IOException {
        List<Rejection> rows = new ArrayList<>(rejections);
        rows.sort(Comparator.comparing(Rejection::source).thenComparing(Rejection::reason)
                .thenComparing(Rejection::raw));
        write(out, REJECTED, sink -> {
            for (Rejection r : rows) {
                sink.accept(new Row().text(r.source().file().toString()).number(r.source().line())
                        .text(r.reason()).text(r.raw()));
            }
        });
    }
}
