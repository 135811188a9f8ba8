package org.scholargraph.graph;

import org.scholargraph.model.Corpus;

/**
 * Every paper's byline as int rows, read in one pass over the papers: the authors of paper
 * {@code p} are {@link #author(int) author(start(p))} to {@code author(end(p) − 1)}, in byline order.
 * For passes that visit papers in an order of their own (by year, by author, by pair), where a
 * byline read from its paper costs the paper, its list and a box per author.
 */
public final class Bylines {

    private final int[] start;
    private final int[] authors;

    private Bylines(int[] start, int[] authors) {
        this.start = start;
        this.authors = authors;
    }

    /** The bylines of a corpus's papers. */
    public static Bylines of(Corpus corpus) {
        int papers = corpus.papers().size();
        int[] start = new int[papers + 1];
        for (int p = 0; p < papers; p++) {
            start[p + 1] = start[p] + corpus.paper(p).authors().size();
        }
        int[] authors = new int[start[papers]];
        for (int p = 0; p < papers; p++) {
            int at = start[p];
            for (int a : corpus.paper(p).authors()) {
                authors[at++] = a;
            }
        }
        return new Bylines(start, authors);
    }

    /** Where paper {@code paper}'s authors begin. */
    public int start(int paper) {
        return start[paper];
    }

    /** One past where paper {@code paper}'s authors end. */
    public int end(int paper) {
        return start[paper + 1];
    }

    /** How many authors paper {@code paper} has. */
    public int size(int paper) {
        return start[paper + 1] - start[paper];
    }

    /** The author at byline slot {@code k}. */
    public int author(int k) {
        return authors[k];
    }

    /** How many authorships there are: every paper's byline, all together. */
    public int authorships() {
        return authors.length;
    }
}
