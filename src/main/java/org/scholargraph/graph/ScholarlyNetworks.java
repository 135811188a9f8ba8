package org.scholargraph.graph;

import java.util.List;
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

    /** Builds all graphs of a corpus, with the default byline limit of the coauthorship network. */
    public static ScholarlyNetworks of(Corpus corpus) {
        return of(corpus, CoauthorshipNetwork.MAX_AUTHORS_DEFAULT);
    }

    /**
     * Builds all graphs of a corpus; papers with more than {@code maxAuthors} authors add no
     * coauthor pairs ({@link CoauthorshipNetwork#of(Corpus, int)}).
     */
    public static ScholarlyNetworks of(Corpus corpus, int maxAuthors) {
        int total = 0;
        for (Paper paper : corpus.papers()) {
            total += paper.authors().size();
        }
        int[] authors = new int[total];
        int[] papers = new int[total];
        int[] positions = new int[total];
        int at = 0;
        for (Paper paper : corpus.papers()) {
            for (int position = 0; position < paper.authors().size(); position++) {
                authors[at] = paper.authors().get(position);
                papers[at] = paper.index();
                positions[at] = position + 1;
                at++;
            }
        }
        List<Authorship> authorships = new ArrayBackedList<>(total,
                i -> new Authorship(authors[i], papers[i], positions[i]));
        return new ScholarlyNetworks(authorships, CoauthorshipNetwork.of(corpus, maxAuthors), CitationNetwork.of(corpus),
                TopicNetwork.of(corpus), KeywordNetwork.of(corpus));
    }
}
