package org.scholargraph.analysis;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.scholargraph.analysis.centrality.NodeScoring;

/**
 * One column of the author or paper table, declared once: its name in every output (the CSV
 * header, the GraphML and GEXF attribute, the facade's column), its type, whether the graph files
 * carry it as a node attribute, the key of its time in {@code summary.json} ({@code run.measure_ms}),
 * and how the analysis computes it. {@link AuthorColumns} and {@link PaperColumns} list them; the
 * analysis runs the list and every writer and the facade iterate it.
 *
 * @param name snake_case name, the same in every output ({@code h_index})
 * @param type what its values are
 * @param nodeAttribute whether GraphML and GEXF write it on the nodes
 * @param timing key under which its computation is timed ({@code coauthorship.pagerank}), empty when not timed
 * @param computation how the analysis computes the values
 */
public record NodeColumn(String name, ColumnType type, boolean nodeAttribute, String timing, Computation computation) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** How a column's values are computed from what the analysis has. */
    @FunctionalInterface
    public interface Computation {
        ColumnValues compute(AnalysisContext context);
    }

    public NodeColumn {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a column name is snake_case, not \"" + name + "\"");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(computation, "computation");
    }

    /** A text read from the corpus, not a node attribute: {@code text("name", c -> a -> c.corpus().author(a).name())}. */
    static NodeColumn text(String name, Function<AnalysisContext, IntFunction<String>> values) {
        return new NodeColumn(name, ColumnType.TEXT, false, "", c -> ColumnValues.texts(values.apply(c)));
    }

    /** A list of texts read from the corpus, not a node attribute. */
    static NodeColumn list(String name, Function<AnalysisContext, IntFunction<java.util.List<String>>> values) {
        return new NodeColumn(name, ColumnType.LIST, false, "", c -> ColumnValues.texts(values.apply(c)));
    }

    /**
     * Whole numbers counted from the corpus or read from a partition, a node attribute, not timed:
     * {@code type} is {@link ColumnType#INTEGER}, {@link ColumnType#YEAR} or {@link ColumnType#CATEGORY}.
     */
    static NodeColumn count(String name, ColumnType type, Function<AnalysisContext, int[]> values) {
        if (type != ColumnType.INTEGER && type != ColumnType.YEAR && type != ColumnType.CATEGORY) {
            throw new IllegalArgumentException("a count is an INTEGER, a YEAR or a CATEGORY");
        }
        return new NodeColumn(name, type, true, "", c -> ColumnValues.integers(values.apply(c)));
    }

    /** Real numbers read from the corpus or a graph, a node attribute, not timed. */
    static NodeColumn real(String name, Function<AnalysisContext, double[]> values) {
        return new NodeColumn(name, ColumnType.REAL, true, "", c -> ColumnValues.reals(values.apply(c)));
    }

    /**
     * A measure of a graph's nodes, a node attribute, timed as {@code graph.name}: the scores of
     * {@code scoring}, real numbers, or whole numbers when {@code type} is {@link ColumnType#INTEGER}
     * (a k-core number).
     */
    static NodeColumn measure(String graph, String name, ColumnType type,
            Function<AnalysisContext, NodeScoring> scoring) {
        String timing = graph + "." + name;
        if (type == ColumnType.REAL) {
            return new NodeColumn(name, type, true, timing, c -> ColumnValues.reals(scoring.apply(c).scores()));
        }
        if (type == ColumnType.INTEGER) {
            return new NodeColumn(name, type, true, timing, c -> {
                double[] scores = scoring.apply(c).scores();
                int[] whole = new int[scores.length];
                for (int v = 0; v < whole.length; v++) {
                    whole[v] = (int) scores[v];
                }
                return ColumnValues.integers(whole);
            });
        }
        throw new IllegalArgumentException("a measure is REAL or INTEGER");
    }

    /** The same column with another node-attribute flag. */
    NodeColumn withNodeAttribute(boolean value) {
        return new NodeColumn(name, type, value, timing, computation);
    }
}
