package org.scholargraph.analysis.centrality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.scholargraph.graph.CompactGraph;

/**
 * The graphs of the centrality and community tests, numbered as scripts/reference/graphs.py
 * numbers them, so that the numbers pasted from its scripts apply node for node.
 */
public final class ReferenceGraphs {

    /** Where ca-GrQc lies, relative to the project root (the tests' working directory). */
    public static final Path GRQC = Path.of("..", "shared", "data", "snap", "ca-GrQc.txt");

    /** Zachary's karate club, 34 nodes, 78 edges, networkx's numbering. */
    public static final int[][] KARATE_EDGES = {
        {0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}, {0, 6}, {0, 7}, {0, 8}, {0, 10}, {0, 11}, {0, 12}, {0, 13},
        {0, 17}, {0, 19}, {0, 21}, {0, 31}, {1, 2}, {1, 3}, {1, 7}, {1, 13}, {1, 17}, {1, 19}, {1, 21},
        {1, 30}, {2, 3}, {2, 7}, {2, 8}, {2, 9}, {2, 13}, {2, 27}, {2, 28}, {2, 32}, {3, 7}, {3, 12},
        {3, 13}, {4, 6}, {4, 10}, {5, 6}, {5, 10}, {5, 16}, {6, 16}, {8, 30}, {8, 32}, {8, 33}, {9, 33},
        {13, 33}, {14, 32}, {14, 33}, {15, 32}, {15, 33}, {18, 32}, {18, 33}, {19, 33}, {20, 32},
        {20, 33}, {22, 32}, {22, 33}, {23, 25}, {23, 27}, {23, 29}, {23, 32}, {23, 33}, {24, 25},
        {24, 27}, {24, 31}, {25, 31}, {26, 29}, {26, 33}, {27, 33}, {28, 31}, {28, 33}, {29, 32},
        {29, 33}, {30, 32}, {30, 33}, {31, 32}, {31, 33}, {32, 33},
    };

    private ReferenceGraphs() {
    }

    public static CompactGraph karate() {
        CompactGraph.Builder builder = CompactGraph.undirected(34);
        for (int[] e : KARATE_EDGES) {
            builder.addEdge(e[0], e[1], 1.0);
        }
        return builder.build();
    }

    /** 0 – 1 – 2. */
    public static CompactGraph path3() {
        return CompactGraph.undirected(3).addEdge(0, 1, 1).addEdge(1, 2, 1).build();
    }

    /** Centre 0, leaves 1, 2, 3. */
    public static CompactGraph star4() {
        return CompactGraph.undirected(4).addEdge(0, 1, 1).addEdge(0, 2, 1).addEdge(0, 3, 1).build();
    }

    /** Two weighted components {0..4} and {5,6,7} and the isolated node 8. */
    public static CompactGraph weightedTwoComponents() {
        return CompactGraph.undirected(9)
                .addEdge(0, 1, 2.0).addEdge(0, 2, 1.0).addEdge(1, 2, 3.0).addEdge(2, 3, 1.5)
                .addEdge(3, 4, 0.5).addEdge(1, 3, 1.0)
                .addEdge(5, 6, 4.0).addEdge(6, 7, 1.0).addEdge(5, 7, 2.0)
                .build();
    }

    /** Directed and weighted; node 3 has no out-edges. */
    public static CompactGraph directedWithDanglingNode() {
        return CompactGraph.directed(5)
                .addEdge(0, 1, 1.0).addEdge(0, 2, 2.0).addEdge(1, 2, 1.0).addEdge(2, 0, 1.0)
                .addEdge(2, 3, 3.0).addEdge(4, 2, 1.0).addEdge(4, 3, 0.5)
                .build();
    }

    /**
     * SNAP's ca-GrQc as a simple undirected graph of weight 1: ids in ascending order become
     * 0..n−1, each unordered pair once (the file lists most pairs in both directions). Empty when
     * the file is absent.
     */
    public static Optional<CompactGraph> grqc() {
        if (!Files.isReadable(GRQC)) {
            return Optional.empty();
        }
        List<long[]> pairs = new ArrayList<>();
        TreeMap<Long, Integer> index = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(GRQC, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.trim().split("\\s+");
                long a = Long.parseLong(parts[0]);
                long b = Long.parseLong(parts[1]);
                index.put(a, 0);
                index.put(b, 0);
                pairs.add(new long[] {a, b});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int next = 0;
        for (var entry : index.entrySet()) {
            entry.setValue(next++);
        }
        Set<Long> seen = new HashSet<>();
        CompactGraph.Builder builder = CompactGraph.undirected(index.size());
        for (long[] p : pairs) {
            int u = index.get(p[0]);
            int v = index.get(p[1]);
            if (u == v || !seen.add((long) Math.min(u, v) << 32 | Math.max(u, v))) {
                continue;
            }
            builder.addEdge(u, v, 1.0);
        }
        return Optional.of(builder.build());
    }

    /** A random simple graph for property tests: every pair an edge with probability p, weights 1..4. */
    public static CompactGraph random(int n, double p, boolean directed, long seed) {
        Random random = new Random(seed);
        CompactGraph.Builder builder = directed ? CompactGraph.directed(n) : CompactGraph.undirected(n);
        for (int u = 0; u < n; u++) {
            for (int v = directed ? 0 : u + 1; v < n; v++) {
                if (u != v && random.nextDouble() < p) {
                    builder.addEdge(u, v, 1 + random.nextInt(4));
                }
            }
        }
        return builder.build();
    }

    /** The same graph with node v renamed permutation[v]. */
    public static CompactGraph relabel(CompactGraph graph, int[] permutation) {
        int n = graph.nodeCount();
        CompactGraph.Builder builder = graph.isDirected() ? CompactGraph.directed(n) : CompactGraph.undirected(n);
        for (int u = 0; u < n; u++) {
            for (int i = graph.edgeStart(u); i < graph.edgeEnd(u); i++) {
                int v = graph.neighborAt(i);
                if (graph.isDirected() || u < v) {
                    builder.addEdge(permutation[u], permutation[v], graph.weightAt(i));
                }
            }
        }
        return builder.build();
    }
}
