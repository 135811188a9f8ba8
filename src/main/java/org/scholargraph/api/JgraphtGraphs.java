package org.scholargraph.api;

import java.util.List;
import java.util.function.IntFunction;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.graph.Authorship;
import org.scholargraph.graph.CompactGraph;
import org.scholargraph.model.Corpus;

/**
 * Copies the compact int-indexed graphs into JGraphT graphs whose vertices are the stable ids of
 * the exports (author ids, paper ids, keywords), so that the JGraphT toolbox applies. Every vertex
 * is added, isolated ones too, in corpus order; edges in the compact graph's (source, target) order.
 *
 * <p>JGraphT's standard graphs are large (about 200 MB for 122k nodes and 787k edges, where the
 * compact graph takes a few MB), so these are built on request and never kept.
 */
final class JgraphtGraphs {

    private JgraphtGraphs() {
    }

    static Graph<String, DefaultWeightedEdge> coauthorship(CorpusAnalysis analysis) {
        Corpus corpus = analysis.corpus();
        return undirected("coauthorship: author ids, weight = joint papers",
                analysis.networks().coauthorship().graph(), a -> corpus.author(a).id());
    }

    static Graph<String, DefaultWeightedEdge> topics(CorpusAnalysis analysis) {
        Corpus corpus = analysis.corpus();
        return undirected("topics: paper ids, weight = shared keywords", analysis.networks().topics().graph(),
                p -> corpus.paper(p).id());
    }

    static Graph<String, DefaultWeightedEdge> keywords(CorpusAnalysis analysis) {
        List<String> keywords = analysis.networks().keywords().keywords();
        return undirected("keywords: co-occurrence, weight = papers with both", analysis.networks().keywords().graph(),
                keywords::get);
    }

    static Graph<String, DefaultEdge> citation(CorpusAnalysis analysis) {
        Corpus corpus = analysis.corpus();
        CompactGraph compact = analysis.networks().citation().graph();
        Graph<String, DefaultEdge> graph = new DescribedDirectedGraph("citation: paper ids, citing → cited");
        for (int v = 0; v < compact.nodeCount(); v++) {
            graph.addVertex(corpus.paper(v).id());
        }
        for (int u = 0; u < compact.nodeCount(); u++) {
            for (int i = compact.edgeStart(u); i < compact.edgeEnd(u); i++) {
                graph.addEdge(corpus.paper(u).id(), corpus.paper(compact.neighborAt(i)).id());
            }
        }
        return graph;
    }

    static Graph<String, DefaultEdge> authorship(CorpusAnalysis analysis) {
        Corpus corpus = analysis.corpus();
        Graph<String, DefaultEdge> graph = new DescribedDirectedGraph("authorship: author id → paper id");
        corpus.authors().forEach(a -> graph.addVertex(a.id()));
        corpus.papers().forEach(p -> graph.addVertex(p.id()));
        for (Authorship edge : analysis.networks().authorships()) {
            graph.addEdge(corpus.author(edge.author()).id(), corpus.paper(edge.paper()).id());
        }
        return graph;
    }

    private static Graph<String, DefaultWeightedEdge> undirected(String description, CompactGraph compact,
            IntFunction<String> id) {
        Graph<String, DefaultWeightedEdge> graph = new DescribedWeightedGraph(description);
        for (int v = 0; v < compact.nodeCount(); v++) {
            graph.addVertex(id.apply(v));
        }
        for (int u = 0; u < compact.nodeCount(); u++) {
            for (int i = compact.edgeStart(u); i < compact.edgeEnd(u); i++) {
                int v = compact.neighborAt(i);
                if (u < v) {
                    DefaultWeightedEdge edge = graph.addEdge(id.apply(u), id.apply(v));
                    graph.setEdgeWeight(edge, compact.weightAt(i));
                }
            }
        }
        return graph;
    }

    /**
     * A plain JGraphT graph whose {@code toString()} is one line (what it is and its size) instead of
     * every vertex and edge, which would flood a JShell session.
     */
    private static final class DescribedWeightedGraph extends SimpleWeightedGraph<String, DefaultWeightedEdge> {
        private static final long serialVersionUID = 1L;
        private final String description;

        DescribedWeightedGraph(String description) {
            super(DefaultWeightedEdge.class);
            this.description = description;
        }

        @Override
        public String toString() {
            return "Graph[" + description + "; " + vertexSet().size() + " vertices, " + edgeSet().size() + " edges]";
        }
    }

    /** A plain JGraphT directed graph with a one-line {@code toString()}, as {@link DescribedWeightedGraph}. */
    private static final class DescribedDirectedGraph extends SimpleDirectedGraph<String, DefaultEdge> {
        private static final long serialVersionUID = 1L;
        private final String description;

        DescribedDirectedGraph(String description) {
            super(DefaultEdge.class);
            this.description = description;
        }

        @Override
        public String toString() {
            return "Graph[" + description + "; " + vertexSet().size() + " vertices, " + edgeSet().size() + " edges]";
        }
    }
}
