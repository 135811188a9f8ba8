package org.scholargraph.export;

import org.scholargraph.model.Author;
import org.scholargraph.model.Corpus;

/**
 * What the files of one export name their nodes by: the authors' and papers' ids
 * ({@link NodeIds}) and the authors' names by index, each made once, when a writer first asks. The
 * ids are checked once for the whole export rather than once a file (a million works: a pass over
 * every author and paper each time).
 */
final class NodeNames {

    private final Corpus corpus;
    private NodeIds authors;
    private NodeIds papers;
    private String[] authorNames;

    NodeNames(Corpus corpus) {
        this.corpus = corpus;
    }

    synchronized NodeIds authors() {
        if (authors == null) {
            authors = NodeIds.authors(corpus);
        }
        return authors;
    }

    synchronized NodeIds papers() {
        if (papers == null) {
            papers = NodeIds.papers(corpus);
        }
        return papers;
    }

    /**
     * Each author's name by index, for files that name the two authors of a pair: read from an
     * array, as the ids are, rather than from each author. Callers must not change it.
     */
    synchronized String[] authorNames() {
        if (authorNames == null) {
            authorNames = corpus.authors().stream().map(Author::name).toArray(String[]::new);
        }
        return authorNames;
    }
}
