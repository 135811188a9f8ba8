package org.scholargraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/**
 * Papers linked through the keywords they share, weighted so that a rare shared keyword counts more
 * than a common one: each shared keyword adds its inverse document frequency ln(1 + n / n_k), for n
 * papers of which n_k carry the keyword (Sparck Jones, "A statistical interpretation of term
 * specificity and its application in retrieval", J. Documentation 28(1), 1972; the "1 +" keeps a
 * keyword on every paper of a tiny corpus above zero). Two papers sharing a keyword of two papers
 * in a thousand are linked about three times as strongly as two sharing one of three hundred.
 *
 * <p>Three rules keep the graph meaningful and its cost bounded on large corpora:
 * <ol>
 *   <li>A keyword on more papers than {@link #commonKeywordLimit(int)} (half of the papers in a
 *       small corpus, {@code 4·√n} in a large one, never fewer than {@link #MIN_PAPERS_FOR_COMMON})
 *       is too common to say two papers are on one topic, and links nothing.</li>
 *   <li>The pairs a keyword makes cost O(k²) for k papers; when all kept keywords together would
 *       make more than {@link #PAIR_BUDGET} pairs, the most common ones are left out too, until
 *       they fit.</li>
 *   <li>Each paper keeps its {@link #MAX_LINKS_PER_PAPER} strongest links (highest weight,
 *       then the lower paper index); a link stays when either of its papers keeps it. Gephi shows
 *       a hairball otherwise.</li>
 * </ol>
 * Pairs are counted on a sorted {@code long[]} of packed paper pairs, not in a hash map of lists:
 * 8 bytes a pair while counting. The papers' shared keywords are listed only for the links kept.
 */
public final class TopicNetwork {

    /** Share of all papers above which a keyword links nothing, in small corpora. */
    public static final double MAX_KEYWORD_SHARE_DEFAULT = 0.5;

    /** A keyword on this many papers or fewer is never considered too common. */
    public static final int MIN_PAPERS_FOR_COMMON = 3;

    /** Most paper pairs counted at once (160 MB of packed pairs). */
    public static final long PAIR_BUDGET = 20_000_000L;

    /** Strongest links each paper keeps. */
    public static final int MAX_LINKS_PER_PAPER = 25;

    /** How topic links are weighted, as {@code summary.json} states it. */
    public static final String WEIGHTING = "idf: each shared keyword adds ln(1 + papers / papers with the keyword)";

    private final CompactGraph graph;
    private final List<TopicLink> links;
    private final List<String> commonKeywords;

    private TopicNetwork(CompactGraph graph, List<TopicLink> links, List<String> commonKeywords) {
        this.graph = graph;
        this.links = links;
        this.commonKeywords = commonKeywords;
    }

    /** Links papers that share keywords, with the default limits. */
    public static TopicNetwork of(Corpus corpus) {
        return of(corpus, MAX_KEYWORD_SHARE_DEFAULT);
    }

    /** The number of papers above which a keyword is too common to link papers, for {@code n} papers. */
    public static int commonKeywordLimit(int n) {
        return commonKeywordLimit(n, MAX_KEYWORD_SHARE_DEFAULT);
    }

    private static int commonKeywordLimit(int n, double share) {
        int bySize = (int) Math.min(Math.floor(share * n), Math.ceil(4 * Math.sqrt(n)));
        return Math.max(MIN_PAPERS_FOR_COMMON, bySize);
    }

    /** Links papers that share keywords, leaving out keywords on more than {@code maxKeywordShare} of them. */
    public static TopicNetwork of(Corpus corpus, double maxKeywordShare) {
        if (!(maxKeywordShare > 0 && maxKeywordShare <= 1)) {
            throw new IllegalArgumentException("maxKeywordShare must be in (0, 1], was " + maxKeywordShare);
        }
        int paperCount = corpus.papers().size();
        Map<String, List<Integer>> papersByKeyword = new TreeMap<>();
        for (Paper paper : corpus.papers()) {
            for (String keyword : new HashSet<>(paper.keywords())) {
                papersByKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(paper.index());
            }
        }
        Set<String> common = commonKeywords(papersByKeyword, commonKeywordLimit(paperCount, maxKeywordShare));

        long[] pairs = countedPairs(papersByKeyword, common);
        int unique = 0;
        for (int k = 0; k < pairs.length; k++) {
            if (unique == 0 || pairs[k] != pairs[unique - 1]) {
                pairs[unique++] = pairs[k]; // the distinct pairs, still sorted, in the array's head
            }
        }
        int[] sources = new int[unique];
        int[] targets = new int[unique];
        for (int e = 0; e < unique; e++) {
            sources[e] = (int) (pairs[e] >>> 32);
            targets[e] = (int) pairs[e];
        }
        double[] weights = idfWeights(papersByKeyword, common, paperCount, pairs, unique);
        pairs = null; // the packed pairs are done with; let them go before the links are made
        boolean[] kept = strongestLinks(paperCount, sources, targets, weights, unique);

        CompactGraph.Builder builder = CompactGraph.undirected(paperCount);
        List<TopicLink> links = new ArrayList<>();
        for (int e = 0; e < unique; e++) {
            if (!kept[e]) {
                continue;
            }
            int a = sources[e];
            int b = targets[e];
            List<String> shared = sharedKeywords(corpus.paper(a), corpus.paper(b), common);
            int ya = corpus.paper(a).yearOrZero();
            int yb = corpus.paper(b).yearOrZero();
            int first = ya == 0 ? yb : yb == 0 ? ya : Math.min(ya, yb);
            links.add(new TopicLink(a, b, weights[e], shared, first, Math.max(ya, yb)));
            builder.addEdge(a, b, weights[e]);
        }
        return new TopicNetwork(builder.build(), List.copyOf(links), List.copyOf(new java.util.TreeSet<>(common)));
    }

    /**
     * The weight of each distinct pair (sorted in {@code pairs[0..unique)}): the sum of the idf of
     * the keywords its papers share, added keyword by keyword in the map's order, so the sums do not
     * depend on anything but the corpus. Each pair is found by binary search: O(P log P) for P pairs.
     */
    private static double[] idfWeights(Map<String, List<Integer>> papersByKeyword, Set<String> common, int paperCount,
            long[] pairs, int unique) {
        double[] weights = new double[unique];
        for (Map.Entry<String, List<Integer>> entry : papersByKeyword.entrySet()) {
            if (common.contains(entry.getKey())) {
                continue;
            }
            List<Integer> papers = entry.getValue();
            double idf = Math.log1p((double) paperCount / papers.size());
            for (int i = 0; i < papers.size(); i++) {
                long a = papers.get(i);
                for (int j = i + 1; j < papers.size(); j++) {
                    weights[Arrays.binarySearch(pairs, 0, unique, (a << 32) | papers.get(j))] += idf;
                }
            }
        }
        return weights;
    }

    /** Keywords above the limit, then the most common of the rest until the pairs fit the budget. */
    private static Set<String> commonKeywords(Map<String, List<Integer>> papersByKeyword, int limit) {
        Set<String> common = new HashSet<>();
        List<Map.Entry<String, List<Integer>>> kept = new ArrayList<>();
        long pairCount = 0;
        for (Map.Entry<String, List<Integer>> entry : papersByKeyword.entrySet()) {
            int k = entry.getValue().size();
            if (k > limit) {
                common.add(entry.getKey());
            } else {
                kept.add(entry);
                pairCount += (long) k * (k - 1) / 2;
            }
        }
        if (pairCount > PAIR_BUDGET) {
            kept.sort((x, y) -> x.getValue().size() != y.getValue().size()
                    ? Integer.compare(y.getValue().size(), x.getValue().size()) : x.getKey().compareTo(y.getKey()));
            for (Map.Entry<String, List<Integer>> entry : kept) {
                if (pairCount <= PAIR_BUDGET) {
                    break;
                }
                int k = entry.getValue().size();
                pairCount -= (long) k * (k - 1) / 2;
                common.add(entry.getKey());
            }
        }
        return common;
    }

    /** Every (smaller, larger) paper pair once per shared keyword, packed and sorted. */
    private static long[] countedPairs(Map<String, List<Integer>> papersByKeyword, Set<String> common) {
        long total = 0;
        for (Map.Entry<String, List<Integer>> entry : papersByKeyword.entrySet()) {
            if (!common.contains(entry.getKey())) {
                long k = entry.getValue().size();
                total += k * (k - 1) / 2;
            }
        }
        long[] pairs = new long[Math.toIntExact(total)];
        int at = 0;
        for (Map.Entry<String, List<Integer>> entry : papersByKeyword.entrySet()) {
            if (common.contains(entry.getKey())) {
                continue;
            }
            List<Integer> papers = entry.getValue(); // ascending: papers were visited in index order
            for (int i = 0; i < papers.size(); i++) {
                long a = papers.get(i);
                for (int j = i + 1; j < papers.size(); j++) {
                    pairs[at++] = (a << 32) | papers.get(j);
                }
            }
        }
        Arrays.sort(pairs);
        return pairs;
    }

    /** Marks each link that one of its papers counts among its strongest. */
    private static boolean[] strongestLinks(int paperCount, int[] sources, int[] targets, double[] weights, int m) {
        boolean[] kept = new boolean[m];
        int[] degree = new int[paperCount + 1];
        for (int e = 0; e < m; e++) {
            degree[sources[e] + 1]++;
            degree[targets[e] + 1]++;
        }
        boolean anyOver = false;
        for (int v = 0; v < paperCount; v++) {
            anyOver |= degree[v + 1] > MAX_LINKS_PER_PAPER;
            degree[v + 1] += degree[v];
        }
        if (!anyOver) {
            Arrays.fill(kept, true);
            return kept;
        }
        int[] incident = new int[2 * m];
        int[] fill = Arrays.copyOf(degree, paperCount);
        for (int e = 0; e < m; e++) {
            incident[fill[sources[e]]++] = e;
            incident[fill[targets[e]]++] = e;
        }
        for (int v = 0; v < paperCount; v++) {
            int from = degree[v];
            int to = degree[v + 1];
            if (to - from <= MAX_LINKS_PER_PAPER) {
                for (int i = from; i < to; i++) {
                    kept[incident[i]] = true;
                }
                continue;
            }
            // The strongest links of v: highest weight, then the lower other paper, kept in a
            // small array in that order by insertion (a paper has few links beyond the limit).
            int[] best = new int[MAX_LINKS_PER_PAPER];
            int size = 0;
            for (int i = from; i < to; i++) {
                int e = incident[i];
                if (size == MAX_LINKS_PER_PAPER && !stronger(e, best[size - 1], v, sources, targets, weights)) {
                    continue;
                }
                int at = size == MAX_LINKS_PER_PAPER ? size - 1 : size++;
                while (at > 0 && stronger(e, best[at - 1], v, sources, targets, weights)) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = e;
            }
            for (int i = 0; i < size; i++) {
                kept[best[i]] = true;
            }
        }
        return kept;
    }

    /** Whether link {@code x} of {@code node} ranks before link {@code y}: higher weight, then the lower other paper. */
    private static boolean stronger(int x, int y, int node, int[] sources, int[] targets, double[] weights) {
        return weights[x] != weights[y] ? weights[x] > weights[y]
                : other(sources, targets, x, node) < other(sources, targets, y, node);
    }

    private static int other(int[] sources, int[] targets, int e, int node) {
        return sources[e] == node ? targets[e] : sources[e];
    }

    /** The keywords both papers carry, but not the common ones, sorted; a paper carries few keywords. */
    private static List<String> sharedKeywords(Paper a, Paper b, Set<String> common) {
        List<String> shared = new ArrayList<>(4);
        for (String keyword : b.keywords()) {
            if (a.keywords().contains(keyword) && !shared.contains(keyword) && !common.contains(keyword)) {
                shared.add(keyword);
            }
        }
        shared.sort(null);
        return shared;
    }

    /** The graph on paper indices, edge weight = the idf of the shared keywords, summed. */
    public CompactGraph graph() {
        return graph;
    }

    /** Every linked pair once, ordered by (source, target). */
    public List<TopicLink> links() {
        return links;
    }

    /** Keywords left out as too common, sorted. */
    public List<String> commonKeywords() {
        return commonKeywords;
    }

    @Override
    public String toString() {
        return "topics: " + graph;
    }
}
