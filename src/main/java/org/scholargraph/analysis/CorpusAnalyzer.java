package org.scholargraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.scholargraph.analysis.centrality.CoreNumber;
import org.scholargraph.analysis.centrality.HIndex;
import org.scholargraph.analysis.centrality.HarmonicCloseness;
import org.scholargraph.analysis.centrality.HopBetweenness;
import org.scholargraph.analysis.centrality.OrderedChunks;
import org.scholargraph.analysis.centrality.WeightedEigenvector;
import org.scholargraph.analysis.centrality.WeightedPageRank;
import org.scholargraph.analysis.community.Communities;
import org.scholargraph.analysis.community.LeidenCommunityDetection;
import org.scholargraph.analysis.timeline.CollaborationTimeline;
import org.scholargraph.analysis.timeline.Timeline;
import org.scholargraph.graph.CompactGraph;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/**
 * Runs every analysis of a corpus: author measures on the coauthorship network, paper measures on
 * the citation graph, Leiden communities of all four graphs with their labels, and the timeline.
 *
 * <p>Measures that count hops (betweenness, harmonic closeness) run on the unweighted coauthorship
 * graph: on a graph weighted by joint papers, a weight read as a distance would put frequent
 * collaborators farther apart. PageRank, strength and eigenvector use the joint-paper weights.
 */
public final class CorpusAnalyzer {

    /** How many members a community's summary names. */
    public static final int TOP_MEMBERS = 5;

    /** How many keywords label a community. */
    public static final int LABEL_KEYWORDS = 3;

    /** Most communities of one graph that one keyword labels. */
    public static final int MAX_COMMUNITIES_PER_LABEL_TERM = 3;

    private CorpusAnalyzer() {
    }

    /** Analyses a corpus and its graphs. */
    public static CorpusAnalysis analyse(Corpus corpus, ScholarlyNetworks networks, AnalysisParameters parameters) {
        // The four community searches are independent and each seeded on its own: on more than
        // one thread they run beside the centralities, with the same results as one after another.
        ExecutorService pool = parameters.threads() > 1
                ? Executors.newFixedThreadPool(Math.min(4, parameters.threads()), CorpusAnalyzer::daemon)
                : null;
        try {
            return analyse(corpus, networks, parameters, pool);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static CorpusAnalysis analyse(Corpus corpus, ScholarlyNetworks networks, AnalysisParameters parameters,
            ExecutorService pool) {
        CompactGraph coauthorship = networks.coauthorship().graph();
        CompactGraph citation = networks.citation().graph();
        // Wall time of each measure on each graph, for summary.json ("coauthorship.pagerank"), so
        // that one kernel can be set beside another implementation's on the same graph.
        Map<String, Long> measureMillis = new ConcurrentHashMap<>();
        Supplier<Communities> authorSearch = later(pool,
                () -> timed(measureMillis, "coauthorship.leiden", () -> leiden(coauthorship, parameters)));
        Supplier<Communities> paperSearch = later(pool,
                () -> timed(measureMillis, "citation.leiden", () -> leiden(citation.asUndirected(), parameters)));
        Supplier<Communities> topicSearch = later(pool,
                () -> timed(measureMillis, "topics.leiden", () -> leiden(networks.topics().graph(), parameters)));
        Supplier<Communities> keywordSearch = later(pool,
                () -> timed(measureMillis, "keywords.leiden", () -> leiden(networks.keywords().graph(), parameters)));

        CompactGraph hops = coauthorship.unweighted();
        // Sampling above the exact limit draws from the run's seed, sized by the run's ε and δ.
        double[] pagerank = timed(measureMillis, "coauthorship.pagerank",
                () -> new WeightedPageRank(coauthorship, parameters.pagerankDamping()).scores());
        HopBetweenness betweennessMeasure = new HopBetweenness(hops, parameters.threads(),
                parameters.exactBetweennessLimit(), parameters.betweennessEpsilon(), parameters.samplingDelta(),
                parameters.seed());
        double[] betweenness = timed(measureMillis, "coauthorship.betweenness", betweennessMeasure::scores);
        HarmonicCloseness harmonicMeasure = new HarmonicCloseness(hops, parameters.threads(),
                parameters.exactBetweennessLimit(), parameters.harmonicEpsilon(), parameters.samplingDelta(),
                parameters.seed());
        double[] harmonic = timed(measureMillis, "coauthorship.harmonic", harmonicMeasure::scores);
        ShortestPathSampling sampling = betweennessMeasure.isExact() && harmonicMeasure.isExact()
                ? ShortestPathSampling.EXACT
                : new ShortestPathSampling(false, betweennessMeasure.samples(), betweennessMeasure.vertexDiameterBound(),
                        harmonicMeasure.targets());
        double[] eigenvector = timed(measureMillis, "coauthorship.eigenvector",
                () -> new WeightedEigenvector(coauthorship).scores());
        double[] coreness = timed(measureMillis, "coauthorship.coreness", () -> new CoreNumber(coauthorship).scores());
        double[] paperRank = timed(measureMillis, "citation.pagerank",
                () -> new WeightedPageRank(citation, parameters.pagerankDamping()).scores());
        Communities authorCommunities = authorSearch.get();
        Communities paperCommunities = paperSearch.get();
        Communities topicCommunities = topicSearch.get();
        Communities keywordCommunities = keywordSearch.get();

        int[] citedBy = new int[corpus.papers().size()];
        for (int p = 0; p < citedBy.length; p++) {
            citedBy[p] = citation.inDegree(p);
        }
        List<PaperStats> papers = new ArrayList<>(citedBy.length);
        for (Paper paper : corpus.papers()) {
            int p = paper.index();
            papers.add(new PaperStats(p, paper.references().size(), citedBy[p], paperRank[p], paperCommunities.of(p),
                    topicCommunities.of(p)));
        }
        List<List<Integer>> papersOf = papersOfAuthors(corpus);
        List<AuthorStats> authors = authorStats(corpus, papersOf, citedBy, coauthorship, pagerank, betweenness, harmonic,
                eigenvector, coreness, authorCommunities);

        List<CommunitySummary> summaries = new ArrayList<>();
        summaries.addAll(summarise("coauthorship", authorCommunities, pagerank,
                a -> corpus.author(a).name(),
                a -> papersOf.get(a).stream().flatMap(p -> corpus.paper(p).keywords().stream()).toList(), v -> 1));
        summaries.addAll(summarise("citation", paperCommunities, paperRank,
                p -> titleOf(corpus.paper(p)), p -> corpus.paper(p).keywords(), v -> 1));
        double[] topicStrength = strengths(networks.topics().graph());
        summaries.addAll(summarise("topics", topicCommunities, topicStrength,
                p -> titleOf(corpus.paper(p)), p -> corpus.paper(p).keywords(), v -> 1));
        double[] keywordPapers = IntStream.range(0, networks.keywords().keywords().size())
                .mapToDouble(k -> networks.keywords().papers(k)).toArray();
        // a keyword is its own term, weighted by its papers: a community of keywords is labelled by
        // its keywords on the most papers
        summaries.addAll(summarise("keywords", keywordCommunities, keywordPapers,
                k -> networks.keywords().keywords().get(k), k -> List.of(networks.keywords().keywords().get(k)),
                k -> Math.max(1, keywordPapers[k])));

        Timeline timeline = timed(measureMillis, "timeline", () -> CollaborationTimeline.of(corpus, networks));
        return new CorpusAnalysis(corpus, networks, authors, papers, authorCommunities, paperCommunities,
                topicCommunities, keywordCommunities, summaries, timeline, parameters, sampling, new TreeMap<>(measureMillis));
    }

    /** The value of {@code work}, its wall time in milliseconds put in {@code millis} under {@code name}. */
    private static <T> T timed(Map<String, Long> millis, String name, Supplier<T> work) {
        long start = System.nanoTime();
        T value = work.get();
        millis.put(name, (System.nanoTime() - start) / 1_000_000);
        return value;
    }

    private static Communities leiden(CompactGraph graph, AnalysisParameters parameters) {
        return new LeidenCommunityDetection(graph, parameters.resolution(), parameters.leidenIterations(),
                parameters.leidenRandomStarts(), parameters.seed()).communities();
    }

    /** A computation started on the pool now (or run now when there is none), its result on get(). */
    private static <T> Supplier<T> later(ExecutorService pool, Callable<T> work) {
        if (pool == null) {
            T value = call(work);
            return () -> value;
        }
        Future<T> future = pool.submit(work);
        return () -> OrderedChunks.resultOf(future, "finding communities");
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "scholargraph-communities");
        thread.setDaemon(true);
        return thread;
    }

    private static List<List<Integer>> papersOfAuthors(Corpus corpus) {
        List<List<Integer>> papersOf = new ArrayList<>(corpus.authors().size());
        for (int a = 0; a < corpus.authors().size(); a++) {
            papersOf.add(new ArrayList<>());
        }
        corpus.papers().forEach(p -> p.authors().forEach(a -> papersOf.get(a).add(p.index())));
        return papersOf;
    }

    private static List<AuthorStats> authorStats(Corpus corpus, List<List<Integer>> papersOf, int[] citedBy, CompactGraph coauthorship,
            double[] pagerank, double[] betweenness, double[] harmonic, double[] eigenvector, double[] coreness,
            Communities communities) {
        int authorCount = corpus.authors().size();
        List<AuthorStats> rows = new ArrayList<>(authorCount);
        for (int a = 0; a < authorCount; a++) {
            List<Integer> own = papersOf.get(a);
            int[] counts = own.stream().mapToInt(p -> citedBy[p]).toArray();
            int first = 0;
            int last = 0;
            for (int p : own) {
                int year = corpus.paper(p).yearOrZero();
                if (year != 0) {
                    first = first == 0 ? year : Math.min(first, year);
                    last = Math.max(last, year);
                }
            }
            rows.add(new AuthorStats(a, own.size(), IntStream.of(counts).sum(), HIndex.hIndex(counts), first, last,
                    coauthorship.degree(a), coauthorship.strength(a), betweenness[a], harmonic[a], eigenvector[a],
                    pagerank[a], (int) coreness[a], communities.of(a)));
        }
        return rows;
    }

    /**
     * One summary per community: its most central members by {@code centrality} (ties by index)
     * and its most distinctive keywords ({@link DistinctiveTerms}), each member counted with its
     * {@code weight}.
     */
    private static List<CommunitySummary> summarise(String graph, Communities communities, double[] centrality,
            IntFunction<String> memberName, IntFunction<List<String>> memberKeywords, IntToDoubleFunction weight) {
        int count = communities.count();
        List<List<Integer>> members = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
        }
        int[] membership = communities.membership();
        for (int v = 0; v < membership.length; v++) {
            members.get(membership[v]).add(v);
        }
        DistinctiveTerms labels = new DistinctiveTerms(membership, count, memberKeywords, weight, LABEL_KEYWORDS,
                MAX_COMMUNITIES_PER_LABEL_TERM);
        List<CommunitySummary> rows = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            List<Integer> group = members.get(c);
            List<String> top = group.stream()
                    .sorted(Comparator.<Integer>comparingDouble(v -> -centrality[v]).thenComparingInt(v -> v))
                    .limit(TOP_MEMBERS)
                    .map(memberName::apply)
                    .toList();
            List<DistinctiveTerms.ScoredTerm> label = labels.label(c);
            rows.add(new CommunitySummary(graph, c, group.size(),
                    label.stream().map(DistinctiveTerms.ScoredTerm::term).collect(Collectors.joining("; ")), top,
                    communities.modularity(), label.stream().map(DistinctiveTerms.ScoredTerm::score).toList()));
        }
        return rows;
    }

    private static String titleOf(Paper paper) {
        if (!paper.title().isEmpty()) {
            return paper.title();
        }
        String text = paper.abstractText();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static double[] strengths(CompactGraph graph) {
        double[] result = new double[graph.nodeCount()];
        for (int v = 0; v < result.length; v++) {
            result[v] = graph.strength(v);
        }
        return result;
    }
}
