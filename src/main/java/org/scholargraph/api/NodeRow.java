package org.scholargraph.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.scholargraph.analysis.ColumnType;
import org.scholargraph.analysis.NodeColumn;
import org.scholargraph.analysis.NodeTable;

/**
 * One row of the author or paper table: the value of every declared column, in the order and with
 * the values of its CSV file. Any column by name: {@code row.value("clustering")}, a number:
 * {@code row.number("pagerank")}; {@link AuthorRow} and {@link PaperRow} add named accessors.
 */
public abstract sealed class NodeRow permits AuthorRow, PaperRow {

    private final NodeTable table;
    private final Object[] values;

    /** Row {@code row} of {@code table}. */
    NodeRow(NodeTable table, int row) {
        this.table = Objects.requireNonNull(table, "table");
        this.values = new Object[table.columns().size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = table.values(c).value(row);
        }
    }

    /** The column names, snake_case as in the CSV file: {@code sg.authors().get(0).columns()}. */
    public List<String> columns() {
        return table.names();
    }

    /**
     * The value of a column: an {@code Integer} (counts, years, 0 when unknown), a {@code Double},
     * a {@code String} or a {@code List<String>}: {@code row.value("name")}.
     *
     * @throws IllegalArgumentException when there is no such column
     */
    public Object value(String column) {
        return values[table.indexOf(column)];
    }

    /**
     * The value of a numeric column: {@code row.number("clustering")}.
     *
     * @throws IllegalArgumentException when there is no such column or it holds text
     */
    public double number(String column) {
        int c = table.indexOf(column);
        if (!table.columns().get(c).type().isNumeric()) {
            throw new IllegalArgumentException("column " + column + " holds text, not numbers");
        }
        return ((Number) values[c]).doubleValue();
    }

    /** The cells in column order, an unknown year as {@code null}, for printing and CSV. */
    List<Object> cells() {
        List<Object> cells = new ArrayList<>(values.length);
        for (int c = 0; c < values.length; c++) {
            boolean unknownYear = table.columns().get(c).type() == ColumnType.YEAR && Integer.valueOf(0).equals(values[c]);
            cells.add(unknownYear ? null : values[c]);
        }
        return cells;
    }

    String text(NodeColumn column) {
        return (String) value(column.name());
    }

    int integer(NodeColumn column) {
        return (Integer) value(column.name());
    }

    double real(NodeColumn column) {
        return (Double) value(column.name());
    }

    @SuppressWarnings("unchecked")
    List<String> list(NodeColumn column) {
        return (List<String>) value(column.name());
    }

    /** Rows are equal when they have the same columns and the same values. */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && columns().equals(((NodeRow) other).columns())
                && Arrays.equals(values, ((NodeRow) other).values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** {@code AuthorRow[author_id=A1, name=Ada Lovelace, …]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(getClass().getSimpleName()).append('[');
        List<String> names = columns();
        for (int c = 0; c < values.length; c++) {
            out.append(c == 0 ? "" : ", ").append(names.get(c)).append('=').append(values[c]);
        }
        return out.append(']').toString();
    }
}
