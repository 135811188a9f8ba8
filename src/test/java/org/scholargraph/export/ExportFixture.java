package org.scholargraph.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.scholargraph.analysis.AnalysisParameters;
import org.scholargraph.analysis.AnalysisContext;
import org.scholargraph.analysis.AuthorColumns;
import org.scholargraph.analysis.ColumnValues;
import org.scholargraph.analysis.CommunitySummary;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.analysis.NodeColumn;
import org.scholargraph.analysis.NodeTable;
import org.scholargraph.analysis.PaperColumns;
import org.scholargraph.analysis.community.Communities;
import org.scholargraph.analysis.timeline.AuthorYear;
import org.scholargraph.analysis.timeline.PairHistory;
import org.scholargraph.analysis.timeline.Timeline;
import org.scholargraph.analysis.timeline.YearActivity;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.model.Author;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Rejection;

/**
 * A small hand-made analysis: four authors, five papers, the awkward cases of real data.
 *
 * <pre>
 * P1 2019 Ada, =HYPERLINK, Grace   graphs, networks   title with U+0001, a lone surrogate, U+FFFE and &lt;&amp;&gt;
 * P2 2021 Ada, =HYPERLINK          graphs, timelines  cites P1; title starts with '-'
 * P3 ---- =HYPERLINK, Grace        networks           cites P1, P2; no year
 * P4 2020 Solo                     (none)             cites P3; title "-42" (a number, not a formula)
 * P5 2022 Grace                    @risk, timelines
 * </pre>
 * Coauthor pairs: A1–A2 (P1, P2), A1–A3 (P1), A2–A3 (P1, P3). Topic links: P1–P2 (graphs),
 * P1–P3 (networks), P2–P5 (timelines); the first two are also citations.
 */
final class ExportFixture {

    static final String DIRTY_TITLE = "Graphs <&> Networks\u0001 in \uD800practice\uFFFE";
    static final String CLEAN_TITLE = "Graphs <&> Networks in practice";
    static final String FORMULA_NAME = "=HYPERLINK(\"http://x\",\"y\")";

    private ExportFixture() {
    }

    static CorpusAnalysis analysis() {
        List<Author> authors = List.of(
                new Author(0, "A1", "Ada Lovelace", List.of("orcid:0000-0001")),
                new Author(1, "A2", FORMULA_NAME, List.of()),
                new Author(2, "A3", "Grace Hopper", List.of()),
                new Author(3, "A4", "Solo Author", List.of()));
        List<Paper> papers = List.of(
                paper(0, "P1", DIRTY_TITLE, 2019, "J. Nets", Map.of(IdScheme.DOI, "10.1000/abc", IdScheme.ARXIV,
                        "1812.11118"), List.of(0, 1, 2), List.of("graphs", "networks"), List.of(), "a.bib", 3,
                        "bibtex"),
                paper(1, "P2", "-Negative start, \"quoted\"", 2021, "", Map.of(), List.of(0, 1),
                        List.of("graphs", "timelines"), List.of(0), "works.jsonl", 12, "openalex"),
                paper(2, "P3", "Untimed", 0, "", Map.of(), List.of(1, 2), List.of("networks"), List.of(0, 1),
                        "list.txt", 1, "seed-reading-list"),
                paper(3, "P4", "-42", 2020, "", Map.of(), List.of(3), List.of(), List.of(2), "a.bib", 40, "bibtex"),
                paper(4, "P5", "Timelines too", 2022, "", Map.of(), List.of(2), List.of("@risk", "timelines"),
                        List.of(), "a.bib", 77, "bibtex"));
        Corpus corpus = new Corpus(papers, authors);
        ScholarlyNetworks networks = ScholarlyNetworks.of(corpus);

        Communities coauthorship = new Communities(new int[] {0, 0, 0, 1}, 0.125);
        Communities citation = new Communities(new int[] {0, 0, 0, 0, 1}, 0.0);
        Communities topics = new Communities(new int[] {0, 0, 0, 1, 0}, 1.0 / 3.0);
        Communities keywords = new Communities(new int[] {1, 0, 0, 1}, 0.25);
        AnalysisParameters parameters = new AnalysisParameters(1.0, 42L, 10, 10, 0.85, 50_000, 0.01, 0.05, 0.1, 1,
                org.scholargraph.graph.CoauthorshipNetwork.MAX_AUTHORS_DEFAULT);
        AnalysisContext context = new AnalysisContext(corpus, networks, parameters, () -> coauthorship,
                () -> citation, () -> topics);
        // hand-made measures; the other columns are computed from the corpus as in a run
        Map<String, ColumnValues> authorMeasures = Map.of(
                "betweenness", ColumnValues.reals(new double[] {0.0, 0.0, 0.0, 0.0}),
                "harmonic", ColumnValues.reals(new double[] {1.0, 1.0, 1.0, 0.0}),
                "eigenvector", ColumnValues.reals(new double[] {0.9, 1.0, 0.9, 0.0}),
                "pagerank", ColumnValues.reals(new double[] {0.3, 0.35, 0.3, 0.05}),
                "coreness", ColumnValues.integers(new int[] {2, 2, 2, 0}));
        Map<String, ColumnValues> paperMeasures = Map.of(
                "pagerank", ColumnValues.reals(new double[] {0.4, 0.2, 0.1, 1.0E-5, 0.29999}));
        NodeTable authorTable = table(AuthorColumns.ALL, authors.size(), context, authorMeasures);
        NodeTable paperTable = table(PaperColumns.ALL, papers.size(), context, paperMeasures);
        List<CommunitySummary> summaries = List.of(
                new CommunitySummary("citation", 1, 1, "", List.of("Timelines too"), 0.0),
                new CommunitySummary("coauthorship", 1, 1, "", List.of("Solo Author"), 0.125),
                new CommunitySummary("coauthorship", 0, 3, "graphs;networks", List.of(FORMULA_NAME, "Ada Lovelace"),
                        0.125),
                new CommunitySummary("citation", 0, 4, "graphs", List.of("-42"), 0.0));
        Timeline timeline = new Timeline(
                List.of(new YearActivity(2019, 1, 3, 3, 3, 3, 3, 1.0),
                        new YearActivity(2020, 1, 1, 1, 0, 0, 4, 0.75),
                        new YearActivity(2021, 1, 2, 0, 1, 0, 4, 0.75),
                        new YearActivity(2022, 1, 1, 0, 0, 0, 4, 0.75)),
                List.of(new AuthorYear(0, 2019, 1, 2, 2, 0), new AuthorYear(0, 2021, 1, 1, 0, 0),
                        new AuthorYear(1, 2019, 1, 2, 2, 0), new AuthorYear(1, 2021, 1, 1, 0, 0),
                        new AuthorYear(2, 2019, 1, 2, 2, 0), new AuthorYear(2, 2022, 1, 0, 0, 0),
                        new AuthorYear(3, 2020, 1, 0, 0, 0)),
                List.of(new PairHistory(0, 1, 2019, 2021, 2, 2), new PairHistory(0, 2, 2019, 2019, 1, 1),
                        new PairHistory(1, 2, 2019, 2019, 2, 1)));
        return new CorpusAnalysis(corpus, networks, authorTable, paperTable, coauthorship, citation, topics, keywords,
                summaries, timeline, parameters);
    }

    /** The columns computed from {@code context}, but those named in {@code given}, which take the given values. */
    private static NodeTable table(List<NodeColumn> columns, int size, AnalysisContext context,
            Map<String, ColumnValues> given) {
        List<ColumnValues> values = new ArrayList<>();
        for (NodeColumn column : columns) {
            values.add(given.containsKey(column.name()) ? given.get(column.name())
                    : column.computation().compute(context));
        }
        return new NodeTable(columns, values, size);
    }

    static List<Rejection> rejections() {
        return List.of(
                new Rejection(new Provenance(Path.of("input", "z.ris"), 9), "no title, no abstract, no id",
                        "@SUM(A1:A9)\nTY  - JOUR"),
                new Rejection(new Provenance(Path.of("input", "a.bib"), 120), "unbalanced braces",
                        "@article{x, title = {Open \"quote\""));
    }

    static RunSummary summary(long ingestMillis) {
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("ingest", ingestMillis);
        timings.put("resolve", 3L);
        timings.put("analysis", 7L);
        return new RunSummary(List.of("input/"), timings, "0.1.0-test", "17");
    }

    private static Paper paper(int index, String id, String title, int year, String venue, Map<IdScheme, String> ids,
            List<Integer> authors, List<String> keywords, List<Integer> cited, String file, long line, String format) {
        return new Paper(index, id, title, year == 0 ? OptionalInt.empty() : OptionalInt.of(year), venue, "", "", "", ids,
                authors, keywords, List.of(), cited, List.of(new Provenance(Path.of("input", file), line)),
                List.of(format));
    }
}
