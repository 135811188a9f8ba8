package org.scholargraph.analysis;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;

/**
 * The values of one column of a {@link NodeTable}, row by row: numbers in an array, texts and
 * lists from a function of the row (they come from the corpus and cost nothing to keep).
 */
public interface ColumnValues {

    /** The value of {@code row} as a number; only numeric columns have one. */
    double number(int row);

    /** The value of {@code row}: an {@code Integer}, a {@code Double}, a {@code String} or a {@code List<String>}. */
    Object value(int row);

    /** Numbers of a column of whole numbers or years; the table keeps {@code values}, which nobody may change after. */
    static ColumnValues integers(int[] values) {
        return of(row -> values[row], row -> values[row]);
    }

    /** Numbers of a column of real numbers; the table keeps {@code values}, which nobody may change after. */
    static ColumnValues reals(double[] values) {
        return of(row -> values[row], row -> values[row]);
    }

    /** Texts or lists of texts, read from {@code values} when asked. */
    static ColumnValues texts(IntFunction<?> values) {
        return of(row -> {
            throw new UnsupportedOperationException("a text column has no numbers");
        }, values);
    }

    private static ColumnValues of(IntToDoubleFunction numbers, IntFunction<?> values) {
        return new ColumnValues() {
            @Override
            public double number(int row) {
                return numbers.applyAsDouble(row);
            }

            @Override
            public Object value(int row) {
                return values.apply(row);
            }
        };
    }
}
