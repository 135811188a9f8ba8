package org.scholargraph.analysis.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.scholargraph.graph.Citation;
import org.scholargraph.graph.Collaboration;
import org.scholargraph.graph.DisjointSets;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/**
 * Computes the collaboration timeline of a corpus: the network year by year, each author's years,
 * and each pair's history. Papers without a year take part in no year row. The years run without
 * a gap from the first year with a paper to the last, so that a chart of them keeps its time axis:
 * a year without papers has zero papers, authors and collaborations, while the cumulative authors
 * and the largest component's share, which describe the network built so far, keep the previous
 * year's values. The growth of the
 * largest component is followed with a union–find over authors, adding each year's papers in
 * turn, so the whole timeline costs O(P·a² + Y·A) for P papers of at most a authors, Y years and A
 * authors.
 */
public final class CollaborationTimeline {

    private CollaborationTimeline() {
    }

    /** The timeline of a corpus and its graphs. */
    public static Timeline of(Corpus corpus, ScholarlyNetworks networks) {
        return new Timeline(years(corpus, networks), authorYears(corpus, networks), pairs(corpus, networks));
    }

    private static List<YearActivity> years(Corpus corpus, ScholarlyNetworks networks) {
        TreeMap<Integer, List<Paper>> papersByYear = new TreeMap<>();
        for (Paper paper : corpus.papers()) {
            if (paper.yearOrZero() != 0) {
                papersByYear.computeIfAbsent(paper.yearOrZero(), y -> new ArrayList<>()).add(paper);
            }
        }
        int authorCount = corpus.authors().size();
        int[] firstYear = new int[authorCount];
        for (Paper paper : corpus.papers()) {
            int year = paper.yearOrZero();
            for (int a : paper.authors()) {
                if (year != 0 && (firstYear[a] == 0 || year < firstYear[a])) {
                    firstYear[a] = year;
                }
            }
        }
        TreeMap<Integer, Integer> newPairsByYear = new TreeMap<>();
        for (Collaboration c : networks.coauthorship().collaborations()) {
            if (c.firstYear() != 0) {
                newPairsByYear.merge(c.firstYear(), 1, Integer::sum);
            }
        }
        DisjointSets components = new DisjointSets(authorCount);
        boolean[] seen = new boolean[authorCount];
        int cumulative = 0;
        int largest = 0;
        List<YearActivity> rows = new ArrayList<>();
        if (papersByYear.isEmpty()) {
            return rows;
        }
        for (int year = papersByYear.firstKey(); year <= papersByYear.lastKey(); year++) {
            List<Paper> papers = papersByYear.getOrDefault(year, List.of());
            Set<Integer> active = new TreeSet<>();
            Set<Long> pairs = new HashSet<>();
            for (Paper paper : papers) {
                List<Integer> byline = paper.authors();
                boolean linksAuthors = networks.coauthorship().addsPairs(byline.size());
                active.addAll(byline);
                for (int i = 0; i < byline.size(); i++) {
                    int a = byline.get(i);
                    if (!seen[a]) {
                        seen[a] = true;
                        cumulative++;
                        largest = Math.max(largest, 1);
                    }
                    for (int j = i + 1; j < byline.size() && linksAuthors; j++) {
                        int b = byline.get(j);
                        pairs.add(((long) Math.min(a, b) << 32) | Math.max(a, b));
                        largest = Math.max(largest, components.union(a, b));
                    }
                }
            }
            int thisYear = year;
            int newAuthors = (int) active.stream().filter(a -> firstYear[a] == thisYear).count();
            double share = cumulative == 0 ? 0.0 : (double) largest / cumulative;
            rows.add(new YearActivity(year, papers.size(), active.size(), newAuthors, pairs.size(),
                    newPairsByYear.getOrDefault(year, 0), cumulative, share));
        }
        return rows;
    }

    private static List<AuthorYear> authorYears(Corpus corpus, ScholarlyNetworks networks) {
        int authorCount = corpus.authors().size();
        List<TreeMap<Integer, List<Paper>>> papersByYear = new ArrayList<>(authorCount);
        List<TreeMap<Integer, Integer>> citationsByYear = new ArrayList<>(authorCount);
        for (int a = 0; a < authorCount; a++) {
            papersByYear.add(new TreeMap<>());
            citationsByYear.add(new TreeMap<>());
        }
        for (Paper paper : corpus.papers()) {
            if (paper.yearOrZero() != 0) {
                paper.authors().forEach(a -> papersByYear.get(a)
                        .computeIfAbsent(paper.yearOrZero(), y -> new ArrayList<>()).add(paper));
            }
        }
        // Each citation counts for every author of the cited paper in the citing paper's year: the
        // (author, year) pairs are packed in a long each and sorted, so that a map gets one entry per
        // author and year rather than one update per citation and author.
        long pairCount = 0;
        for (Citation citation : networks.citation().citations()) {
            pairCount += corpus.paper(citation.cited()).authors().size();
        }
        long[] authorYears = new long[Math.toIntExact(pairCount)];
        int filled = 0;
        for (Citation citation : networks.citation().citations()) {
            int year = corpus.paper(citation.citing()).yearOrZero();
            if (year != 0) {
                for (int a : corpus.paper(citation.cited()).authors()) {
                    authorYears[filled++] = ((long) a << 32) | (year & 0xFFFFFFFFL);
                }
            }
        }
        Arrays.sort(authorYears, 0, filled);
        for (int i = 0; i < filled; ) {
            int j = i;
            while (j < filled && authorYears[j] == authorYears[i]) {
                j++;
            }
            citationsByYear.get((int) (authorYears[i] >>> 32)).put((int) authorYears[i], j - i);
            i = j;
        }
        List<AuthorYear> rows = new ArrayList<>();
        // Per coauthor b: the last author whose timeline met b, and the last author-year that
        // counted b, so that each year counts its distinct coauthors and the new ones without sets.
        int[] metBy = new int[authorCount];
        int[] countedIn = new int[authorCount];
        Arrays.fill(metBy, -1);
        int authorYear = 0;
        for (int a = 0; a < authorCount; a++) {
            TreeSet<Integer> years = new TreeSet<>(papersByYear.get(a).keySet());
            years.addAll(citationsByYear.get(a).keySet());
            for (int year : years) {
                authorYear++;
                List<Paper> papers = papersByYear.get(a).getOrDefault(year, List.of());
                int coauthors = 0;
                int fresh = 0;
                for (Paper paper : papers) {
                    if (!networks.coauthorship().addsPairs(paper.authors().size())) {
                        continue;
                    }
                    for (int b : paper.authors()) {
                        if (b != a && countedIn[b] != authorYear) {
                            countedIn[b] = authorYear;
                            coauthors++;
                            if (metBy[b] != a) {
                                metBy[b] = a;
                                fresh++;
                            }
                        }
                    }
                }
                rows.add(new AuthorYear(a, year, papers.size(), coauthors, fresh,
                        citationsByYear.get(a).getOrDefault(year, 0)));
            }
        }
        return rows;
    }

    private static List<PairHistory> pairs(Corpus corpus, ScholarlyNetworks networks) {
        List<PairHistory> rows = new ArrayList<>();
        for (Collaboration c : networks.coauthorship().collaborations()) {
            int activeYears = (int) c.papers().stream().mapToInt(p -> corpus.paper(p).yearOrZero())
                    .filter(y -> y != 0).distinct().count();
            rows.add(new PairHistory(c.source(), c.target(), c.firstYear(), c.lastYear(), c.jointPapers(), activeYears));
        }
        return rows;
    }

}
