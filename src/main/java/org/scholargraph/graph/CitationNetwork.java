package org.scholargraph.graph;

import java.util.Arrays;
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
        int total = 0;
        for (Paper paper : corpus.papers()) {
            total += paper.citedPapers().size();
        }
        int[] citing = new int[total];
        int[] cited = new int[total];
        int m = 0;
        for (Paper paper : corpus.papers()) {
            for (int target : paper.citedPapers()) {
                if (target != paper.index()) {
                    citing[m] = paper.index();
                    cited[m] = target;
                    m++;
                    builder.addEdge(paper.index(), target, 1.0);
                }
            }
        }
        int[] citingPapers = Arrays.copyOf(citing, m);
        int[] citedPapers = Arrays.copyOf(cited, m);
        return new CitationNetwork(builder.build(),
                new ArrayBackedList<>(m, i -> new Citation(citingPapers[i], citedPapers[i])));
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
