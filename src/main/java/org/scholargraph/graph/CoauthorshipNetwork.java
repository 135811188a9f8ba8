package org.scholargraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final List<Collaboration> collaborations;
    private final int maxAuthors;

    private CoauthorshipNetwork(CompactGraph graph, List<Collaboration> collaborations, int maxAuthors) {
        this.graph = graph;
        this.collaborations = collaborations;
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
        Map<Long, PairTally> tallies = new HashMap<>();
        for (Paper paper : corpus.papers()) {
            List<Integer> byline = paper.authors();
            int n = byline.size();
            if (n < 2 || !addsPairs(n, maxAuthors)) {
                continue;
            }
            double share = 1.0 / (n - 1);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int a = Math.min(byline.get(i), byline.get(j));
                    int b = Math.max(byline.get(i), byline.get(j));
                    tallies.computeIfAbsent(((long) a << 32) | b, k -> new PairTally())
                            .add(paper.index(), share, paper.yearOrZero());
                }
            }
        }
        long[] keys = tallies.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        List<Collaboration> collaborations = new ArrayList<>(keys.length);
        CompactGraph.Builder builder = CompactGraph.undirected(authorCount);
        for (long key : keys) {
            PairTally tally = tallies.get(key);
            int a = (int) (key >>> 32);
            int b = (int) key;
            int[] papers = Arrays.copyOf(tally.papers, tally.count);
            Arrays.sort(papers);
            collaborations.add(new Collaboration(a, b, tally.count, tally.fractional, tally.firstYear,
                    tally.lastYear, Arrays.stream(papers).boxed().toList()));
            builder.addEdge(a, b, tally.count);
        }
        return new CoauthorshipNetwork(builder.build(), List.copyOf(collaborations), maxAuthors);
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

    @Override
    public String toString() {
        return "coauthorship: " + graph;
    }

    private static final class PairTally {
        int[] papers = new int[2];
        int count;
        double fractional;
        int firstYear;
        int lastYear;

        void add(int paper, double share, int year) {
            if (count == papers.length) {
                papers = Arrays.copyOf(papers, count * 2);
            }
            papers[count++] = paper;
            fractional += share;
            if (year != 0) {
                firstYear = firstYear == 0 ? year : Math.min(firstYear, year);
                lastYear = Math.max(lastYear, year);
            }
        }
    }
}
