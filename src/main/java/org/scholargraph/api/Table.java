package org.scholargraph.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import org.scholargraph.export.CsvSheet;

/**
 * Result rows of one kind (authors, papers, communities, timeline years …): an unmodifiable
 * {@link List} of records that prints as a small aligned table and writes itself as CSV.
 *
 * <pre>{@code
 * sg.authors().where(a -> a.papers() >= 3).sortedBy(Comparator.comparing(AuthorRow::name)).top(5)
 * }</pre>
 *
 * @param <R> the row type, a record whose components are the columns
 */
public final class Table<R extends Record> extends AbstractList<R> implements RandomAccess {

    private final String title;
    private final Class<R> rowType;
    private final List<R> rows;

    Table(String title, Class<R> rowType, List<R> rows) {
        this.title = Objects.requireNonNull(title, "title");
        this.rowType = Objects.requireNonNull(rowType, "rowType");
        this.rows = List.copyOf(rows);
    }

    /** What the rows are, the first line of {@link #toString()}: {@code sg.authors().title()}. */
    public String title() {
        return title;
    }

    /** The column names, snake_case as in the CSV files: {@code sg.authors().columns()}. */
    public List<String> columns() {
        return TextTable.columns(rowType);
    }

    /** The row at {@code index}: {@code sg.authors().get(0)}. */
    @Override
    public R get(int index) {
        return rows.get(index);
    }

    /** The number of rows: {@code sg.papers().size()}. */
    @Override
    public int size() {
        return rows.size();
    }

    /** The first {@code n} rows (all of them when there are fewer): {@code sg.papers().top(3)}. */
    public Table<R> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        return n >= rows.size() ? this : new Table<>(title, rowType, rows.subList(0, n));
    }

    /** The rows that pass {@code test}, in order: {@code sg.papers().where(p -> p.citedBy() > 0)}. */
    public Table<R> where(Predicate<? super R> test) {
        List<R> kept = new ArrayList<>();
        for (R row : rows) {
            if (test.test(row)) {
                kept.add(row);
            }
        }
        return new Table<>(title, rowType, kept);
    }

    /** The rows in another order (stable): {@code sg.authors().sortedBy(Comparator.comparing(AuthorRow::name))}. */
    public Table<R> sortedBy(Comparator<? super R> order) {
        List<R> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        return new Table<>(title, rowType, sorted);
    }

    /**
     * Writes the rows as CSV (UTF-8 with BOM, RFC 4180, {@code ;} inside list cells, formula-looking
     * text neutralised) under the {@link #columns()} header: {@code sg.authors().writeCsv(Path.of("authors.csv"))}.
     */
    public void writeCsv(Path file) throws IOException {
        CsvSheet.write(file, columns(), cellRows());
    }

    /** A readable table of the first rows: title, header, up to 10 rows, then how many more. */
    @Override
    public String toString() {
        return TextTable.render(title + " (" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"), columns(),
                cellRows(Math.min(rows.size(), TextTable.SHOWN_ROWS), rows.size()));
    }

    private List<List<Object>> cellRows() {
        return cellRows(rows.size(), rows.size());
    }

    /** The cells of the first {@code count} rows, padded with empty rows up to {@code total} for the "more" count. */
    private List<List<Object>> cellRows(int count, int total) {
        List<List<Object>> cells = new ArrayList<>(total);
        for (int i = 0; i < count; i++) {
            cells.add(TextTable.cells(rows.get(i)));
        }
        for (int i = count; i < total; i++) {
            cells.add(List.of());
        }
        return cells;
    }
}
