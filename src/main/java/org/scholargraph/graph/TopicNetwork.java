package org.scholargraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 * Keywords are indices into their sorted names and pairs are counted on int arrays, grouped by
 * their smaller paper, not in a hash map of lists: 8 bytes a pair while counting. The links kept
 * are arrays too; a {@link TopicLink} is made only when {@link #links()} is read.
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
    private final int[] sources;
    private final int[] targets;
    private final double[] weights;
    private final List<TopicLink> links;
    private final List<String> commonKeywords;

    private TopicNetwork(CompactGraph graph, int[] sources, int[] targets, double[] weights, List<TopicLink> links,
            List<String> commonKeywords) {
        this.graph = graph;
        this.sources = sources;
        this.targets = targets;
        this.weights = weights;
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
        PaperKeywords keywords = PaperKeywords.of(corpus);
        int[] papersStart = keywords.papersByKeywordStart();
        int[] papersByKeyword = keywords.papersByKeyword(papersStart);
        boolean[] common = commonKeywords(papersStart, commonKeywordLimit(paperCount, maxKeywordShare));
        double[] idf = new double[keywords.names().length];
        for (int k = 0; k < idf.length; k++) {
            idf[k] = Math.log1p((double) paperCount / (papersStart[k + 1] - papersStart[k]));
        }

        PaperPairs pairs = PaperPairs.of(paperCount, papersStart, papersByKeyword, common, idf);
        int unique = pairs.size;
        boolean[] kept = strongestLinks(paperCount, pairs.sources, pairs.targets, pairs.weights, unique);

        int linkCount = 0;
        for (int e = 0; e < unique; e++) {
            linkCount += kept[e] ? 1 : 0;
        }
        int[] sources = new int[linkCount];
        int[] targets = new int[linkCount];
        double[] weights = new double[linkCount];
        int[] sharedStart = new int[linkCount + 1];
        int[] shared = new int[linkCount];
        CompactGraph.Builder builder = CompactGraph.undirected(paperCount);
        int link = 0;
        for (int e = 0; e < unique; e++) {
            if (!kept[e]) {
                continue;
            }
            sources[link] = pairs.sources[e];
            targets[link] = pairs.targets[e];
            weights[link] = pairs.weights[e];
            shared = keywords.sharedKeywords(sources[link], targets[link], common, shared, sharedStart, link);
            builder.addEdge(sources[link], targets[link], weights[link]);
            link++;
        }
        List<String> commonNames = new ArrayList<>();
        for (int k = 0; k < common.length; k++) {
            if (common[k]) {
                commonNames.add(keywords.names()[k]);
            }
        }
        List<TopicLink> links = links(sources, targets, weights, sharedStart,
                Arrays.copyOf(shared, sharedStart[linkCount]), keywords.names(), ScholarlyNetworks.yearsOfPapers(corpus));
        return new TopicNetwork(builder.build(), sources, targets, weights, links, List.copyOf(commonNames));
    }

    /**
     * The links kept, each made when it is read: millions of them then cost no object and no
     * list of keywords each while they wait to be written.
     */
    private static List<TopicLink> links(int[] sources, int[] targets, double[] weights, int[] sharedStart,
            int[] shared, String[] keywordNames, int[] paperYears) {
        return new ArrayBackedList<>(sources.length, i -> {
            String[] keywords = new String[sharedStart[i + 1] - sharedStart[i]];
            for (int k = 0; k < keywords.length; k++) {
                keywords[k] = keywordNames[shared[sharedStart[i] + k]];
            }
            int ya = paperYears[sources[i]];
            int yb = paperYears[targets[i]];
            int first = ya == 0 ? yb : yb == 0 ? ya : Math.min(ya, yb);
            return new TopicLink(sources[i], targets[i], weights[i], List.of(keywords), first, Math.max(ya, yb));
        });
    }

    /**
     * Keywords above the limit, then the most common of the rest until the pairs fit the budget;
     * keyword {@code k} is on {@code papersStart[k + 1] - papersStart[k]} papers.
     */
    private static boolean[] commonKeywords(int[] papersStart, int limit) {
        int keywordCount = papersStart.length - 1;
        boolean[] common = new boolean[keywordCount];
        List<Integer> kept = new ArrayList<>();
        long pairCount = 0;
        for (int k = 0; k < keywordCount; k++) {
            int size = papersStart[k + 1] - papersStart[k];
            if (size > limit) {
                common[k] = true;
            } else {
                kept.add(k);
                pairCount += (long) size * (size - 1) / 2;
            }
        }
        if (pairCount > PAIR_BUDGET) {
            // most papers first, then the keyword first in sorted order (its lower index)
            kept.sort((x, y) -> {
                int sx = papersStart[x + 1] - papersStart[x];
                int sy = papersStart[y + 1] - papersStart[y];
                return sx != sy ? Integer.compare(sy, sx) : Integer.compare(x, y);
            });
            for (int k : kept) {
                if (pairCount <= PAIR_BUDGET) {
                    break;
                }
                int size = papersStart[k + 1] - papersStart[k];
                pairCount -= (long) size * (size - 1) / 2;
                common[k] = true;
            }
        }
        return common;
    }

    /**
     * Marks each link that one of its papers counts among its strongest. A paper with more links
     * than it keeps gets a heap of its strongest so far, weakest on top, fed in one pass over the
     * links; the top is then the weakest link it keeps, and a link stays when it is at least as
     * strong as the top of either paper's heap (or a paper has no heap). Two passes over the links
     * in order and O(m log k) for k = {@value #MAX_LINKS_PER_PAPER}; the heaps hold
     * (weight, other paper) pairs, 12 bytes each, so the links are never listed by paper.
     */
    private static boolean[] strongestLinks(int paperCount, int[] sources, int[] targets, double[] weights, int m) {
        boolean[] kept = new boolean[m];
        int[] degree = new int[paperCount];
        for (int e = 0; e < m; e++) {
            degree[sources[e]]++;
            degree[targets[e]]++;
        }
        int[] heapOf = new int[paperCount];
        int heaps = 0;
        for (int v = 0; v < paperCount; v++) {
            heapOf[v] = degree[v] > MAX_LINKS_PER_PAPER ? heaps++ : -1;
        }
        if (heaps == 0) {
            Arrays.fill(kept, true);
            return kept;
        }
        StrongestLinks strongest = new StrongestLinks(heaps);
        for (int e = 0; e < m; e++) {
            if (heapOf[sources[e]] >= 0) {
                strongest.offer(heapOf[sources[e]], weights[e], targets[e]);
            }
            if (heapOf[targets[e]] >= 0) {
                strongest.offer(heapOf[targets[e]], weights[e], sources[e]);
            }
        }
        for (int e = 0; e < m; e++) {
            int hs = heapOf[sources[e]];
            int ht = heapOf[targets[e]];
            kept[e] = hs < 0 || ht < 0 || !strongest.weakerThanKept(hs, weights[e], targets[e])
                    || !strongest.weakerThanKept(ht, weights[e], sources[e]);
        }
        return kept;
    }

    /**
     * For each paper with a heap, its {@value #MAX_LINKS_PER_PAPER} strongest links so far as
     * (weight, other paper), a binary heap with the weakest on top: higher weight is stronger, and
     * at equal weight the lower other paper.
     */
    private static final class StrongestLinks {
        private final double[] weights;
        private final int[] others;
        private final int[] sizes;
        // Each heap's top again, side by side: most links are weaker than the top of a full heap,
        // and these small arrays say so without reading the heaps themselves (cache misses).
        private final double[] topWeights;
        private final int[] topOthers;

        StrongestLinks(int heaps) {
            weights = new double[heaps * MAX_LINKS_PER_PAPER];
            others = new int[heaps * MAX_LINKS_PER_PAPER];
            sizes = new int[heaps];
            topWeights = new double[heaps];
            topOthers = new int[heaps];
        }

        private static boolean stronger(double w1, int o1, double w2, int o2) {
            return w1 != w2 ? w1 > w2 : o1 < o2;
        }

        void offer(int heap, double weight, int other) {
            int base = heap * MAX_LINKS_PER_PAPER;
            int size = sizes[heap];
            if (size < MAX_LINKS_PER_PAPER) {
                int at = size;
                sizes[heap] = size + 1;
                while (at > 0) {
                    int parent = (at - 1) / 2;
                    if (!stronger(weights[base + parent], others[base + parent], weight, other)) {
                        break;
                    }
                    weights[base + at] = weights[base + parent];
                    others[base + at] = others[base + parent];
                    at = parent;
                }
                place(heap, base, at, weight, other);
                return;
            }
            if (!stronger(weight, other, topWeights[heap], topOthers[heap])) {
                return;
            }
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= MAX_LINKS_PER_PAPER) {
                    break;
                }
                if (child + 1 < MAX_LINKS_PER_PAPER && stronger(weights[base + child], others[base + child],
                        weights[base + child + 1], others[base + child + 1])) {
                    child++;
                }
                if (!stronger(weight, other, weights[base + child], others[base + child])) {
                    break;
                }
                weights[base + at] = weights[base + child];
                others[base + at] = others[base + child];
                at = child;
            }
            place(heap, base, at, weight, other);
        }

        /** Puts the link at slot {@code at} of the heap and records the heap's top again. */
        private void place(int heap, int base, int at, double weight, int other) {
            weights[base + at] = weight;
            others[base + at] = other;
            topWeights[heap] = weights[base];
            topOthers[heap] = others[base];
        }

        /** Whether the link (weight, other) ranks below every link the heap's paper keeps. */
        boolean weakerThanKept(int heap, double weight, int other) {
            return stronger(topWeights[heap], topOthers[heap], weight, other);
        }
    }

    /** The graph on paper indices, edge weight = the idf of the shared keywords, summed. */
    public CompactGraph graph() {
        return graph;
    }

    /** Every linked pair once, ordered by (source, target). */
    public List<TopicLink> links() {
        return links;
    }

    /** How many links there are: {@code links().size()}. */
    public int linkCount() {
        return sources.length;
    }

    /**
     * Link {@code t}'s source, as {@code links().get(t).source()} says, without making the link
     * and its list of keywords: for passes over millions of links that read only their ends and
     * weights.
     */
    public int linkSource(int t) {
        return sources[t];
    }

    /** Link {@code t}'s target, as {@code links().get(t).target()} says. */
    public int linkTarget(int t) {
        return targets[t];
    }

    /** Link {@code t}'s weight, as {@code links().get(t).weight()} says. */
    public double linkWeight(int t) {
        return weights[t];
    }

    /** Keywords left out as too common, sorted. */
    public List<String> commonKeywords() {
        return commonKeywords;
    }

    @Override
    public String toString() {
        return "topics: " + graph;
    }

    /**
     * Each paper's distinct keywords as ascending indices into the sorted keyword names, in
     * compressed rows: paper {@code p}'s are {@code ids[start[p]..start[p + 1])}.
     */
    private record PaperKeywords(String[] names, int[] start, int[] ids) {

        static PaperKeywords of(Corpus corpus) {
            TreeSet<String> all = new TreeSet<>();
            long total = 0;
            for (Paper paper : corpus.papers()) {
                all.addAll(paper.keywords());
                total += paper.keywords().size();
            }
            String[] names = all.toArray(new String[0]);
            Map<String, Integer> index = new HashMap<>(2 * names.length);
            for (int k = 0; k < names.length; k++) {
                index.put(names[k], k);
            }
            int paperCount = corpus.papers().size();
            int[] start = new int[paperCount + 1];
            int[] ids = new int[Math.toIntExact(total)];
            int at = 0;
            for (int p = 0; p < paperCount; p++) {
                start[p] = at;
                int from = at;
                for (String keyword : corpus.paper(p).keywords()) {
                    ids[at++] = index.get(keyword);
                }
                Arrays.sort(ids, from, at);
                int distinct = from;
                for (int i = from; i < at; i++) {
                    if (distinct == from || ids[distinct - 1] != ids[i]) {
                        ids[distinct++] = ids[i];
                    }
                }
                at = distinct;
            }
            start[paperCount] = at;
            return new PaperKeywords(names, start, ids);
        }

        /** Where each keyword's papers begin in {@link #papersByKeyword}; the last entry is their total. */
        int[] papersByKeywordStart() {
            int[] papersStart = new int[names.length + 1];
            for (int i = 0; i < start[start.length - 1]; i++) {
                papersStart[ids[i] + 1]++;
            }
            for (int k = 0; k < names.length; k++) {
                papersStart[k + 1] += papersStart[k];
            }
            return papersStart;
        }

        /** The papers of each keyword, ascending, in the rows {@code papersStart} gives. */
        int[] papersByKeyword(int[] papersStart) {
            int[] papers = new int[papersStart[names.length]];
            int[] fill = Arrays.copyOf(papersStart, names.length);
            for (int p = 0; p + 1 < start.length; p++) {
                for (int i = start[p]; i < start[p + 1]; i++) {
                    papers[fill[ids[i]]++] = p;
                }
            }
            return papers;
        }

        /**
         * Writes the keywords papers {@code a} and {@code b} both carry, but not the common ones,
         * ascending, as row {@code row} of {@code shared}: from {@code sharedStart[row]} to the
         * {@code sharedStart[row + 1]} it sets. Returns {@code shared}, grown when it had to be.
         */
        int[] sharedKeywords(int a, int b, boolean[] common, int[] shared, int[] sharedStart, int row) {
            int at = sharedStart[row];
            int i = start[a];
            int j = start[b];
            while (i < start[a + 1] && j < start[b + 1]) {
                if (ids[i] < ids[j]) {
                    i++;
                } else if (ids[i] > ids[j]) {
                    j++;
                } else {
                    if (!common[ids[i]]) {
                        if (at == shared.length) {
                            shared = Arrays.copyOf(shared, Math.max(16, at + (at >> 1)));
                        }
                        shared[at++] = ids[i];
                    }
                    i++;
                    j++;
                }
            }
            sharedStart[row + 1] = at;
            return shared;
        }
    }

    /**
     * The distinct paper pairs that share a keyword, ordered by (source, target), each weighted by
     * the idf of the keywords they share ({@link NodePairs}).
     */
    private static final class PaperPairs {
        int[] sources;
        int[] targets;
        double[] weights;
        int size;

        static PaperPairs of(int paperCount, int[] papersStart, int[] papersByKeyword, boolean[] common, double[] idf) {
            int keywordCount = papersStart.length - 1;
            long[] counts = new long[paperCount];
            for (int k = 0; k < keywordCount; k++) {
                if (!common[k]) {
                    for (int i = papersStart[k]; i < papersStart[k + 1]; i++) {
                        counts[papersByKeyword[i]] += papersStart[k + 1] - 1 - i;
                    }
                }
            }
            NodePairs found = new NodePairs(counts);
            long total = 0;
            for (int k = 0; k < keywordCount; k++) {
                if (common[k]) {
                    continue;
                }
                for (int i = papersStart[k]; i < papersStart[k + 1]; i++) {
                    for (int j = i + 1; j < papersStart[k + 1]; j++) {
                        found.add(papersByKeyword[i], papersByKeyword[j], k);
                        total++;
                    }
                }
            }
            // A pair's keywords come in keyword order: its idf values are summed in that order.
            PaperPairs pairs = new PaperPairs(Math.toIntExact(Math.max(16, total / 2)));
            found.forEachPair((a, b, keywords, count) -> {
                double weight = 0;
                for (int k = 0; k < count; k++) {
                    weight += idf[keywords[k]];
                }
                pairs.add(a, b, weight);
            });
            return pairs;
        }

        private PaperPairs(int capacity) {
            sources = new int[capacity];
            targets = new int[capacity];
            weights = new double[capacity];
        }

        private void add(int source, int target, double weight) {
            if (size == sources.length) {
                int capacity = size + (size >> 1) + 16;
                sources = Arrays.copyOf(sources, capacity);
                targets = Arrays.copyOf(targets, capacity);
                weights = Arrays.copyOf(weights, capacity);
            }
            sources[size] = source;
            targets[size] = target;
            weights[size] = weight;
            size++;
        }
    }
}
