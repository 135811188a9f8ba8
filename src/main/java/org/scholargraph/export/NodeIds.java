package org.scholargraph.export;

import java.util.function.IntFunction;
import org.scholargraph.model.Author;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/**
 * The text ids of a corpus's authors or papers, as rows and edges name them. A resolved corpus
 * numbers them in index order, {@code A1, A2, …} and {@code P1, P2, …} ({@link Author#ID_LETTER},
 * {@link Paper#ID_LETTER}); then an id is written from its index, a letter and digits, without
 * reading the author or paper it names. Edge files name their ends in an order of their own, and
 * fetching each end's paper from memory took most of the time of {@code topic_edges.csv} (2.1 of
 * its 2.4 s at 200,000 works, {@code bench/RESULTS.md}). A corpus numbered otherwise (a sub-corpus
 * keeps its papers' ids) has each id read.
 */
final class NodeIds {

    private final char letter;
    private final boolean numbered;
    private final IntFunction<String> id;

    private NodeIds(char letter, int count, IntFunction<String> id) {
        this.letter = letter;
        this.id = id;
        boolean all = true;
        for (int i = 0; i < count && all; i++) {
            all = isNumbered(id.apply(i), letter, i + 1);
        }
        this.numbered = all;
    }

    static NodeIds papers(Corpus corpus) {
        return new NodeIds(Paper.ID_LETTER, corpus.papers().size(), p -> corpus.paper(p).id());
    }

    static NodeIds authors(Corpus corpus) {
        return new NodeIds(Author.ID_LETTER, corpus.authors().size(), a -> corpus.author(a).id());
    }

    /** Whether {@code text} is {@code letter} and the decimal digits of {@code number}, read without making a string. */
    static boolean isNumbered(String text, char letter, int number) {
        if (text.isEmpty() || text.charAt(0) != letter) {
            return false;
        }
        int rest = number;
        for (int k = text.length() - 1; k >= 1; k--) {
            if (rest == 0 || text.charAt(k) != (char) ('0' + rest % 10)) {
                return false;
            }
            rest /= 10;
        }
        return rest == 0 && text.length() > 1;
    }

    /** Whether every id is the letter and its index + 1, so that {@link #letter()} and the index write it. */
    boolean numbered() {
        return numbered;
    }

    char letter() {
        return letter;
    }

    /** The id of node {@code index}, read from the corpus. */
    String id(int index) {
        return id.apply(index);
    }
}
