package org.scholargraph.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scholargraph.analysis.community.Communities;
import org.scholargraph.analysis.timeline.Timeline;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.model.Corpus;

/**
 * The result of analysing a corpus: the corpus, its graphs, and every computed measure. This is
 * what the exports write and what the facade hands out.
 *
 * @param corpus the resolved corpus
 * @param networks the graphs built from it
 * @param authors the author table ({@link AuthorColumns}): one row per author, in author index order
 * @param papers the paper table ({@link PaperColumns}): one row per paper, in paper index order
 * @param coauthorshipCommunities Leiden communities of the coauthorship network
 * @param citationCommunities Leiden communities of the citation graph taken as undirected
 * @param topicCommunities Leiden communities of the topic graph
 * @param keywordCommunities Leiden communities of the keyword co-occurrence network
 * @param communities one summary row per community of every graph
 * @param timeline collaboration timelines
 * @param parameters the parameters the analysis ran with
 * @param sampling whether betweenness and harmonic closeness are exact or estimated, and from how many samples
 * @param measureMillis wall time of each measure in milliseconds, by graph and measure
 *     ({@code "coauthorship.pagerank"}, {@code "topics.leiden"}, {@code "timeline"}), in name order;
 *     like every timing, it differs from run to run where nothing else does
 */
public record CorpusAnalysis(
        Corpus corpus,
        ScholarlyNetworks networks,
        NodeTable authors,
        NodeTable papers,
        Communities coauthorshipCommunities,
        Communities citationCommunities,
        Communities topicCommunities,
        Communities keywordCommunities,
        List<CommunitySummary> communities,
        Timeline timeline,
        AnalysisParameters parameters,
        ShortestPathSampling sampling,
        Map<String, Long> measureMillis) {

    public CorpusAnalysis {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(networks, "networks");
        Objects.requireNonNull(authors, "authors");
        Objects.requireNonNull(papers, "papers");
        Objects.requireNonNull(coauthorshipCommunities, "coauthorshipCommunities");
        Objects.requireNonNull(citationCommunities, "citationCommunities");
        Objects.requireNonNull(topicCommunities, "topicCommunities");
        Objects.requireNonNull(keywordCommunities, "keywordCommunities");
        communities = List.copyOf(communities);
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(sampling, "sampling");
        measureMillis = Collections.unmodifiableMap(new LinkedHashMap<>(measureMillis));
        if (authors.size() != corpus.authors().size() || papers.size() != corpus.papers().size()) {
            throw new IllegalArgumentException("one row per author and per paper is required");
        }
    }

    /** An analysis whose measures were not timed, its shortest-path measures exact. */
    public CorpusAnalysis(Corpus corpus, ScholarlyNetworks networks, NodeTable authors, NodeTable papers,
            Communities coauthorshipCommunities, Communities citationCommunities, Communities topicCommunities,
            Communities keywordCommunities, List<CommunitySummary> communities, Timeline timeline,
            AnalysisParameters parameters) {
        this(corpus, networks, authors, papers, coauthorshipCommunities, citationCommunities, topicCommunities,
                keywordCommunities, communities, timeline, parameters, ShortestPathSampling.EXACT, Map.of());
    }
}
