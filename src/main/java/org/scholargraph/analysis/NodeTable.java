package org.scholargraph.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The computed table of authors or papers: one row per node in index order, one column per
 * declared {@link NodeColumn} in the declared order. The first column is the node's id, the
 * second its name (an author's name, a paper's title): the graph files take them as node id and
 * label. {@code authors.csv}, {@code papers.csv}, the node attributes of GraphML and GEXF and the
 * facade's rows are all this table.
 */
public final class NodeTable {

    private final List<NodeColumn> columns;
    private final Map<String, Integer> indexByName;
    private final List<ColumnValues> values;
    private final int size;

    /**
     * A table of {@code size} rows.
     *
     * @param values the values of each column, in the order of {@code columns}
     */
    public NodeTable(List<NodeColumn> columns, List<ColumnValues> values, int size) {
        this.columns = List.copyOf(columns);
        this.values = List.copyOf(values);
        if (this.columns.size() < 2) {
            throw new IllegalArgumentException("a node table has an id and a name column at least");
        }
        if (this.values.size() != this.columns.size()) {
            throw new IllegalArgumentException(values.size() + " value columns for " + columns.size() + " columns");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        this.size = size;
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int c = 0; c < this.columns.size(); c++) {
            if (index.put(this.columns.get(c).name(), c) != null) {
                throw new IllegalArgumentException("two columns named " + this.columns.get(c).name());
            }
        }
        this.indexByName = Map.copyOf(index);
    }

    /** Computes every column of {@code columns} from {@code context}, timing each one that has a timing key. */
    static NodeTable compute(List<NodeColumn> columns, int size, AnalysisContext context, Map<String, Long> millis) {
        List<ColumnValues> values = new ArrayList<>(columns.size());
        for (NodeColumn column : columns) {
            long start = System.nanoTime();
            values.add(column.computation().compute(context));
            if (!column.timing().isEmpty()) {
                millis.put(column.timing(), (System.nanoTime() - start) / 1_000_000);
            }
        }
        return new NodeTable(columns, values, size);
    }

    /** The columns, in order. */
    public List<NodeColumn> columns() {
        return columns;
    }

    /** The number of rows. */
    public int size() {
        return size;
    }

    /** The column named {@code name}. */
    public NodeColumn column(String name) {
        return columns.get(indexOf(name));
    }

    /** Whether a column is named {@code name}. */
    public boolean has(String name) {
        return indexByName.containsKey(name);
    }

    /** The position of the column named {@code name}. */
    public int indexOf(String name) {
        Integer index = indexByName.get(Objects.requireNonNull(name, "name"));
        if (index == null) {
            throw new IllegalArgumentException("no column \"" + name + "\"; the columns are " + names());
        }
        return index;
    }

    /** The column names, in order. */
    public List<String> names() {
        return columns.stream().map(NodeColumn::name).toList();
    }

    /** The values of the column at {@code column}. */
    public ColumnValues values(int column) {
        return values.get(column);
    }

    /** The value in {@code row} of the numeric column {@code column}. */
    public double number(NodeColumn column, int row) {
        return values.get(indexOf(column.name())).number(row);
    }

    /** The value in {@code row} of {@code column}: an Integer, a Double, a String or a List of Strings. */
    public Object value(NodeColumn column, int row) {
        return values.get(indexOf(column.name())).value(row);
    }

    /** Every value of the numeric column {@code column}, a fresh array. */
    public double[] numbers(NodeColumn column) {
        ColumnValues of = values.get(indexOf(column.name()));
        double[] all = new double[size];
        for (int r = 0; r < size; r++) {
            all[r] = of.number(r);
        }
        return all;
    }

    /** The id of the node in {@code row} (the first column). */
    public String id(int row) {
        return (String) values.get(0).value(row);
    }

    /** The name of the node in {@code row} (the second column). */
    public String label(int row) {
        return (String) values.get(1).value(row);
    }
}
