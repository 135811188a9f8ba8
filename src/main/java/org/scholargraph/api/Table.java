package org.scholargraph.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.Predicate;
import org.scholargraph.analysis.NodeTable;
import org.scholargraph.export.CsvSheet;

/**
 * Result rows of one kind (authors, papers, communities, timeline years …): an unmodifiable
 * {@link List} of records that prints as a small aligned table and writes itself as CSV.
 *
 * <pre>{@code
 * sg.authors().top(5)                                      // the five highest by PageRank
 * sg.authors().sortedBy(AuthorMeasure.BETWEENNESS).top(5)  // the five highest by betweenness
 * sg.papers().where(p -> p.year() >= 2010).sortedBy(PaperMeasure.CITED_BY)
 * sg.authors().sortedBy(Comparator.comparing(AuthorRow::name))
 * }</pre>
 *
 * <p>The tables of authors and papers come in id order and have a main measure, PageRank
 * ({@link AuthorMeasure#PAGERANK}: on the coauthorship network; {@link PaperMeasure#PAGERANK}: on
 * the citation graph), by which {@link #top(int)} picks its rows until {@code sortedBy} chooses
 * another order. The other tables keep the order of their CSV file, and {@code top(n)} is their
 * first {@code n} rows.
 *
 * @param <R> the row type: a record whose components are the columns, or an {@link AuthorRow} or
 *     {@link PaperRow} with the declared columns of its table
 */
public final class Table<R> extends AbstractList<R> implements RandomAccess {

    private final String title;
    private final List<String> columns;
    private final Function<? super R, List<Object>> cells;
    private final List<R> rows;
    /** The measure {@link #top(int)} ranks by, or null when it takes the rows in their order. */
    private final Measure<? super R> mainMeasure;

    /** A table of records, whose components are the columns. */
    static <R extends Record> Table<R> ofRecords(String title, Class<R> rowType, List<R> rows) {
        return new Table<>(title, TextTable.columns(rowType), TextTable::cells, rows, null);
    }

    /** A table of author or paper rows, with the columns of {@code table} and a main measure. */
    static <R extends NodeRow> Table<R> ofNodes(String title, NodeTable table, List<R> rows, Measure<? super R> mainMeasure) {
        return new Table<>(title, table.names(), NodeRow::cells, rows, mainMeasure);
    }

    private Table(String title, List<String> columns, Function<? super R, List<Object>> cells, List<R> rows,
            Measure<? super R> mainMeasure) {
        this.title = Objects.requireNonNull(title, "title");
        this.columns = List.copyOf(columns);
        this.cells = Objects.requireNonNull(cells, "cells");
        this.rows = List.copyOf(rows);
        this.mainMeasure = mainMeasure;
    }

    private Table<R> with(String newTitle, List<R> newRows, Measure<? super R> measure) {
        return new Table<>(newTitle, columns, cells, newRows, measure);
    }

    /** What the rows are, the first line of {@link #toString()}: {@code sg.authors().title()}. */
    public String title() {
        return title;
    }

    /** The column names, snake_case as in the CSV files: {@code sg.authors().columns()}. */
    public List<String> columns() {
        return columns;
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

    /**
     * The {@code n} highest rows by the main measure, for authors and papers PageRank (all of them
     * when there are fewer), or, after {@code sortedBy} and in the other tables, the first {@code n}:
     * {@code sg.authors().top(3)}, {@code sg.authors().sortedBy(AuthorMeasure.DEGREE).top(3)}.
     */
    public Table<R> top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        Table<R> ordered = mainMeasure == null ? this : sortedBy(mainMeasure);
        return with(ordered.title, ordered.rows.subList(0, Math.min(n, rows.size())), null);
    }

    /** The measure {@link #top(int)} ranks by, empty when it takes the first rows: {@code sg.papers().mainMeasure()}. */
    public Optional<Measure<? super R>> mainMeasure() {
        return Optional.ofNullable(mainMeasure);
    }

    /** The rows that pass {@code test}, in order: {@code sg.papers().where(p -> p.citedBy() > 0)}. */
    public Table<R> where(Predicate<? super R> test) {
        List<R> kept = new ArrayList<>();
        for (R row : rows) {
            if (test.test(row)) {
                kept.add(row);
            }
        }
        return with(title, kept, mainMeasure);
    }

    /**
     * The rows in another order (stable), which {@link #top(int)} then keeps:
     * {@code sg.authors().sortedBy(Comparator.comparing(AuthorRow::name))}.
     */
    public Table<R> sortedBy(Comparator<? super R> order) {
        return sorted(title, order);
    }

    /**
     * The rows by a measure, highest first (stable: ties keep their order; a value that is not a
     * number comes last), which {@link #top(int)} then keeps:
     * {@code sg.authors().sortedBy(AuthorMeasure.BETWEENNESS)}, {@code sg.papers().sortedBy(PaperMeasure.CITED_BY)}.
     */
    public Table<R> sortedBy(Measure<? super R> measure) {
        Objects.requireNonNull(measure, "measure");
        return sorted(title + " by " + measure.column(), highestFirst(measure));
    }

    private Table<R> sorted(String newTitle, Comparator<? super R> order) {
        Objects.requireNonNull(order, "order");
        List<R> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        return with(newTitle, sorted, null);
    }

    private static <T> Comparator<T> highestFirst(Measure<? super T> measure) {
        return (a, b) -> {
            double x = measure.of(a);
            double y = measure.of(b);
            return Double.compare(Double.isNaN(y) ? Double.NEGATIVE_INFINITY : y,
                    Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x);
        };
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
            cells.add(this.cells.apply(rows.get(i)));
        }
        for (int i = count; i < total; i++) {
            cells.add(List.of());
        }
        return cells;
    }
}
