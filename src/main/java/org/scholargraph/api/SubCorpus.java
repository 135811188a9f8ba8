package org.scholargraph.api;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.scholargraph.model.Author;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;
import org.scholargraph.model.ResolutionLog;

/**
 * Cuts a corpus down to chosen papers or chosen authors and renumbers what is left, keeping every
 * stable id ({@code P12}, {@code A7}), so that ids compare across a corpus and its filtered views.
 * Renumbering keeps the original order, so the cited-paper lists stay ascending.
 */
final class SubCorpus {

    private SubCorpus() {
    }

    /**
     * The chosen papers, their authors and the citations among them; authors left without a paper
     * are dropped.
     */
    static Corpus ofPapers(Corpus corpus, BitSet papers) {
        BitSet authors = new BitSet(corpus.authors().size());
        papers.stream().forEach(p -> corpus.paper(p).authors().forEach(authors::set));
        return build(corpus, papers, authors);
    }

    /**
     * The chosen authors and the papers with at least one of them; bylines keep only chosen
     * authors, so the coauthorship network is the subgraph induced by them, with the same joint-paper
     * counts.
     */
    static Corpus ofAuthors(Corpus corpus, BitSet authors) {
        BitSet papers = new BitSet(corpus.papers().size());
        for (Paper paper : corpus.papers()) {
            if (paper.authors().stream().anyMatch(authors::get)) {
                papers.set(paper.index());
            }
        }
        return build(corpus, papers, authors);
    }

    private static Corpus build(Corpus corpus, BitSet keptPapers, BitSet keptAuthors) {
        int[] newAuthor = renumbering(keptAuthors, corpus.authors().size());
        int[] newPaper = renumbering(keptPapers, corpus.papers().size());
        List<Author> authors = new ArrayList<>(keptAuthors.cardinality());
        keptAuthors.stream().forEach(a -> {
            Author old = corpus.author(a);
            authors.add(new Author(newAuthor[a], old.id(), old.name(), old.sourceIds(), old.nameForms()));
        });
        List<Paper> papers = new ArrayList<>(keptPapers.cardinality());
        keptPapers.stream().forEach(p -> {
            Paper old = corpus.paper(p);
            List<Integer> byline = old.authors().stream().filter(keptAuthors::get).map(a -> newAuthor[a]).toList();
            List<Integer> cited = old.citedPapers().stream().filter(keptPapers::get).map(c -> newPaper[c]).toList();
            papers.add(new Paper(newPaper[p], old.id(), old.title(), old.year(), old.venue(), old.volume(),
                    old.pages(), old.abstractText(), old.ids(), byline, old.keywords(), old.references(), cited,
                    old.sources(), old.formats(), old.subjectCategories(), old.versions()));
        });
        java.util.Set<String> paperIds = new java.util.HashSet<>();
        papers.forEach(p -> paperIds.add(p.id()));
        java.util.Set<String> authorIds = new java.util.HashSet<>();
        authors.forEach(a -> authorIds.add(a.id()));
        ResolutionLog log = corpus.resolution();
        return new Corpus(papers, authors, corpus.keywordVariants(), new ResolutionLog(
                log.paperMerges().stream().filter(m -> paperIds.contains(m.paperId())).toList(),
                log.authorMerges().stream().filter(m -> authorIds.contains(m.authorId())).toList(),
                log.authorAmbiguities().stream().filter(m -> m.authorIds().stream().anyMatch(authorIds::contains)).toList()));
    }

    private static int[] renumbering(BitSet kept, int size) {
        int[] index = new int[size];
        java.util.Arrays.fill(index, -1);
        int next = 0;
        for (int i = kept.nextSetBit(0); i >= 0; i = kept.nextSetBit(i + 1)) {
            index[i] = next++;
        }
        return index;
    }
}
