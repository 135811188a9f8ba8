package org.scholargraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/**
 * The coauthorship projection of the author–paper graph: authors linked when they share a paper.
 * The compact graph's edge weight is {@code jointPapers} (full counting); each
 * {@link Collaboration} also carries Newman's fractional weight, years and paper ids.
 *
 * <p>M. E. J. Newman, "Scientific collaboration networks. II.", Phys. Rev. E 64, 016132 (2001):
 * a paper with n authors adds 1/(n−1) to each of its n(n−1)/2 pairs, so each author's fractional
 * strength grows by exactly 1 per multi-author paper. A paper with n authors costs O(n²) pairs.
 *
 * <p>A paper with more than {@code maxAuthors} authors (a detector collaboration, a consortium)
 * keeps its authorships but adds no pair: the thousands of pairs it would add say little about who
 * works with whom and would swamp every measure. VOSviewer and bibliometrix make the same cut; the
 * default is {@value #MAX_AUTHORS_DEFAULT}.
 */
public final class CoauthorshipNetwork {

    /** The largest byline that still adds coauthor pairs, unless a run chooses another. */
    public static final int MAX_AUTHORS_DEFAULT = 50;
    /** The {@code maxAuthors} that sets no limit: every byline adds its pairs. */
    public static final int NO_MAX_AUTHORS = 0;

    private final CompactGraph graph;
    private final Pairs pairs;
    private final List<Collaboration> collaborations;
    private final int maxAuthors;

    private CoauthorshipNetwork(CompactGraph graph, Pairs pairs, int maxAuthors) {
        this.graph = graph;
        this.pairs = pairs;
        this.collaborations = pairs.list();
        this.maxAuthors = maxAuthors;
    }

    /** Projects the corpus's bylines onto author pairs, bylines of up to {@value #MAX_AUTHORS_DEFAULT} authors. */
    public static CoauthorshipNetwork of(Corpus corpus) {
        return of(corpus, MAX_AUTHORS_DEFAULT);
    }

    /**
     * Projects the corpus's bylines of at most {@code maxAuthors} authors onto author pairs
     * ({@link #NO_MAX_AUTHORS}: all of them).
     *
     * @throws IllegalArgumentException when {@code maxAuthors} is negative or 1
     */
    public static CoauthorshipNetwork of(Corpus corpus, int maxAuthors) {
        checkMaxAuthors(maxAuthors);
        int authorCount = corpus.authors().size();
        long[] counts = new long[authorCount];
        for (Paper paper : corpus.papers()) {
            List<Integer> byline = paper.authors();
            if (byline.size() >= 2 && addsPairs(byline.size(), maxAuthors)) {
                for (int i = 0; i < byline.size(); i++) {
                    for (int j = i + 1; j < byline.size(); j++) {
                        counts[Math.min(byline.get(i), byline.get(j))]++;
                    }
                }
            }
        }
        NodePairs pairs = new NodePairs(counts);
        long total = 0;
        for (Paper paper : corpus.papers()) {
            List<Integer> byline = paper.authors();
            if (byline.size() >= 2 && addsPairs(byline.size(), maxAuthors)) {
                for (int i = 0; i < byline.size(); i++) {
                    for (int j = i + 1; j < byline.size(); j++) {
                        pairs.add(Math.min(byline.get(i), byline.get(j)), Math.max(byline.get(i), byline.get(j)),
                                paper.index());
                        total++;
                    }
                }
            }
        }

        // A pair's papers come in paper order: its fractional weight is summed in that order. Each
        // paper's byline length and year are read from arrays: pairs visit papers in an order of
        // their own, and reading each paper object cost a cache miss a visit.
        Bylines bylines = Bylines.of(corpus);
        int[] yearOf = ScholarlyNetworks.yearsOfPapers(corpus);
        Collaborations collaborations = new Collaborations(Math.toIntExact(Math.max(16, total / 2)),
                Math.toIntExact(total));
        CompactGraph.Builder builder = CompactGraph.undirected(authorCount);
        pairs.forEachPair((a, b, papers, count) -> {
            double fractional = 0;
            int firstYear = 0;
            int lastYear = 0;
            for (int k = 0; k < count; k++) {
                int paper = papers[k];
                collaborations.addPaper(paper);
                fractional += 1.0 / (bylines.size(paper) - 1);
                int year = yearOf[paper];
                if (year != 0) {
                    firstYear = firstYear == 0 ? year : Math.min(firstYear, year);
                    lastYear = Math.max(lastYear, year);
                }
            }
            collaborations.add(a, b, fractional, firstYear, lastYear);
            builder.addEdge(a, b, count);
        });
        return new CoauthorshipNetwork(builder.build(), collaborations.pairs(), maxAuthors);
    }

    /**
     * Checks a byline limit: 2 or more, or {@link #NO_MAX_AUTHORS}.
     *
     * @throws IllegalArgumentException otherwise, saying why
     */
    public static void checkMaxAuthors(int maxAuthors) {
        if (maxAuthors < 0 || maxAuthors == 1) {
            throw new IllegalArgumentException("the largest byline that adds coauthor pairs must be 2 or more"
                    + " (0 for no limit), was " + maxAuthors);
        }
    }

    /** The largest byline that added pairs here, {@link #NO_MAX_AUTHORS} for none. */
    public int maxAuthors() {
        return maxAuthors;
    }

    /** Whether a paper with {@code authorCount} authors adds coauthor pairs to this network. */
    public boolean addsPairs(int authorCount) {
        return addsPairs(authorCount, maxAuthors);
    }

    private static boolean addsPairs(int authorCount, int maxAuthors) {
        return maxAuthors == NO_MAX_AUTHORS || authorCount <= maxAuthors;
    }

    /** The graph on author indices, edge weight = joint papers. */
    public CompactGraph graph() {
        return graph;
    }

    /** Every coauthor pair once, ordered by (source, target). */
    public List<Collaboration> collaborations() {
        return collaborations;
    }

    /**
     * Pair {@code i}'s smaller author, as {@code collaborations().get(i).source()} says, without
     * making the collaboration and its list of papers: for passes over millions of pairs.
     */
    public int pairSource(int i) {
        return pairs.sources[i];
    }

    /** Pair {@code i}'s larger author, as {@code collaborations().get(i).target()} says. */
    public int pairTarget(int i) {
        return pairs.targets[i];
    }

    /** Pair {@code i}'s first year, as {@code collaborations().get(i).firstYear()} says. */
    public int pairFirstYear(int i) {
        return pairs.firstYears[i];
    }

    /** Pair {@code i}'s last year, as {@code collaborations().get(i).lastYear()} says. */
    public int pairLastYear(int i) {
        return pairs.lastYears[i];
    }

    /** How many papers pair {@code i} shares, as {@code collaborations().get(i).jointPapers()} says. */
    public int pairPaperCount(int i) {
        return pairs.paperStart[i + 1] - pairs.paperStart[i];
    }

    /** The {@code k}-th joint paper of pair {@code i}, as {@code collaborations().get(i).papers().get(k)} says. */
    public int pairPaper(int i, int k) {
        return pairs.papers[pairs.paperStart[i] + Objects.checkIndex(k, pairPaperCount(i))];
    }

    @Override
    public String toString() {
        return "coauthorship: " + graph;
    }

    /**
     * Every coauthor pair as arrays, its joint papers in compressed rows: a {@link Collaboration}
     * is made only when it is read, so that a large network does not hold an object and a list of
     * boxed paper ids for each pair.
     */
    private static final class Collaborations {
        private int[] sources;
        private int[] targets;
        private double[] fractional;
        private int[] firstYears;
        private int[] lastYears;
        private int[] paperStart;
        private final int[] papers;
        private int size;
        private int paperCount;

        Collaborations(int capacity, int totalPapers) {
            sources = new int[capacity];
            targets = new int[capacity];
            fractional = new double[capacity];
            firstYears = new int[capacity];
            lastYears = new int[capacity];
            paperStart = new int[capacity + 1];
            papers = new int[totalPapers];
        }

        void addPaper(int paper) {
            papers[paperCount++] = paper;
        }

        /** Closes a pair whose papers were just added. */
        void add(int source, int target, double weight, int firstYear, int lastYear) {
            if (size == sources.length) {
                int capacity = size + (size >> 1) + 16;
                sources = Arrays.copyOf(sources, capacity);
                targets = Arrays.copyOf(targets, capacity);
                fractional = Arrays.copyOf(fractional, capacity);
                firstYears = Arrays.copyOf(firstYears, capacity);
                lastYears = Arrays.copyOf(lastYears, capacity);
                paperStart = Arrays.copyOf(paperStart, capacity + 1);
            }
            sources[size] = source;
            targets[size] = target;
            fractional[size] = weight;
            firstYears[size] = firstYear;
            lastYears[size] = lastYear;
            paperStart[size + 1] = paperCount;
            size++;
        }

        /** The pairs added, in arrays of their size. */
        Pairs pairs() {
            return new Pairs(Arrays.copyOf(sources, size), Arrays.copyOf(targets, size), Arrays.copyOf(fractional, size),
                    Arrays.copyOf(firstYears, size), Arrays.copyOf(lastYears, size), Arrays.copyOf(paperStart, size + 1),
                    papers);
        }
    }

    /** Every coauthor pair, its joint papers in compressed rows. */
    private record Pairs(int[] sources, int[] targets, double[] fractional, int[] firstYears, int[] lastYears,
            int[] paperStart, int[] papers) {

        /** The pairs as a list that makes each {@link Collaboration} when it is read. */
        List<Collaboration> list() {
            return new ArrayBackedList<>(sources.length, i -> {
                Integer[] joint = new Integer[paperStart[i + 1] - paperStart[i]];
                for (int k = 0; k < joint.length; k++) {
                    joint[k] = papers[paperStart[i] + k];
                }
                return new Collaboration(sources[i], targets[i], joint.length, fractional[i], firstYears[i],
                        lastYears[i], List.of(joint));
            });
        }
    }
}
