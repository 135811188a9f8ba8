package org.scholargraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.scholargraph.analysis.AnalysisParameters;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.analysis.CorpusAnalyzer;
import org.scholargraph.analysis.ShortestPathSampling;
import org.scholargraph.analysis.community.Communities;
import org.scholargraph.graph.CompactGraph;
import org.scholargraph.graph.TopicNetwork;
import org.scholargraph.model.Rejection;

/**
 * Writes {@code summary.json}: versions, inputs, counts, parameters, one block per graph (nodes,
 * edges, directed, communities, modularity), the files written, and the run (threads, timings of
 * the stages, of each file written and of each measure). Keys come in a fixed
 * order (Jackson's {@link ObjectNode} keeps insertion order), indentation is two spaces with LF on
 * every platform, so that two runs differ only inside {@code run}. Numbers are
 * {@link NumberText}'s, as in every other file; a non-finite number
 * (a modularity that could not be computed) is written as {@code null}: JSON has no NaN.
 */
final class SummaryJson {

    private SummaryJson() {
    }

    static void write(CorpusAnalysis analysis, List<Rejection> rejections, RunSummary summary, List<String> files,
            Map<String, Long> fileMillis, EdgeLimits limits, OutputStream out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = mapper.createObjectNode();

        ObjectNode versions = root.putObject("versions");
        versions.put("scholargraph", summary.toolVersion());
        versions.put("java", summary.javaVersion());

        var inputs = root.putArray("inputs");
        summary.inputs().forEach(inputs::add);
        var filters = root.putArray("filters");
        summary.filters().forEach(filters::add);

        ObjectNode counts = root.putObject("counts");
        counts.put("papers", analysis.corpus().papers().size());
        counts.put("authors", analysis.corpus().authors().size());
        counts.put("keywords", analysis.networks().keywords().keywords().size());
        counts.put("authorships", analysis.networks().authorships().size());
        counts.put("coauthorship_edges", analysis.networks().coauthorship().graph().edgeCount());
        counts.put("citation_edges", analysis.networks().citation().graph().edgeCount());
        counts.put("topic_edges", analysis.networks().topics().graph().edgeCount());
        counts.put("keyword_edges", analysis.networks().keywords().graph().edgeCount());
        counts.put("rejected", rejections.size());

        AnalysisParameters p = analysis.parameters();
        ObjectNode parameters = root.putObject("parameters");
        number(parameters, "resolution", p.resolution());
        parameters.put("seed", p.seed());
        parameters.put("leiden_iterations", p.leidenIterations());
        parameters.put("leiden_random_starts", p.leidenRandomStarts());
        number(parameters, "pagerank_damping", p.pagerankDamping());
        parameters.put("exact_betweenness_limit", p.exactBetweennessLimit());
        number(parameters, "betweenness_epsilon", p.betweennessEpsilon());
        number(parameters, "harmonic_epsilon", p.harmonicEpsilon());
        number(parameters, "sampling_delta", p.samplingDelta());
        parameters.put("topic_edge_weight", TopicNetwork.WEIGHTING);
        parameters.put("community_labels", "the " + CorpusAnalyzer.LABEL_KEYWORDS + " keywords of highest log-likelihood ratio"
                + " (Dunning 1993) in the community against the rest; a keyword labels at most "
                + CorpusAnalyzer.MAX_COMMUNITIES_PER_LABEL_TERM + " communities of a graph");
        parameters.put("max_authors", p.maxAuthors());

        ObjectNode graphs = root.putObject("graphs");
        graph(graphs, "coauthorship", analysis.networks().coauthorship().graph(), analysis.coauthorshipCommunities());
        // Betweenness and harmonic closeness are exact up to the limit and estimated above it.
        ShortestPathSampling sampling = analysis.sampling();
        ObjectNode coauthorship = (ObjectNode) graphs.get("coauthorship");
        if (sampling.exact()) {
            coauthorship.put("shortest_path_measures", "exact");
        } else {
            coauthorship.put("shortest_path_measures", "estimated: each score within its epsilon of the exact one"
                    + " with probability at least 1 - sampling_delta");
            coauthorship.put("betweenness_sampled_paths", sampling.betweennessSamples());
            coauthorship.put("vertex_diameter_bound", sampling.vertexDiameterBound());
            coauthorship.put("harmonic_sampled_targets", sampling.harmonicTargets());
        }
        graph(graphs, "citation", analysis.networks().citation().graph(), analysis.citationCommunities());
        graph(graphs, "topics", analysis.networks().topics().graph(), analysis.topicCommunities());
        graph(graphs, "keywords", analysis.networks().keywords().graph(), analysis.keywordCommunities());

        var written = root.putArray("files");
        files.forEach(written::add);
        // Only when a graph file holds fewer edges than its graph: which, how many, and where all are.
        List<EdgeLimits.Cut> cuts = limits.cuts();
        if (!cuts.isEmpty()) {
            var leftOut = root.putArray("edges_left_out");
            for (EdgeLimits.Cut cut : cuts) {
                ObjectNode entry = leftOut.addObject();
                entry.put("file", cut.file());
                entry.put("edges", cut.edges());
                entry.put("written", cut.written());
                entry.put("left_out", cut.leftOut());
                entry.put("kept", "the strongest by weight, the earlier edge first among equal weights");
                var complete = entry.putArray("complete_in");
                cut.completeIn().forEach(complete::add);
            }
        }

        // How this run went, as opposed to what it computed: the only part that may differ
        // between two runs on the same input (the thread count changes no other byte).
        ObjectNode run = root.putObject("run");
        run.put("threads", p.threads());
        run.put("max_graph_edges", limits.options().maxGraphEdges());
        ObjectNode timings = run.putObject("timings_ms");
        for (Map.Entry<String, Long> stage : summary.stageMillis().entrySet()) {
            timings.put(stage.getKey(), stage.getValue());
        }
        ObjectNode export = run.putObject("export_ms");
        fileMillis.forEach(export::put);
        ObjectNode measures = run.putObject("measure_ms");
        for (Map.Entry<String, Long> measure : analysis.measureMillis().entrySet()) {
            measures.put(measure.getKey(), measure.getValue());
        }

        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        mapper.writer(printer).writeValue(out, root);
        out.write('\n');
        out.flush();
    }

    private static void graph(ObjectNode graphs, String name, CompactGraph graph, Communities communities) {
        ObjectNode node = graphs.putObject(name);
        node.put("nodes", graph.nodeCount());
        node.put("edges", graph.edgeCount());
        node.put("directed", graph.isDirected());
        node.put("communities", communities.count());
        number(node, "modularity", communities.modularity());
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            // The text of every other export, not Jackson's own (which writes 8.04E-4).
            node.putRawValue(key, new RawValue(NumberText.of(value)));
        } else {
            node.putNull(key);
        }
    }
}
