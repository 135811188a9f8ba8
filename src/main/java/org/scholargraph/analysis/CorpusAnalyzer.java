package org.scholargraph.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.scholargraph.analysis.centrality.OrderedChunks;
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
 * <p>The author and paper tables are the declared columns of {@link AuthorColumns} and
 * {@link PaperColumns}, computed in their order, each measure timed under its key.
 */
public final class CorpusAnalyzer {

    /** How many members a community's summary names. */
    public static final int TOP_MEMBERS = 5;

    /** How many keywords label a community. */
    public static final int LABEL_KEYWORDS = 3;

    /** Most communities of one graph that one keyword labels. */
    public static final int MAX_COMMUNITIES_PER_LABEL_TERM = 3;

    /** Significant digits to which two members' centralities must agree to tie in a community's summary. */
    static final int TIE_DIGITS = 10;

    private CorpusAnalyzer() {
    }

    /** Analyses a corpus and its graphs. */
    public static CorpusAnalysis analyse(Corpus corpus, ScholarlyNetworks networks, AnalysisParameters parameters) {
        // The four community searches (each seeded on its own) and the timeline are independent: on
        // more than one thread they run beside the centralities, with the same results as one after
        // another.
        ExecutorService pool = parameters.threads() > 1
                ? OrderedChunks.pool(Math.min(4, parameters.threads()), "scholargraph-analysis")
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
        // The largest graph's search first, so that the longest task starts at once and the others
        // fill in beside it; each search's result does not depend on when it runs. The search takes
        // the citation graph as undirected itself, on the pool, rather than this thread first.
        Map<String, CompactGraph> searched = Map.of("coauthorship", coauthorship, "citation", citation,
                "topics", networks.topics().graph(), "keywords", networks.keywords().graph());
        Map<String, Supplier<Communities>> searches = new HashMap<>();
        searched.keySet().stream()
                .sorted(Comparator.comparingLong((String name) -> -searched.get(name).edgeCount())
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(name -> searches.put(name, later(pool,
                        () -> timed(measureMillis, name + ".leiden", () -> leiden(searched.get(name), parameters)))));
        Supplier<Communities> authorSearch = searches.get("coauthorship");
        Supplier<Communities> paperSearch = searches.get("citation");
        Supplier<Communities> topicSearch = searches.get("topics");
        Supplier<Communities> keywordSearch = searches.get("keywords");
        // Every declared column, in order; sampling above the exact limit draws from the run's seed,
        // sized by the run's ε and δ.
        AnalysisContext context = new AnalysisContext(corpus, networks, parameters, authorSearch, paperSearch,
                topicSearch);
        Supplier<Timeline> timelineWork = later(pool, () -> timed(measureMillis, "timeline",
                () -> CollaborationTimeline.of(corpus, networks, context.papersOf())));
        NodeTable authors = NodeTable.compute(AuthorColumns.ALL, corpus.authors().size(), context, measureMillis);
        NodeTable papers = NodeTable.compute(PaperColumns.ALL, corpus.papers().size(), context, measureMillis);
        Communities authorCommunities = authorSearch.get();
        Communities paperCommunities = paperSearch.get();
        Communities topicCommunities = topicSearch.get();
        Communities keywordCommunities = keywordSearch.get();
        double[] pagerank = authors.numbers(AuthorColumns.PAGERANK);
        double[] paperRank = papers.numbers(PaperColumns.PAGERANK);
        int[][] papersOf = context.papersOf();
        ShortestPathSampling sampling = context.betweenness().isExact() && context.harmonic().isExact()
                ? ShortestPathSampling.EXACT
                : new ShortestPathSampling(false, context.betweenness().samples(),
                        context.betweenness().vertexDiameterBound(), context.harmonic().targets());

        List<CommunitySummary> summaries = new ArrayList<>();
        // An author's terms are the keywords of their papers, read from one list by paper index
        // rather than from each paper.
        List<List<String>> keywordsOf = corpus.papers().stream().map(Paper::keywords).toList();
        summaries.addAll(summarise("coauthorship", authorCommunities, pagerank,
                a -> corpus.author(a).name(), a -> keywordsOfPapers(papersOf[a], keywordsOf), v -> 1));
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

        Timeline timeline = timelineWork.get();
        return new CorpusAnalysis(corpus, networks, authors, papers, authorCommunities, paperCommunities,
                topicCommunities, keywordCommunities, summaries, timeline, parameters, sampling,
                new TreeMap<>(measureMillis));
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
        return () -> OrderedChunks.resultOf(future, "analysing the corpus");
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

    /**
     * One summary per community: its most central members by {@code centrality} (ties by index;
     * centralities that agree to {@value #TIE_DIGITS} significant digits tie, so that members the
     * graph cannot tell apart come in index order whatever the rounding of the iteration that scored them)
     * and its most distinctive keywords ({@link DistinctiveTerms}), each member counted with its
     * {@code weight}.
     */
    private static List<CommunitySummary> summarise(String graph, Communities communities, double[] centrality,
            IntFunction<String> memberName, IntFunction<List<String>> memberKeywords, IntToDoubleFunction weight) {
        int count = communities.count();
        int[] membership = communities.membership();
        // Each community's members, ascending, by a counting sort: a citation graph's partition has
        // about as many communities as papers.
        int[] start = new int[count + 1];
        for (int c : membership) {
            start[c + 1]++;
        }
        for (int c = 0; c < count; c++) {
            start[c + 1] += start[c];
        }
        int[] members = new int[membership.length];
        int[] fill = Arrays.copyOf(start, count);
        for (int v = 0; v < membership.length; v++) {
            members[fill[membership[v]]++] = v;
        }
        DistinctiveTerms labels = new DistinctiveTerms(membership, count, memberKeywords, weight, LABEL_KEYWORDS,
                MAX_COMMUNITIES_PER_LABEL_TERM);
        double[] rank = new double[centrality.length];
        for (int v = 0; v < rank.length; v++) {
            rank[v] = significant(centrality[v]);
        }
        List<CommunitySummary> rows = new ArrayList<>(count);
        int[] best = new int[TOP_MEMBERS];
        for (int c = 0; c < count; c++) {
            int kept = topMembers(members, start[c], start[c + 1], rank, best);
            List<String> top = new ArrayList<>(kept);
            for (int k = 0; k < kept; k++) {
                top.add(memberName.apply(best[k]));
            }
            List<DistinctiveTerms.ScoredTerm> label = labels.label(c);
            rows.add(new CommunitySummary(graph, c, start[c + 1] - start[c],
                    label.stream().map(DistinctiveTerms.ScoredTerm::term).collect(Collectors.joining("; ")), top,
                    communities.modularity(), label.stream().map(DistinctiveTerms.ScoredTerm::score).toList()));
        }
        return rows;
    }

    /**
     * The members {@code members[from..to)} (ascending) of highest rank, ties to the smaller, at most
     * {@code best.length} of them, best first in {@code best}; how many. The order of sorting them all
     * by rank descending and member ascending, without sorting them all.
     */
    private static int topMembers(int[] members, int from, int to, double[] rank, int[] best) {
        int kept = 0;
        for (int k = from; k < to; k++) {
            int v = members[k];
            if (kept == best.length && !ranksBefore(v, best[kept - 1], rank)) {
                continue;
            }
            int at = kept == best.length ? kept - 1 : kept++;
            while (at > 0 && ranksBefore(v, best[at - 1], rank)) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = v;
        }
        return kept;
    }

    /** Whether member {@code v} comes before {@code u}: higher rank, as a sort by -rank orders it, then the smaller. */
    private static boolean ranksBefore(int v, int u, double[] rank) {
        int c = Double.compare(-rank[v], -rank[u]);
        return c < 0 || c == 0 && v < u;
    }

    /** The keywords of {@code papers}, paper by paper (repeats kept: a term counts once per member). */
    private static List<String> keywordsOfPapers(int[] papers, List<List<String>> keywordsOf) {
        List<String> terms = new ArrayList<>();
        for (int p : papers) {
            terms.addAll(keywordsOf.get(p));
        }
        return terms;
    }

    /** {@code x} rounded to {@value #TIE_DIGITS} significant digits. */
    private static double significant(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        double scale = Math.pow(10, TIE_DIGITS - 1 - (int) Math.floor(Math.log10(Math.abs(x))));
        return Math.round(x * scale) / scale;
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
