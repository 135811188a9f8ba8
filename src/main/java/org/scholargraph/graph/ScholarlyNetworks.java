package org.scholargraph.graph;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/**
 * Every graph built from one corpus: the author–paper bipartite edges and the four projections.
 *
 * @param authorships author–paper edges with byline position, ordered by paper then position
 * @param coauthorship authors linked by joint papers
 * @param citation papers linked citing → cited
 * @param topics papers linked by shared keywords
 * @param keywords keyword co-occurrence
 */
public record ScholarlyNetworks(
        List<Authorship> authorships,
        CoauthorshipNetwork coauthorship,
        CitationNetwork citation,
        TopicNetwork topics,
        KeywordNetwork keywords) {

    public ScholarlyNetworks {
        authorships = ArrayBackedList.unmodifiable(authorships);
    }

    /**
     * Each author's papers, ascending, by the author's index: the author side of the author–paper
     * graph. Callers must not change the arrays.
     */
    public static int[][] papersOfAuthors(Corpus corpus) {
        int[] count = new int[corpus.authors().size()];
        for (Paper paper : corpus.papers()) {
            for (int author : paper.authors()) {
                count[author]++;
            }
        }
        int[][] papers = new int[count.length][];
        for (int author = 0; author < count.length; author++) {
            papers[author] = new int[count[author]];
        }
        Arrays.fill(count, 0);
        for (Paper paper : corpus.papers()) {
            for (int author : paper.authors()) {
                papers[author][count[author]++] = paper.index();
            }
        }
        return papers;
    }

    /**
     * Each paper's year by its index, 0 when unknown: for passes that visit papers in an order of
     * their own (by pair, by author, by citation), where reading each paper object costs a cache
     * miss a visit.
     */
    public static int[] yearsOfPapers(Corpus corpus) {
        int[] years = new int[corpus.papers().size()];
        for (Paper paper : corpus.papers()) {
            years[paper.index()] = paper.yearOrZero();
        }
        return years;
    }

    /** Builds all graphs of a corpus, with the default byline limit of the coauthorship network. */
    public static ScholarlyNetworks of(Corpus corpus) {
        return of(corpus, CoauthorshipNetwork.MAX_AUTHORS_DEFAULT);
    }

    /**
     * Builds all graphs of a corpus; papers with more than {@code maxAuthors} authors add no
     * coauthor pairs ({@link CoauthorshipNetwork#of(Corpus, int)}).
     */
    public static ScholarlyNetworks of(Corpus corpus, int maxAuthors) {
        return of(corpus, maxAuthors, () -> TopicNetwork.of(corpus));
    }

    /**
     * Builds all graphs of a corpus as {@link #of(Corpus, int)} does, the topic network taken from
     * {@code topics} once the others are built: the largest to build, it may be built on another
     * thread meanwhile. The other graphs do not depend on it.
     */
    public static ScholarlyNetworks of(Corpus corpus, int maxAuthors, Supplier<TopicNetwork> topics) {
        CoauthorshipNetwork coauthorship = CoauthorshipNetwork.of(corpus, maxAuthors);
        CitationNetwork citation = CitationNetwork.of(corpus);
        KeywordNetwork keywords = KeywordNetwork.of(corpus);
        // The author–paper graph in byline order: each authorship's paper, its position derived.
        Bylines bylines = Bylines.of(corpus);
        int[] papers = new int[bylines.authorships()];
        for (int p = 0; p < corpus.papers().size(); p++) {
            Arrays.fill(papers, bylines.start(p), bylines.end(p), p);
        }
        List<Authorship> authorships = new ArrayBackedList<>(papers.length,
                i -> new Authorship(bylines.author(i), papers[i], i - bylines.start(papers[i]) + 1));
        return new ScholarlyNetworks(authorships, coauthorship, citation, topics.get(), keywords);
    }
}
