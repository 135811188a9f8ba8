package org.scholargraph.analysis;

/**
 * What the analysis adds to one paper: the computed columns of {@code papers.csv}.
 *
 * @param paper index of the paper in the corpus
 * @param references every reference the paper lists, resolved in the corpus or not
 * @param citedBy in-corpus papers citing it
 * @param pagerank PageRank on the citation graph (damping 0.85, dangling papers spread evenly)
 * @param community Leiden community in the citation graph taken as undirected (0 = largest)
 * @param topicCommunity Leiden community in the topic graph (0 = largest)
 */
public record PaperStats(int paper, int references, int citedBy, double pagerank, int community,
        int topicCommunity) {
}
