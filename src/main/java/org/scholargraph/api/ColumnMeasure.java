package org.scholargraph.api;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.scholargraph.analysis.ColumnType;
import org.scholargraph.analysis.NodeColumn;

/**
 * A measure that is a numeric column of the author or paper table, read from a row by the
 * column's name. Every column of whole or real numbers is one; years and categories (communities) are not.
 */
abstract class ColumnMeasure<R extends NodeRow> implements Measure<R> {

    private final NodeColumn column;

    ColumnMeasure(NodeColumn column) {
        if (!isMeasure(column)) {
            throw new IllegalArgumentException(column.name() + " is not a measure to rank by");
        }
        this.column = column;
    }

    @Override
    public final String column() {
        return column.name();
    }

    @Override
    public final double of(R row) {
        return row.number(column.name());
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((ColumnMeasure<?>) other).column.equals(column);
    }

    @Override
    public final int hashCode() {
        return column.name().hashCode();
    }

    @Override
    public final String toString() {
        return column.name();
    }

    private static boolean isMeasure(NodeColumn column) {
        return column.type() == ColumnType.INTEGER || column.type() == ColumnType.REAL;
    }

    /** A measure of every numeric column of {@code columns} that is one, in column order. */
    static <M> List<M> measures(List<NodeColumn> columns, Function<NodeColumn, M> measure) {
        return columns.stream().filter(ColumnMeasure::isMeasure).map(measure).toList();
    }

    /** The measure of the column named {@code name}, among {@code measures}. */
    static <M extends ColumnMeasure<?>> M named(List<M> measures, String name, String table) {
        Objects.requireNonNull(name, "name");
        for (M measure : measures) {
            if (measure.column().equals(name)) {
                return measure;
            }
        }
        throw new IllegalArgumentException("no " + table + " measure \"" + name + "\"; the measures are "
                + measures.stream().map(Measure::column).toList());
    }
}
