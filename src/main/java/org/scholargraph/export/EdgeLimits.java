package org.scholargraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.graph.CoauthorshipNetwork;
import org.scholargraph.graph.TopicNetwork;
import org.scholargraph.model.Paper;

/**
 * The edges that each graph file of one export writes under {@link ExportOptions#maxGraphEdges()},
 * each chosen once on first use (by the file's writer or by {@code summary.json}, whichever comes
 * first, on any thread) and the same for both.
 */
final class EdgeLimits {

    /**
     * A graph file that left edges out.
     *
     * @param file the file's name
     * @param edges the graph's edges
     * @param written the edges in the file, the strongest
     * @param completeIn the CSV files that hold every edge
     */
    record Cut(String file, int edges, int written, List<String> completeIn) {
        int leftOut() {
            return edges - written;
        }
    }

    private final CorpusAnalysis analysis;
    private final ExportOptions options;
    private EdgeSelection coauthorship;
    private EdgeSelection citation;
    private EdgeSelection topics;
    private GraphmlWriter.NetworkEdges networkEdges;
    private EdgeSelection network;

    EdgeLimits(CorpusAnalysis analysis, ExportOptions options) {
        this.analysis = analysis;
        this.options = options;
    }

    /** The edges of {@code coauthorship.graphml} and {@code coauthorship.gexf}, by joint papers. */
    synchronized EdgeSelection coauthorship() {
        if (coauthorship == null) {
            CoauthorshipNetwork pairs = analysis.networks().coauthorship();
            coauthorship = strongest(pairs.collaborations().size(), pairs::pairPaperCount);
        }
        return coauthorship;
    }

    /** The edges of {@code citation.graphml}: all of weight 1, so the first ones. */
    synchronized EdgeSelection citation() {
        if (citation == null) {
            citation = strongest(analysis.networks().citation().citations().size(), e -> 1);
        }
        return citation;
    }

    /** The edges of {@code topics.graphml}, by their weight. */
    synchronized EdgeSelection topics() {
        if (topics == null) {
            TopicNetwork links = analysis.networks().topics();
            topics = strongest(links.linkCount(), links::linkWeight);
        }
        return topics;
    }

    /** Every one of {@code edges} edges within the limit; above it, the strongest by {@code weight}. */
    private EdgeSelection strongest(int edges, IntToDoubleFunction weight) {
        if (options.keepsAll(edges)) {
            return EdgeSelection.all(edges);
        }
        double[] weights = new double[edges];
        for (int e = 0; e < edges; e++) {
            weights[e] = weight.applyAsDouble(e);
        }
        return EdgeSelection.strongest(weights, options.maxGraphEdges());
    }

    /** Which citation carries which topic link in {@code network.graphml}, and which topic links are edges of their own. */
    synchronized GraphmlWriter.NetworkEdges networkEdges() {
        if (networkEdges == null) {
            networkEdges = GraphmlWriter.NetworkEdges.of(analysis);
        }
        return networkEdges;
    }

    /**
     * The edges of {@code network.graphml}: who wrote, cites and is indexed by what first (every
     * authorship, citation and keyword edge, in the file's order), then the strongest topic edges.
     * Topic edges are the most numerous and the only ones a reader can do without; their weights
     * (sums of idf) do not compare with the others'.
     */
    synchronized EdgeSelection network() {
        if (network == null) {
            GraphmlWriter.NetworkEdges edges = networkEdges();
            int authored = analysis.networks().authorships().size();
            int cites = analysis.networks().citation().citations().size();
            TopicNetwork links = analysis.networks().topics();
            int topicEdges = 0;
            for (int t = 0; t < links.linkCount(); t++) {
                topicEdges += edges.ownEdge(t) ? 1 : 0;
            }
            long hasKeyword = 0;
            for (Paper paper : analysis.corpus().papers()) {
                hasKeyword += new TreeSet<>(paper.keywords()).size();
            }
            long total = authored + cites + topicEdges + hasKeyword;
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("network.graphml would have " + total + " edges");
            }
            if (options.keepsAll(total)) {
                network = EdgeSelection.all((int) total);
            } else {
                double[] weights = new double[(int) total];
                java.util.Arrays.fill(weights, Double.POSITIVE_INFINITY);
                int e = authored + cites;
                for (int t = 0; t < links.linkCount(); t++) {
                    if (edges.ownEdge(t)) {
                        weights[e++] = links.linkWeight(t);
                    }
                }
                network = EdgeSelection.strongest(weights, options.maxGraphEdges());
            }
        }
        return network;
    }

    /** The graph files that left edges out, in the order of the export's files. */
    List<Cut> cuts() {
        List<Cut> cuts = new ArrayList<>();
        add(cuts, "network.graphml", network(), List.of("papers.csv", "citations.csv", "topic_edges.csv"));
        add(cuts, "coauthorship.graphml", coauthorship(), List.of("coauthorships.csv"));
        add(cuts, "citation.graphml", citation(), List.of("citations.csv"));
        add(cuts, "topics.graphml", topics(), List.of("topic_edges.csv"));
        add(cuts, "coauthorship.gexf", coauthorship(), List.of("coauthorships.csv"));
        return cuts;
    }

    private static void add(List<Cut> cuts, String file, EdgeSelection selection, List<String> csv) {
        if (selection.leftOut() > 0) {
            cuts.add(new Cut(file, selection.total(), selection.written(), csv));
        }
    }

    /** The line a run prints for a cut file. */
    String notice(Cut cut) {
        return String.format(java.util.Locale.ROOT,
                "%s: %,d of %,d edges written, the strongest; %,d left out (at most %,d edges per graph file);"
                        + " %s %s them all",
                cut.file(), cut.written(), cut.edges(), cut.leftOut(), options.maxGraphEdges(),
                String.join(", ", cut.completeIn()), cut.completeIn().size() == 1 ? "has" : "have");
    }

    ExportOptions options() {
        return options;
    }
}
