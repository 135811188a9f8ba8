package org.scholargraph.analysis.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scholargraph.graph.ArrayBackedList;
import org.scholargraph.graph.Bylines;
import org.scholargraph.graph.CoauthorshipNetwork;
import org.scholargraph.graph.CompactGraph;
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
        return of(corpus, networks, ScholarlyNetworks.papersOfAuthors(corpus));
    }

    /**
     * The timeline of a corpus and its graphs, given each author's papers as
     * {@link ScholarlyNetworks#papersOfAuthors} lists them (an analysis has them already).
     */
    public static Timeline of(Corpus corpus, ScholarlyNetworks networks, int[][] papersOfAuthors) {
        int[] yearOf = ScholarlyNetworks.yearsOfPapers(corpus);
        Bylines bylines = Bylines.of(corpus);
        return new Timeline(years(corpus, networks, bylines),
                authorYears(corpus, networks, papersOfAuthors, yearOf, bylines), pairs(networks, yearOf));
    }

    private static List<YearActivity> years(Corpus corpus, ScholarlyNetworks networks, Bylines bylines) {
        List<Paper> allPapers = corpus.papers();
        int firstYearOfCorpus = Integer.MAX_VALUE;
        int lastYearOfCorpus = Integer.MIN_VALUE;
        for (Paper paper : allPapers) {
            if (paper.yearOrZero() != 0) {
                firstYearOfCorpus = Math.min(firstYearOfCorpus, paper.yearOrZero());
                lastYearOfCorpus = Math.max(lastYearOfCorpus, paper.yearOrZero());
            }
        }
        List<YearActivity> rows = new ArrayList<>();
        if (firstYearOfCorpus == Integer.MAX_VALUE) {
            return rows;
        }
        int span = lastYearOfCorpus - firstYearOfCorpus + 1;
        // The dated papers, grouped by year in corpus order: a counting sort.
        int[] yearStart = new int[span + 1];
        for (Paper paper : allPapers) {
            if (paper.yearOrZero() != 0) {
                yearStart[paper.yearOrZero() - firstYearOfCorpus + 1]++;
            }
        }
        for (int y = 0; y < span; y++) {
            yearStart[y + 1] += yearStart[y];
        }
        int[] papersByYear = new int[yearStart[span]];
        int[] fill = Arrays.copyOf(yearStart, span);
        for (int p = 0; p < allPapers.size(); p++) {
            int year = allPapers.get(p).yearOrZero();
            if (year != 0) {
                papersByYear[fill[year - firstYearOfCorpus]++] = p;
            }
        }
        int authorCount = corpus.authors().size();
        int[] firstYear = new int[authorCount];
        for (Paper paper : allPapers) {
            int year = paper.yearOrZero();
            for (int a : paper.authors()) {
                if (year != 0 && (firstYear[a] == 0 || year < firstYear[a])) {
                    firstYear[a] = year;
                }
            }
        }
        int[] newPairsByYear = new int[span];
        CoauthorshipNetwork coauthorship = networks.coauthorship();
        for (int i = 0; i < coauthorship.collaborations().size(); i++) {
            if (coauthorship.pairFirstYear(i) != 0) {
                newPairsByYear[coauthorship.pairFirstYear(i) - firstYearOfCorpus]++;
            }
        }
        DisjointSets components = new DisjointSets(authorCount);
        boolean[] seen = new boolean[authorCount];
        int[] activeIn = new int[authorCount]; // the last year an author was counted active, 0 for none
        long[] pairs = new long[16];
        int cumulative = 0;
        int largest = 0;
        for (int y = 0; y < span; y++) {
            int year = firstYearOfCorpus + y;
            int active = 0;
            int newAuthors = 0;
            int pairCount = 0;
            for (int k = yearStart[y]; k < yearStart[y + 1]; k++) {
                int paper = papersByYear[k];
                int from = bylines.start(paper);
                int to = bylines.end(paper);
                boolean linksAuthors = networks.coauthorship().addsPairs(to - from);
                for (int i = from; i < to; i++) {
                    int a = bylines.author(i);
                    if (activeIn[a] != year) {
                        activeIn[a] = year;
                        active++;
                        if (firstYear[a] == year) {
                            newAuthors++;
                        }
                    }
                    if (!seen[a]) {
                        seen[a] = true;
                        cumulative++;
                        largest = Math.max(largest, 1);
                    }
                    for (int j = i + 1; j < to && linksAuthors; j++) {
                        int b = bylines.author(j);
                        if (pairCount == pairs.length) {
                            pairs = Arrays.copyOf(pairs, 2 * pairs.length);
                        }
                        pairs[pairCount++] = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                        largest = Math.max(largest, components.union(a, b));
                    }
                }
            }
            double share = cumulative == 0 ? 0.0 : (double) largest / cumulative;
            rows.add(new YearActivity(year, yearStart[y + 1] - yearStart[y], active, newAuthors,
                    distinct(pairs, pairCount), newPairsByYear[y], cumulative, share));
        }
        return rows;
    }

    /** How many distinct values {@code values[0..count)} holds; sorts them. */
    private static int distinct(long[] values, int count) {
        Arrays.sort(values, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    /** The author-year rows; {@code yearOf} holds each paper's year, 0 for none. */
    private static List<AuthorYear> authorYears(Corpus corpus, ScholarlyNetworks networks, int[][] papersOfAuthors,
            int[] yearOf, Bylines bylines) {
        int authorCount = corpus.authors().size();
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        for (int p = 0; p < yearOf.length; p++) {
            if (yearOf[p] != 0) {
                firstYear = Math.min(firstYear, yearOf[p]);
                lastYear = Math.max(lastYear, yearOf[p]);
            }
        }
        int span = firstYear > lastYear ? 0 : lastYear - firstYear + 1;
        CompactGraph cites = networks.citation().graph();
        // Per author: their dated papers as (year, paper) packed in a long and sorted, and the
        // citations of all their papers counted by the citing paper's year in one array over the
        // corpus's years, the years met then read in order.
        long[] yearPapers = new long[16];
        int[] citationsInYear = new int[span];
        int[] citedYears = new int[span];
        Rows rows = new Rows();
        // Per coauthor b: the last author whose timeline met b, and the last author-year that
        // counted b, so that each year counts its distinct coauthors and the new ones without sets.
        int[] metBy = new int[authorCount];
        int[] countedIn = new int[authorCount];
        Arrays.fill(metBy, -1);
        int authorYear = 0;
        for (int a = 0; a < authorCount; a++) {
            int[] own = papersOfAuthors[a];
            if (yearPapers.length < own.length) {
                yearPapers = new long[2 * own.length];
            }
            int dated = 0;
            int years = 0;
            for (int cited : own) {
                if (yearOf[cited] != 0) {
                    yearPapers[dated++] = ((long) yearOf[cited] << 32) | cited;
                }
                for (int e = cites.inEdgeStart(cited); e < cites.inEdgeEnd(cited); e++) {
                    int year = yearOf[cites.inNeighborAt(e)];
                    if (year != 0 && citationsInYear[year - firstYear]++ == 0) {
                        citedYears[years++] = year;
                    }
                }
            }
            Arrays.sort(yearPapers, 0, dated);
            Arrays.sort(citedYears, 0, years);
            int i = 0;
            int c = 0;
            while (i < dated || c < years) {
                int paperYear = i < dated ? (int) (yearPapers[i] >>> 32) : Integer.MAX_VALUE;
                int citedYear = c < years ? citedYears[c] : Integer.MAX_VALUE;
                int year = Math.min(paperYear, citedYear);
                authorYear++;
                int papers = 0;
                int coauthors = 0;
                int fresh = 0;
                for (; i < dated && (int) (yearPapers[i] >>> 32) == year; i++) {
                    papers++;
                    int paper = (int) yearPapers[i];
                    if (!networks.coauthorship().addsPairs(bylines.size(paper))) {
                        continue;
                    }
                    for (int k = bylines.start(paper); k < bylines.end(paper); k++) {
                        int b = bylines.author(k);
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
                int citations = 0;
                if (citedYear == year) {
                    citations = citationsInYear[year - firstYear];
                    citationsInYear[year - firstYear] = 0;
                    c++;
                }
                rows.add(a, year, papers, coauthors, fresh, citations);
            }
        }
        return rows.list();
    }

    /** The author-year rows as six int columns: a million works have millions of them. */
    private static final class Rows {
        private int[][] columns = new int[6][1024];
        private int size;

        void add(int author, int year, int papers, int coauthors, int newCoauthors, int citations) {
            if (size == columns[0].length) {
                for (int c = 0; c < columns.length; c++) {
                    columns[c] = Arrays.copyOf(columns[c], 2 * size);
                }
            }
            columns[0][size] = author;
            columns[1][size] = year;
            columns[2][size] = papers;
            columns[3][size] = coauthors;
            columns[4][size] = newCoauthors;
            columns[5][size] = citations;
            size++;
        }

        /** The rows as a list that makes each {@link AuthorYear} when it is read. */
        List<AuthorYear> list() {
            int[][] cut = new int[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                cut[c] = Arrays.copyOf(columns[c], size);
            }
            return new ArrayBackedList<>(size,
                    i -> new AuthorYear(cut[0][i], cut[1][i], cut[2][i], cut[3][i], cut[4][i], cut[5][i]));
        }
    }

    /**
     * Each pair's history: the coauthorship network's own arrays and the count of active years,
     * made into a {@link PairHistory} when it is read; {@code yearOf} holds each paper's year, 0 for
     * none (read from an array: a million works have 3.9 M pairs, each reading its papers' years).
     */
    private static List<PairHistory> pairs(ScholarlyNetworks networks, int[] yearOf) {
        CoauthorshipNetwork coauthorship = networks.coauthorship();
        int pairCount = coauthorship.collaborations().size();
        int[] activeYearsOfPair = new int[pairCount];
        int[] years = new int[16];
        for (int pair = 0; pair < pairCount; pair++) {
            int joint = coauthorship.pairPaperCount(pair);
            if (years.length < joint) {
                years = new int[2 * joint];
            }
            int dated = 0;
            for (int k = 0; k < joint; k++) {
                int year = yearOf[coauthorship.pairPaper(pair, k)];
                if (year != 0) {
                    years[dated++] = year;
                }
            }
            Arrays.sort(years, 0, dated);
            int activeYears = 0;
            for (int k = 0; k < dated; k++) {
                if (k == 0 || years[k] != years[k - 1]) {
                    activeYears++;
                }
            }
            activeYearsOfPair[pair] = activeYears;
        }
        return new ArrayBackedList<>(pairCount, i -> new PairHistory(coauthorship.pairSource(i), coauthorship.pairTarget(i),
                coauthorship.pairFirstYear(i), coauthorship.pairLastYear(i), coauthorship.pairPaperCount(i),
                activeYearsOfPair[i]));
    }
}
