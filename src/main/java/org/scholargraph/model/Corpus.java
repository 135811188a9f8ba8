package org.scholargraph.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The resolved corpus: every paper once, every author once, linked by int indices.
 *
 * <p>Invariants checked here: indices equal list positions, and every author and cited-paper
 * index a paper holds points into this corpus.
 *
 * @param papers papers, {@code papers.get(i).index() == i}
 * @param authors authors, {@code authors.get(i).index() == i}
 * @param keywordVariants for a keyword on the papers, the other ways sources wrote it (case aside),
 *     sorted; a keyword written one way only has no entry
 * @param resolution the merges of papers and names that made it, and the ambiguities left
 */
public record Corpus(List<Paper> papers, List<Author> authors, Map<String, List<String>> keywordVariants,
        ResolutionLog resolution) {

    public Corpus {
        java.util.Objects.requireNonNull(resolution, "resolution");
        papers = List.copyOf(papers);
        authors = List.copyOf(authors);
        Map<String, List<String>> variants = new TreeMap<>();
        keywordVariants.forEach((k, v) -> variants.put(k, List.copyOf(v)));
        keywordVariants = Collections.unmodifiableMap(variants);
        for (int i = 0; i < papers.size(); i++) {
            Paper paper = papers.get(i);
            if (paper.index() != i) {
                throw new IllegalArgumentException("paper " + paper.id() + " has index " + paper.index() + " at " + i);
            }
            for (int a : paper.authors()) {
                if (a < 0 || a >= authors.size()) {
                    throw new IllegalArgumentException(paper.id() + ": no author with index " + a);
                }
            }
            for (int c : paper.citedPapers()) {
                if (c < 0 || c >= papers.size()) {
                    throw new IllegalArgumentException(paper.id() + ": no cited paper with index " + c);
                }
            }
        }
        for (int i = 0; i < authors.size(); i++) {
            if (authors.get(i).index() != i) {
                throw new IllegalArgumentException("author " + authors.get(i).id() + " is out of place");
            }
        }
    }

    /** A corpus whose keywords have no recorded variants. */
    public Corpus(List<Paper> papers, List<Author> authors) {
        this(papers, authors, Map.of());
    }

    /** A corpus without a resolution log (built by hand, or filtered from another). */
    public Corpus(List<Paper> papers, List<Author> authors, Map<String, List<String>> keywordVariants) {
        this(papers, authors, keywordVariants, ResolutionLog.empty());
    }

    /** The other written forms of a keyword, empty when it has none. */
    public List<String> variantsOf(String keyword) {
        return keywordVariants.getOrDefault(keyword, List.of());
    }

    /** The paper at an index. */
    public Paper paper(int index) {
        return papers.get(index);
    }

    /** The author at an index. */
    public Author author(int index) {
        return authors.get(index);
    }

    /** An empty corpus. */
    public static Corpus empty() {
        return new Corpus(List.of(), List.of());
    }

    @Override
    public String toString() {
        return "Corpus[" + papers.size() + " papers, " + authors.size() + " authors]";
    }

}
