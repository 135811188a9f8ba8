package org.scholargraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/** The in-corpus citation graph: papers, with an edge citing → cited for each resolved reference. */
public final class CitationNetwork {

    private final CompactGraph graph;
    private final List<Citation> citations;

    private CitationNetwork(CompactGraph graph, List<Citation> citations) {
        this.graph = graph;
        this.citations = citations;
    }

    /** Builds the graph from each paper's resolved references. */
    public static CitationNetwork of(Corpus corpus) {
        CompactGraph.Builder builder = CompactGraph.directed(corpus.papers().size());
        List<Citation> citations = new ArrayList<>();
        for (Paper paper : corpus.papers()) {
            for (int cited : paper.citedPapers()) {
                if (cited != paper.index()) {
                    citations.add(new Citation(paper.index(), cited));
                    builder.addEdge(paper.index(), cited, 1.0);
                }
            }
        }
        return new CitationNetwork(builder.build(), List.copyOf(citations));
    }

    /** The directed graph on paper indices, every edge weight 1. */
    public CompactGraph graph() {
        return graph;
    }

    /** Every citation once, ordered by citing then cited paper. */
    public List<Citation> citations() {
        return citations;
    }

    @Override
    public String toString() {
        return "citation: " + graph;
    }
}
