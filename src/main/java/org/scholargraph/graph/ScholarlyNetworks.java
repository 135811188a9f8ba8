package org.scholargraph.graph;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        return of(corpus, maxAuthors, 1);
    }

    /**
     * Builds all graphs of a corpus as {@link #of(Corpus, int)} does; with two threads or more the
     * topic network, the largest to build, is built on a thread of its own beside the others. The
     * graphs do not depend on it.
     */
    public static ScholarlyNetworks of(Corpus corpus, int maxAuthors, int threads) {
        if (threads < 2) {
            return of(corpus, maxAuthors, TopicNetwork.of(corpus));
        }
        ExecutorService beside = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "scholargraph-topics");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<TopicNetwork> topics = beside.submit(() -> TopicNetwork.of(corpus));
            CoauthorshipNetwork coauthorship = CoauthorshipNetwork.of(corpus, maxAuthors);
            return of(corpus, coauthorship, CitationNetwork.of(corpus), KeywordNetwork.of(corpus), topics.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the topic network", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            beside.shutdownNow();
        }
    }

    private static ScholarlyNetworks of(Corpus corpus, int maxAuthors, TopicNetwork topics) {
        return of(corpus, CoauthorshipNetwork.of(corpus, maxAuthors), CitationNetwork.of(corpus), KeywordNetwork.of(corpus),
                topics);
    }

    private static ScholarlyNetworks of(Corpus corpus, CoauthorshipNetwork coauthorship, CitationNetwork citation,
            KeywordNetwork keywords, TopicNetwork topics) {
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
        return new ScholarlyNetworks(authorships, coauthorship, citation, topics, keywords);
    }
}
