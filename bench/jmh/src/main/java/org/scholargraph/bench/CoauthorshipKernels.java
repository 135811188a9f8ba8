package org.scholargraph.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scholargraph.analysis.centrality.WeightedPageRank;
import org.scholargraph.analysis.community.LeidenCommunityDetection;
import org.scholargraph.graph.CompactGraph;

/**
 * PageRank and one Leiden search on the coauthorship graph of an export, the graph the pipeline
 * analyses: authors as nodes, joint papers as edge weights, read from {@code coauthorships.csv}
 * ({@code source_id}, {@code target_id}, {@code joint_papers}). {@code bench/kernels.sh} times
 * igraph's PageRank and Leiden on the same file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class CoauthorshipKernels {

    /** The {@code coauthorships.csv} of an export. */
    @Param("")
    public String coauthorships;

    private CompactGraph graph;

    @Setup
    public void readGraph() throws IOException {
        Map<String, Integer> nodes = new HashMap<>();
        List<int[]> pairs = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(Path.of(coauthorships), StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            for (CSVRecord row : format.parse(in)) {
                int source = nodes.computeIfAbsent(row.get("source_id"), k -> nodes.size());
                int target = nodes.computeIfAbsent(row.get("target_id"), k -> nodes.size());
                pairs.add(new int[] {source, target});
                weights.add(Double.parseDouble(row.get("joint_papers")));
            }
        }
        CompactGraph.Builder builder = CompactGraph.undirected(nodes.size());
        for (int i = 0; i < pairs.size(); i++) {
            builder.addEdge(pairs.get(i)[0], pairs.get(i)[1], weights.get(i));
        }
        graph = builder.build();
    }

    /** Weighted PageRank (damping 0.85) to its default tolerance, on one thread. */
    @Benchmark
    public double[] pagerank() {
        return new WeightedPageRank(graph).scores();
    }

    /** The same on two threads, as the pipeline runs it on this machine's two cores. */
    @Benchmark
    public double[] pagerankTwoThreads() {
        return new WeightedPageRank(graph, WeightedPageRank.DAMPING_FACTOR_DEFAULT, 2).scores();
    }

    /** One Leiden iteration from singletons (modularity, resolution 1), as igraph's {@code n_iterations=1}. */
    @Benchmark
    public double leidenOneIteration() {
        return leiden(1);
    }

    /** Two Leiden iterations from singletons, as igraph's default {@code n_iterations=2}. */
    @Benchmark
    public double leidenTwoIterations() {
        return leiden(2);
    }

    private double leiden(int iterations) {
        return new LeidenCommunityDetection(graph, LeidenCommunityDetection.RESOLUTION_DEFAULT, iterations, 1,
                LeidenCommunityDetection.SEED_DEFAULT).quality();
    }

    /**
     * One Leiden start iterated until our stopping rule holds (a graph this large: a relative gain
     * below {@code CommunitySearch.SINGLE_START_QUALITY_TOLERANCE}), beside igraph's {@code n_iterations=-1} (until an iteration changes nothing).
     */
    @Benchmark
    public double leidenOneStart() {
        return leiden(LeidenCommunityDetection.ITERATIONS_DEFAULT);
    }
}
