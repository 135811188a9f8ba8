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
 */
public final class CoauthorshipNetwork {

    private final CompactGraph graph;
    private final List<Collaboration> collaborations;

    private CoauthorshipNetwork(CompactGraph graph, List<Collaboration> collaborations) {
        this.graph = graph;
        this.collaborations = collaborations;
    }

    /** Projects the corpus's bylines onto author pairs. */
    public static CoauthorshipNetwork of(Corpus corpus) {
        int authorCount = corpus.authors().size();
        Map<Long, PairTally> tallies = new HashMap<>();
        for (Paper paper : corpus.papers()) {
            List<Integer> byline = paper.authors();
            int n = byline.size();
            if (n < 2) {
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
        return new CoauthorshipNetwork(builder.build(), List.copyOf(collaborations));
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
