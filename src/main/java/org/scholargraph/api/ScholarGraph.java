package org.scholargraph.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.scholargraph.analysis.AnalysisParameters;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.analysis.CorpusAnalyzer;
import org.scholargraph.analysis.centrality.OrderedChunks;
import org.scholargraph.export.ExportFolder;
import org.scholargraph.export.ExportOptions;
import org.scholargraph.export.RunSummary;
import org.scholargraph.graph.BreadthFirstSearch;
import org.scholargraph.graph.CoauthorshipNetwork;
import org.scholargraph.graph.CompactGraph;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.graph.TopicNetwork;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.Ingest;
import org.scholargraph.ingest.IngestResult;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.Author;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Rejection;
import org.scholargraph.resolve.CorpusResolver;
import org.scholargraph.resolve.NameThesaurus;
import org.scholargraph.resolve.PersonName;
import org.scholargraph.resolve.ResolutionOptions;

/**
 * The scholarly graph of a set of bibliographic files: the one entry point for JShell, notebooks
 * and the command line.
 *
 * <pre>{@code
 * var sg = ScholarGraph.load("input");                 // files, folders or globs; formats detected
 * sg.pagerank().top(10)                                // authors ranked by PageRank
 * sg.communities()                                     // coauthorship communities, labels, members
 * sg.timelineYears()                                   // one row per year
 * sg.years(2001, 2004).egoNetwork("M. E. J. Newman", 1).authors()
 * sg.coauthorshipGraph()                               // a JGraphT graph on author ids
 * sg.name("A7")                                        // the name of a vertex id of those graphs
 * sg.exportTo(Path.of("exports"))                      // every file of the export contract
 * }</pre>
 *
 * <p>Results are plain values: rows ({@link AuthorRow}, {@link PaperRow}, records …) in unmodifiable
 * lists ({@link Table}, {@link Ranking}) that print as small tables, with the columns and values of
 * the export contract's CSV files. Authors and papers carry their stable ids ({@code A7},
 * {@code P12}), the same on every run over the same input and kept by every filter.
 *
 * <p>Filters ({@link #years}, {@link #minPapers}, {@link #community}, {@link #egoNetwork},
 * {@link #papersWhere}, {@link #authorsWhere}) return a new {@code ScholarGraph} over the filtered
 * corpus, analysed again (on first use) as if it were the whole input. A paper filter keeps the
 * chosen papers with their authors; an author filter keeps the chosen authors, the papers with at
 * least one of them, and only them in the bylines, so that the coauthorship network is the subgraph
 * the chosen authors induce.
 *
 * <p>Instances are immutable and safe to share between threads; the analysis is computed on first
 * use and kept.
 */
public final class ScholarGraph {

    /**
     * The largest byline that adds coauthor pairs unless chosen otherwise ({@link Loader#maxAuthors}),
     * as in VOSviewer and bibliometrix: larger ones keep their authorships.
     */
    public static final int MAX_AUTHORS_DEFAULT = CoauthorshipNetwork.MAX_AUTHORS_DEFAULT;

    /**
     * The most edges written into one GraphML or GEXF file unless chosen otherwise
     * ({@link Loader#maxGraphEdges}): above it a file holds its strongest edges, the CSV files all.
     */
    public static final int MAX_GRAPH_EDGES_DEFAULT = ExportOptions.MAX_GRAPH_EDGES_DEFAULT;

    private final List<Path> inputs;
    private final List<Path> filesRead;
    private final Corpus corpus;
    private final List<Rejection> rejections;
    private final AnalysisParameters parameters;
    private final Map<String, Long> stageMillis;
    private final List<String> filters;
    private final Consumer<String> warnings;
    private final ExportOptions exportOptions;
    private CorpusAnalysis analysis;
    private Map<String, String> vertexNames;

    private ScholarGraph(List<Path> inputs, List<Path> filesRead, Corpus corpus, List<Rejection> rejections,
            AnalysisParameters parameters, Map<String, Long> stageMillis, List<String> filters,
            Consumer<String> warnings, ExportOptions exportOptions) {
        this.exportOptions = exportOptions;
        this.inputs = List.copyOf(inputs);
        this.filesRead = List.copyOf(filesRead);
        this.warnings = warnings;
        this.corpus = corpus;
        this.rejections = List.copyOf(rejections);
        this.parameters = parameters;
        this.stageMillis = new LinkedHashMap<>(stageMillis);
        this.filters = List.copyOf(filters);
    }

    // ----------------------------------------------------------------------------------- loading

    /** Reads files and folders with the default settings: {@code ScholarGraph.load(Path.of("input"))}. */
    public static ScholarGraph load(Path... inputs) throws IOException {
        return loader().load(List.of(inputs));
    }

    /**
     * Reads files, folders or globs with the default settings:
     * {@code ScholarGraph.load("input", "../exports/*.ris", "dblp/**.xml.gz")}.
     *
     * @throws UnreadableInput when an input cannot be read at all, or a glob matches no file
     */
    public static ScholarGraph load(String... pathsOrGlobs) throws IOException {
        return loader().load(pathsOrGlobs);
    }

    /** A loader to set threads, strictness or a warning sink before reading: {@code ScholarGraph.loader().threads(4)}. */
    public static Loader loader() {
        return new Loader(AnalysisParameters.defaults(), false, message -> { }, ResolutionOptions.defaults(),
                ExportOptions.defaults());
    }

    /** The version of scholargraph, with the commit when built from a clone: {@code ScholarGraph.version()}. */
    public static String version() {
        return Version.current();
    }

    /** The formats scholargraph reads, in detection order: {@code ScholarGraph.formats()}. */
    public static List<InputFormat> formats() {
        return Arrays.stream(Format.values())
                .map(f -> new InputFormat(f.id(), f.description(), f.fields()))
                .toList();
    }

    // ------------------------------------------------------------------------- what was read

    /** The resolved corpus, the model the stages share: {@code sg.corpus().papers().size()}. */
    public Corpus corpus() {
        return corpus;
    }

    /** The files that were read, in reading order (a folder counts by its files): {@code sg.filesRead().size()}. */
    public List<Path> filesRead() {
        return filesRead;
    }

    /** Records that could not be read, with file, line and reason: {@code sg.rejections()}. */
    public List<Rejection> rejections() {
        return rejections;
    }

    /** The parameters the analysis runs with: {@code sg.parameters().resolution()}. */
    public AnalysisParameters parameters() {
        return parameters;
    }

    /** The filters applied since loading, in order, empty for the whole input: {@code sg.filters()}. */
    public List<String> filters() {
        return filters;
    }

    /** The same corpus analysed with other parameters: {@code sg.withParameters(p)}. */
    public ScholarGraph withParameters(AnalysisParameters other) {
        return new ScholarGraph(inputs, filesRead, corpus, rejections, Objects.requireNonNull(other, "other"),
                readingTimes(), filters, warnings, exportOptions);
    }

    /**
     * The same corpus where papers with more than {@code limit} authors add no coauthor pairs
     * (0: no limit): {@code sg.maxAuthors(0)}.
     */
    public ScholarGraph maxAuthors(int limit) {
        return withParameters(parameters.withMaxAuthors(limit));
    }

    /**
     * Every measure, community and timeline of the corpus, computed once; the exports are written
     * from it: {@code sg.analysis().authors()}.
     */
    public synchronized CorpusAnalysis analysis() {
        if (analysis == null) {
            long start = System.nanoTime();
            ScholarlyNetworks networks = networks();
            stageMillis.put("graphs", (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            analysis = CorpusAnalyzer.analyse(corpus, networks, parameters);
            stageMillis.put("analysis", (System.nanoTime() - start) / 1_000_000);
        }
        return analysis;
    }

    /** The corpus's graphs; with two threads or more the topic network, the largest, is built beside the others. */
    private ScholarlyNetworks networks() {
        if (parameters.threads() < 2) {
            return ScholarlyNetworks.of(corpus, parameters.maxAuthors());
        }
        ExecutorService beside = OrderedChunks.pool(1, "scholargraph-topics");
        try {
            Future<TopicNetwork> topics = beside.submit(() -> TopicNetwork.of(corpus));
            return ScholarlyNetworks.of(corpus, parameters.maxAuthors(),
                    () -> OrderedChunks.resultOf(topics, "building the topic network"));
        } finally {
            beside.shutdownNow();
        }
    }

    // ------------------------------------------------------------------------------------ rows

    /**
     * One row per author with every measure, as {@code authors.csv} (in id order; {@code top(n)} is by
     * PageRank): {@code sg.authors().top(5)}, {@code sg.authors().sortedBy(AuthorMeasure.BETWEENNESS)}.
     */
    public Table<AuthorRow> authors() {
        return Table.ofNodes("authors", analysis().authors(), ResultRows.authors(analysis()), AuthorMeasure.PAGERANK);
    }

    /**
     * One row per paper, as {@code papers.csv} (in id order; {@code top(n)} is by PageRank on the
     * citation graph): {@code sg.papers().where(p -> p.year() == 2004).sortedBy(PaperMeasure.CITED_BY)}.
     */
    public Table<PaperRow> papers() {
        return Table.ofNodes("papers", analysis().papers(), ResultRows.papers(analysis()), PaperMeasure.PAGERANK);
    }

    /** One row per keyword, as {@code keywords.csv}: {@code sg.keywords()}. */
    public Table<KeywordRow> keywords() {
        return Table.ofRecords("keywords", KeywordRow.class, ResultRows.keywords(analysis()));
    }

    /** One row per coauthor pair, as {@code coauthorships.csv}: {@code sg.coauthorships()}. */
    public Table<CoauthorshipRow> coauthorships() {
        return Table.ofRecords("coauthorships", CoauthorshipRow.class, ResultRows.coauthorships(analysis()));
    }

    /** One row per in-corpus citation, as {@code citations.csv}: {@code sg.citations()}. */
    public Table<CitationRow> citations() {
        return Table.ofRecords("citations", CitationRow.class, ResultRows.citations(analysis()));
    }

    /**
     * The author with this id or, else, this name or any name form a source wrote ("Family, Given",
     * initials; ignoring case): {@code sg.author("M. E. J. Newman")}, {@code sg.author("Linkov, Igor")}.
     */
    public Optional<AuthorRow> author(String idOrName) {
        int index = authorIndex(idOrName);
        return index < 0 ? Optional.empty() : Optional.of(authors().get(index));
    }

    /** The paper with this id, DOI or title (ignoring case): {@code sg.paper("10.1038/30918")}. */
    public Optional<PaperRow> paper(String idDoiOrTitle) {
        Objects.requireNonNull(idDoiOrTitle, "idDoiOrTitle");
        for (PaperRow row : papers()) {
            if (row.paperId().equals(idDoiOrTitle) || row.doi().equalsIgnoreCase(idDoiOrTitle)
                    || row.title().equalsIgnoreCase(idDoiOrTitle)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /**
     * The name of a vertex of the JGraphT graphs: an author's name for an author id, a paper's title
     * for a paper id (its id when no source gave a title), the keyword itself for a keyword:
     * {@code sg.name("A7")}, {@code sg.coauthorshipGraph().vertexSet().stream().map(sg::name)}.
     *
     * @throws IllegalArgumentException when no author, paper or keyword here has this id
     */
    public String name(String vertexId) {
        Objects.requireNonNull(vertexId, "vertexId");
        String name = vertexNames().get(vertexId);
        if (name == null) {
            throw new IllegalArgumentException("no author, paper or keyword with id \"" + vertexId
                    + "\" here; ids are those of sg.authors(), sg.papers() and sg.keywords()");
        }
        return name;
    }

    /** Every vertex id of the graphs with its name, built on first use (author ids first, then papers, then keywords). */
    private synchronized Map<String, String> vertexNames() {
        if (vertexNames == null) {
            Map<String, String> names = new HashMap<>();
            for (Paper paper : corpus.papers()) {
                for (String keyword : paper.keywords()) {
                    names.put(keyword, keyword);
                }
            }
            for (Paper paper : corpus.papers()) {
                names.put(paper.id(), paper.title().isEmpty() ? paper.id() : paper.title());
            }
            for (Author author : corpus.authors()) {
                names.put(author.id(), author.name());
            }
            vertexNames = names;
        }
        return vertexNames;
    }

    // ----------------------------------------------------------------------------- rankings

    /** Authors ranked by weighted PageRank on the coauthorship network: {@code sg.pagerank().top(10)}. */
    public Ranking pagerank() {
        return ranking(AuthorMeasure.PAGERANK);
    }

    /** Authors ranked by a measure, highest first: {@code sg.ranking(AuthorMeasure.BETWEENNESS).top(5)}. */
    public Ranking ranking(AuthorMeasure measure) {
        Objects.requireNonNull(measure, "measure");
        return ranked("authors", measure.column(), authors(), measure::of, AuthorRow::authorId, AuthorRow::name);
    }

    /** Papers ranked by a measure, highest first: {@code sg.ranking(PaperMeasure.CITED_BY).top(5)}. */
    public Ranking ranking(PaperMeasure measure) {
        Objects.requireNonNull(measure, "measure");
        return ranked("papers", measure.column(), papers(), measure::of, PaperRow::paperId, PaperRow::title);
    }

    private static <R> Ranking ranked(String subject, String column, List<R> rows, ToDoubleFunction<R> score,
            java.util.function.Function<R, String> id, java.util.function.Function<R, String> name) {
        List<R> order = new ArrayList<>(rows);
        order.sort(Comparator.comparingDouble(score).reversed());
        List<RankedScore> scores = new ArrayList<>(order.size());
        int rank = 0;
        for (int i = 0; i < order.size(); i++) {
            R row = order.get(i);
            double value = score.applyAsDouble(row);
            if (i == 0 || Double.compare(value, score.applyAsDouble(order.get(i - 1))) != 0) {
                rank = i + 1;
            }
            scores.add(new RankedScore(rank, id.apply(row), name.apply(row), value));
        }
        return new Ranking(subject, column, scores);
    }

    // -------------------------------------------------------------------- communities, timeline

    /** The Leiden communities of the coauthorship network, largest first: {@code sg.communities()}. */
    public Table<CommunityRow> communities() {
        return communities(GraphKind.COAUTHORSHIP);
    }

    /** The Leiden communities of one graph, largest first: {@code sg.communities(GraphKind.TOPICS)}. */
    public Table<CommunityRow> communities(GraphKind graph) {
        Objects.requireNonNull(graph, "graph");
        return Table.ofRecords(graph.label() + " communities", CommunityRow.class,
                ResultRows.communities(analysis(), graph));
    }

    /** One row per year, as {@code timeline_years.csv}: {@code sg.timelineYears()}. */
    public Table<YearRow> timelineYears() {
        return Table.ofRecords("timeline years", YearRow.class, ResultRows.timelineYears(analysis()));
    }

    /** One row per author and year, as {@code timeline_authors.csv}: {@code sg.timelineAuthors()}. */
    public Table<AuthorYearRow> timelineAuthors() {
        return Table.ofRecords("timeline authors", AuthorYearRow.class, ResultRows.timelineAuthors(analysis()));
    }

    /** One author's years (by id or name): {@code sg.timelineOf("Santo Fortunato")}. */
    public Table<AuthorYearRow> timelineOf(String idOrName) {
        Author author = corpus.author(requireAuthor(idOrName));
        return Table.ofRecords("timeline of " + author.name(), AuthorYearRow.class,
                timelineAuthors().where(r -> r.authorId().equals(author.id())));
    }

    /** One row per coauthor pair with its first and last year, as {@code timeline_pairs.csv}: {@code sg.timelinePairs()}. */
    public Table<PairHistoryRow> timelinePairs() {
        return Table.ofRecords("timeline pairs", PairHistoryRow.class, ResultRows.timelinePairs(analysis()));
    }

    // ---------------------------------------------------------------------------------- graphs

    /**
     * The coauthorship network as a new JGraphT graph: vertices are author ids, edge weight the
     * joint papers (full counting); {@link #coauthorships()} has Newman's weight and years:
     * {@code new BetweennessCentrality<>(sg.coauthorshipGraph())}.
     */
    public Graph<String, DefaultWeightedEdge> coauthorshipGraph() {
        return JgraphtGraphs.coauthorship(analysis());
    }

    /** The in-corpus citation graph as a new JGraphT graph, paper ids citing → cited: {@code sg.citationGraph().edgeSet().size()}. */
    public Graph<String, DefaultEdge> citationGraph() {
        return JgraphtGraphs.citation(analysis());
    }

    /** Papers linked by shared keywords as a new JGraphT graph, weight = shared keywords: {@code sg.topicGraph()}. */
    public Graph<String, DefaultWeightedEdge> topicGraph() {
        return JgraphtGraphs.topics(analysis());
    }

    /** Keyword co-occurrence as a new JGraphT graph on the keywords, weight = papers sharing both: {@code sg.keywordGraph()}. */
    public Graph<String, DefaultWeightedEdge> keywordGraph() {
        return JgraphtGraphs.keywords(analysis());
    }

    /** The author → paper graph as a new JGraphT graph on author and paper ids: {@code sg.authorshipGraph()}. */
    public Graph<String, DefaultEdge> authorshipGraph() {
        return JgraphtGraphs.authorship(analysis());
    }

    // --------------------------------------------------------------------------------- filters

    /** The papers published from {@code from} to {@code to} (inclusive), with their authors: {@code sg.years(2001, 2004)}. */
    public ScholarGraph years(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("from must not be after to: " + from + " > " + to);
        }
        BitSet kept = new BitSet();
        for (Paper paper : corpus.papers()) {
            int year = paper.yearOrZero();
            if (year != 0 && year >= from && year <= to) {
                kept.set(paper.index());
            }
        }
        return filtered(SubCorpus.ofPapers(corpus, kept), "years " + from + "–" + to);
    }

    /** The papers that pass {@code test}, with their authors: {@code sg.papersWhere(p -> p.citedBy() > 0)}. */
    public ScholarGraph papersWhere(Predicate<? super PaperRow> test) {
        BitSet kept = new BitSet();
        Table<PaperRow> rows = papers();
        for (int p = 0; p < rows.size(); p++) {
            if (test.test(rows.get(p))) {
                kept.set(p);
            }
        }
        return filtered(SubCorpus.ofPapers(corpus, kept), "papers where …");
    }

    /** The authors with at least {@code n} papers, and their papers: {@code sg.minPapers(2)}. */
    public ScholarGraph minPapers(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        int[] counts = new int[corpus.authors().size()];
        corpus.papers().forEach(p -> p.authors().forEach(a -> counts[a]++));
        BitSet kept = new BitSet();
        for (int a = 0; a < counts.length; a++) {
            if (counts[a] >= n) {
                kept.set(a);
            }
        }
        return filtered(SubCorpus.ofAuthors(corpus, kept), "min papers " + n);
    }

    /** The authors that pass {@code test}, and their papers: {@code sg.authorsWhere(a -> a.hIndex() >= 2)}. */
    public ScholarGraph authorsWhere(Predicate<? super AuthorRow> test) {
        BitSet kept = new BitSet();
        Table<AuthorRow> rows = authors();
        for (int a = 0; a < rows.size(); a++) {
            if (test.test(rows.get(a))) {
                kept.set(a);
            }
        }
        return filtered(SubCorpus.ofAuthors(corpus, kept), "authors where …");
    }

    /** The authors of one coauthorship community (0 = largest), and their papers: {@code sg.community(0)}. */
    public ScholarGraph community(int number) {
        int[] membership = analysis().coauthorshipCommunities().membership();
        int count = analysis().coauthorshipCommunities().count();
        if (number < 0 || number >= count) {
            throw new IllegalArgumentException("no coauthorship community " + number + ": there are " + count
                    + " (0 to " + (count - 1) + ")");
        }
        BitSet kept = new BitSet();
        for (int a = 0; a < membership.length; a++) {
            if (membership[a] == number) {
                kept.set(a);
            }
        }
        return filtered(SubCorpus.ofAuthors(corpus, kept), "community " + number);
    }

    /**
     * An author (by id or name) and every author within {@code radius} coauthorship hops, with their
     * papers: {@code sg.egoNetwork("Santo Fortunato", 1)} is Fortunato and his coauthors.
     */
    public ScholarGraph egoNetwork(String idOrName, int radius) {
        if (radius < 0) {
            throw new IllegalArgumentException("radius must not be negative, was " + radius);
        }
        int ego = requireAuthor(idOrName);
        CompactGraph graph = coauthorshipCompactGraph();
        BreadthFirstSearch search = new BreadthFirstSearch(graph, BreadthFirstSearch.Direction.OUT);
        BitSet kept = new BitSet();
        for (int k = search.search(ego, radius) - 1; k >= 0; k--) {
            kept.set(search.reached(k));
        }
        return filtered(SubCorpus.ofAuthors(corpus, kept),
                "ego network of " + corpus.author(ego).name() + ", radius " + radius);
    }

    private synchronized CompactGraph coauthorshipCompactGraph() {
        return analysis != null ? analysis.networks().coauthorship().graph() : CoauthorshipNetwork.of(corpus, parameters.maxAuthors()).graph();
    }

    private ScholarGraph filtered(Corpus subset, String filter) {
        List<String> applied = new ArrayList<>(filters);
        applied.add(filter);
        return new ScholarGraph(inputs, filesRead, subset, rejections, parameters, readingTimes(), applied, warnings,
                exportOptions);
    }

    private int authorIndex(String idOrName) {
        Objects.requireNonNull(idOrName, "idOrName");
        for (Author author : corpus.authors()) {
            if (author.id().equals(idOrName)) {
                return author.index();
            }
        }
        for (Author author : corpus.authors()) {
            if (author.name().equalsIgnoreCase(idOrName.strip())) {
                return author.index();
            }
        }
        // any name form a source wrote, then the same name in another order or punctuation
        for (Author author : corpus.authors()) {
            if (author.nameForms().stream().anyMatch(f -> f.equalsIgnoreCase(idOrName.strip()))) {
                return author.index();
            }
        }
        PersonName wanted = PersonName.parse(idOrName);
        for (Author author : corpus.authors()) {
            if (author.nameForms().stream().anyMatch(f -> PersonName.parse(f).equals(wanted))) {
                return author.index();
            }
        }
        return -1;
    }

    private int requireAuthor(String idOrName) {
        int index = authorIndex(idOrName);
        if (index < 0) {
            throw new IllegalArgumentException("no author with id or name \"" + idOrName
                    + "\" here; sg.authors().where(a -> a.name().contains(\"…\")) lists candidates");
        }
        return index;
    }

    // ---------------------------------------------------------------------------------- export

    /**
     * Writes every file of the export contract into {@code folder}, all or nothing (an earlier export
     * there is replaced only when the new one is complete): {@code sg.exportTo(Path.of("exports"))}.
     * The folder must be new, empty, or an export that scholargraph wrote; a hidden folder beside it
     * that an export killed before it finished left is removed, and named to the loader's warnings.
     *
     * @throws org.scholargraph.export.ExportRefusedException when anything else is there (a file, a folder
     *     holding other files), or the folder is, holds or lies inside an input; nothing is then written
     *     or removed
     * @throws IOException when the export cannot be written; the folder is then as it was
     */
    public void exportTo(Path folder) throws IOException {
        export(summary -> ExportFolder.write(folder, analysis(), rejections, summary, exportOptions, warnings));
    }

    /**
     * Refuses, before reading and analysing, an export that {@link #exportTo(Path)} would refuse:
     * {@code ScholarGraph.checkExportFolder(Path.of("exports"), List.of(Path.of("input")))}.
     *
     * @throws org.scholargraph.export.ExportRefusedException when something other than an export of
     *     scholargraph is at {@code folder}, or it is, holds or lies inside one of {@code inputs}
     * @throws java.nio.file.AccessDeniedException when the folder cannot be written
     */
    public static void checkExportFolder(Path folder, List<Path> inputs) throws IOException {
        ExportFolder.checkTarget(folder, inputs);
    }

    /**
     * Writes some files of the export contract into {@code folder}, replacing those files there and
     * leaving the others: {@code sg.exportTo(Path.of("out"), "authors.csv", "coauthorship.graphml")}.
     * A file of the same name is replaced only in a folder holding nothing but files named as
     * scholargraph's exports.
     *
     * @throws IllegalArgumentException when a name is not one of {@link #exportFileNames()}
     * @throws org.scholargraph.export.ExportRefusedException when a file there may be the user's, or the
     *     folder is, holds or lies inside an input
     */
    public void exportTo(Path folder, String... files) throws IOException {
        List<String> names = List.of(files);
        export(summary -> ExportFolder.writeFiles(folder, analysis(), rejections, summary, names, exportOptions,
                warnings));
    }

    /** What an export does with the run's summary; the export's own time is noted after it. */
    private interface ExportStep {
        void writeWith(RunSummary summary) throws IOException;
    }

    private void export(ExportStep step) throws IOException {
        analysis();
        long start = System.nanoTime();
        Map<String, Long> timings;
        synchronized (this) {
            timings = new LinkedHashMap<>(stageMillis);
        }
        step.writeWith(new RunSummary(inputs.stream().map(Path::toString).toList(), timings, Version.current(),
                System.getProperty("java.version"), filters));
        synchronized (this) {
            stageMillis.put("export", (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** The names of the export contract's files: {@code ScholarGraph.exportFileNames()}. */
    public static List<String> exportFileNames() {
        return ExportFolder.FILE_NAMES;
    }

    /** The counts, and the filters when some were applied: {@code ScholarGraph[28 papers, 47 authors, 0 rejected records]}. */
    @Override
    public String toString() {
        return "ScholarGraph[" + corpus.papers().size() + " papers, " + corpus.authors().size() + " authors, "
                + rejections.size() + " rejected records" + (filters.isEmpty() ? "" : "; " + String.join(", ", filters))
                + "]";
    }

    private synchronized Map<String, Long> readingTimes() {
        Map<String, Long> reading = new LinkedHashMap<>();
        stageMillis.forEach((stage, millis) -> {
            if (stage.equals("read") || stage.equals("resolve")) {
                reading.put(stage, millis);
            }
        });
        return reading;
    }

    /** Settings for reading; immutable, each setter returns a copy: {@code ScholarGraph.loader().threads(2).load("input")}. */
    public static final class Loader {
        private final AnalysisParameters parameters;
        private final boolean strict;
        private final Consumer<String> warnings;
        private final ResolutionOptions resolution;
        private final ExportOptions exportOptions;

        private Loader(AnalysisParameters parameters, boolean strict, Consumer<String> warnings,
                ResolutionOptions resolution, ExportOptions exportOptions) {
            this.resolution = resolution;
            this.exportOptions = Objects.requireNonNull(exportOptions);
            this.parameters = Objects.requireNonNull(parameters);
            this.strict = strict;
            this.warnings = Objects.requireNonNull(warnings);
        }

        /** Reads and analyses on {@code count} threads: {@code loader().threads(1)}. */
        public Loader threads(int count) {
            return new Loader(parameters.withThreads(count), strict, warnings, resolution, exportOptions);
        }

        /** Makes the first bad record fatal: {@code loader().strict(true)}. */
        public Loader strict(boolean value) {
            return new Loader(parameters, value, warnings, resolution, exportOptions);
        }

        /**
         * Sends each warning (skipped file, rejected record, a leftover of a killed export removed) to
         * {@code sink}: {@code loader().warnings(System.err::println)}.
         */
        public Loader warnings(Consumer<String> sink) {
            return new Loader(parameters, strict, sink, resolution, exportOptions);
        }

        /**
         * Papers with more than {@code limit} authors keep their authorships but add no coauthor
         * pairs (0: no limit; default {@value CoauthorshipNetwork#MAX_AUTHORS_DEFAULT}):
         * {@code loader().maxAuthors(100)}.
         */
        public Loader maxAuthors(int limit) {
            return new Loader(parameters.withMaxAuthors(limit), strict, warnings, resolution, exportOptions);
        }

        /**
         * Computes betweenness and harmonic closeness exactly at any size (by default they are
         * estimated within ε of the exact scores above {@value AnalysisParameters#EXACT_BETWEENNESS_LIMIT_DEFAULT}
         * authors): {@code loader().exactShortestPaths(true)}. Exact costs one breadth-first search per author.
         */
        public Loader exactShortestPaths(boolean value) {
            return value ? new Loader(parameters.withExactShortestPaths(), strict, warnings, resolution, exportOptions) : this;
        }

        /**
         * Writes at most {@code limit} edges into each GraphML and GEXF file of an export (0: no
         * limit; default {@value ExportOptions#MAX_GRAPH_EDGES_DEFAULT}): above it a file holds all
         * its nodes and its strongest edges, and the CSV files still every edge:
         * {@code loader().maxGraphEdges(500_000)}.
         *
         * @throws IllegalArgumentException when {@code limit} is negative
         */
        public Loader maxGraphEdges(int limit) {
            return new Loader(parameters, strict, warnings, resolution, new ExportOptions(limit));
        }

        /** Analysis parameters to use: {@code loader().parameters(AnalysisParameters.defaults())}. */
        public Loader parameters(AnalysisParameters value) {
            return new Loader(value, strict, warnings, resolution, exportOptions);
        }

        /**
         * Keeps a preprint and its published version as two papers (by default they are one paper
         * with two versions): {@code loader().keepVersions(true)}.
         */
        public Loader keepVersions(boolean value) {
            return new Loader(parameters, strict, warnings, resolution.withKeepVersions(value), exportOptions);
        }

        /**
         * Applies a thesaurus of names and keywords before the automatic steps: a file in VOSviewer's
         * format, a header line {@code label<TAB>replace by}, then a name or keyword as written, a tab
         * and its replacement (empty to drop it): {@code loader().thesaurus(Path.of("thesaurus.txt"))}.
         *
         * @throws UnreadableInput {@code file:line: what is wrong} for a file of another shape
         */
        public Loader thesaurus(Path file) throws IOException {
            NameThesaurus read = readNames(file, NameThesaurus::readThesaurus);
            return new Loader(parameters, strict, warnings,
                    resolution.withThesaurus(new NameThesaurus(read.replacements(), resolution.thesaurus().splits())),
                    exportOptions);
        }

        /**
         * Keeps the names of a split list (header {@code label}, one name as written per line) out of
         * the automatic step: {@code loader().splitList(Path.of("split.txt"))}.
         *
         * @throws UnreadableInput {@code file:line: what is wrong} for a file of another shape
         */
        public Loader splitList(Path file) throws IOException {
            NameThesaurus read = readNames(file, NameThesaurus::readSplits);
            return new Loader(parameters, strict, warnings,
                    resolution.withThesaurus(resolution.thesaurus().withSplits(read)), exportOptions);
        }

        /** A file of names read by {@code reader}, its problems as {@code file:line: what is wrong}. */
        private static NameThesaurus readNames(Path file, NameFileReader reader) throws IOException {
            try {
                return reader.read(file);
            } catch (IllegalArgumentException e) {
                throw new UnreadableInput(e);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new UnreadableInput(file + ": no such file");
            }
        }

        @FunctionalInterface
        private interface NameFileReader {
            NameThesaurus read(Path file) throws IOException;
        }

        /**
         * Reads files, folders or globs ({@code *}, {@code **}, {@code ?}, {@code [..]}, {@code {..}}):
         * {@code loader().strict(true).load("input", "more/*.jsonl")}.
         *
         * @throws UnreadableInput when an input cannot be read at all, or a glob matches no file
         */
        public ScholarGraph load(String... pathsOrGlobs) throws IOException {
            return load(InputPaths.expand(List.of(pathsOrGlobs)));
        }

        /**
         * Reads and resolves the inputs: {@code loader().load(List.of(Path.of("input")))}.
         *
         * @throws UnreadableInput when an input cannot be read at all (or, when strict, has a bad record)
         */
        public ScholarGraph load(List<Path> inputs) throws IOException {
            Map<String, Long> stageMillis = new LinkedHashMap<>();
            long start = System.nanoTime();
            IngestResult read;
            try {
                read = Ingest.defaults().withThreads(parameters.threads()).withStrict(strict)
                        .withWarnings(warnings).read(new ArrayList<>(inputs));
            } catch (UnreadableInputException e) {
                throw new UnreadableInput(e);
            }
            stageMillis.put("read", (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            Corpus corpus = CorpusResolver.resolve(read.records(), resolution, parameters.threads());
            stageMillis.put("resolve", (System.nanoTime() - start) / 1_000_000);
            return new ScholarGraph(inputs, List.copyOf(read.formats().keySet()), corpus, read.rejections(), parameters,
                    stageMillis, List.of(), warnings, exportOptions);
        }

        /**
         * Counts the records of each input file without keeping any, in the memory of one record,
         * to check files before a run: {@code loader().count(List.of(Path.of("snapshot.jsonl.gz")))}.
         *
         * @throws UnreadableInput when an input cannot be read at all (or, when strict, has a bad record)
         */
        public List<FileRecords> count(List<Path> inputs) throws IOException {
            Map<Path, Ingest.FileCount> counts;
            try {
                counts = Ingest.defaults().withStrict(strict).withWarnings(warnings)
                        .stream(new ArrayList<>(inputs), new org.scholargraph.ingest.RecordSink() {
                            @Override
                            public void accept(org.scholargraph.model.BibRecord record) {
                                // counted, not kept
                            }

                            @Override
                            public void reject(Rejection rejection) {
                                // counted and reported as a warning, not kept
                            }
                        });
            } catch (UnreadableInputException e) {
                throw new UnreadableInput(e);
            }
            List<FileRecords> rows = new ArrayList<>();
            counts.forEach((file, count) -> rows.add(
                    new FileRecords(file.toString(), count.format().id(), count.records(), count.rejected())));
            return List.copyOf(rows);
        }
    }
}
