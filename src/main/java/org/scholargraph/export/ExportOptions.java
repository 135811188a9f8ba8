package org.scholargraph.export;

/**
 * How large the graph files of an export may grow. The CSV files always hold every row; GraphML
 * and GEXF files are for Gephi and similar tools, which slow to a crawl or run out of memory on
 * graphs of many millions of edges, so each graph file holds at most {@code maxGraphEdges}
 * edges: all its nodes and its strongest edges (by the graph's weight; among equal weights the
 * earlier edge in the file's order). What a file left out is named on the warnings of the run and in
 * {@code summary.json} ({@code edges_left_out}). The lists of paper ids on coauthorship edges
 * likewise hold the first {@value #PAPER_IDS_PER_GRAPH_EDGE} ids in GraphML and GEXF, beside
 * {@code joint_papers}, which counts them all; {@code coauthorships.csv} lists every id.
 *
 * <pre>{@code
 * new ExportOptions(500_000)          // at most half a million edges per graph file
 * ExportOptions.defaults()            // at most 2,000,000
 * new ExportOptions(0)                // no limit
 * }</pre>
 *
 * @param maxGraphEdges the most edges written into one GraphML or GEXF file; 0: no limit
 */
public record ExportOptions(int maxGraphEdges) {

    /** The most edges of one graph file unless chosen otherwise. */
    public static final int MAX_GRAPH_EDGES_DEFAULT = 2_000_000;

    /** The most paper ids listed on one edge of a GraphML or GEXF file; the CSV files list every id. */
    public static final int PAPER_IDS_PER_GRAPH_EDGE = 20;

    public ExportOptions {
        if (maxGraphEdges < 0) {
            throw new IllegalArgumentException("the most edges of a graph file must be 0 (no limit) or more, was "
                    + maxGraphEdges);
        }
    }

    /** The defaults: {@value #MAX_GRAPH_EDGES_DEFAULT} edges per graph file. */
    public static ExportOptions defaults() {
        return new ExportOptions(MAX_GRAPH_EDGES_DEFAULT);
    }

    /** Whether a graph file of {@code edges} edges is written whole. */
    boolean keepsAll(long edges) {
        return maxGraphEdges == 0 || edges <= maxGraphEdges;
    }
}
