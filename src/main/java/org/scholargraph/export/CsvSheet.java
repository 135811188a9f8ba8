package org.scholargraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.scholargraph.analysis.ColumnType;

/**
 * The one CSV writer of the exports and of the facade's tables, through {@link CsvOut}, which writes
 * what Commons CSV's RFC 4180 printer wrote.
 *
 * <p>Every file: RFC 4180 (comma, double quotes when needed, CRLF), UTF-8 with a byte-order mark so
 * that Excel does not guess a legacy code page, a header row, {@code ;} between the items of a list
 * in one cell, numbers as {@link NumberText} writes them, unknown years as empty cells.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell starting with {@code =},
 * {@code +}, {@code -} or {@code @} as a formula, and tab or CR at the start can smuggle one past
 * filters. Every text cell that starts with one of them gets a leading {@code '} unless the whole
 * cell reads as a plain number ({@code -3.5} is data, not a formula). Number columns are written
 * by us and are never touched.
 */
public final class CsvSheet {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvSheet() {
    }

    /**
     * Writes {@code rows} under {@code headers} to {@code file}, creating its folder when missing.
     * A cell is written by its value's type: {@code null} empty, a {@code Double} as {@link NumberText#of(double)},
     * another number as its decimal text, a list {@code ;}-joined, anything else as its text.
     */
    public static void write(Path file, List<String> headers, List<List<Object>> rows) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, headers, row -> {
                for (List<Object> cells : rows) {
                    for (Object value : cells) {
                        row.value(value);
                    }
                    row.end();
                }
            });
        }
    }

    /** Writes a header and the rows {@code source} gives to {@code out}, which stays open. */
    static void write(OutputStream out, List<String> header, RowSource source) throws IOException {
        CsvOut csv = new CsvOut(out);
        csv.byteOrderMark();
        csv.record(header);
        source.rows(new Row(csv, header.size()));
        // Flush, do not close: the caller owns the stream.
        csv.flush();
    }

    /**
     * The row being written: each cell goes straight to the file's bytes as it is given, text
     * neutralised, numbers formatted one way; {@link #end()} closes the row and opens the next.
     */
    static final class Row {
        private final CsvOut csv;
        private final int columns;

        private Row(CsvOut csv, int columns) {
            this.csv = csv;
            this.columns = columns;
        }

        Row text(String value) throws IOException {
            csv.text(value);
            return this;
        }

        Row list(List<String> items) throws IOException {
            csv.list(items);
            return this;
        }

        /** Node {@code index}'s id ({@link NodeIds}). */
        Row id(NodeIds ids, int index) throws IOException {
            csv.id(ids, index);
            return this;
        }

        Row number(int value) throws IOException {
            csv.number(value);
            return this;
        }

        Row number(long value) throws IOException {
            csv.number(value);
            return this;
        }

        Row number(double value) throws IOException {
            csv.number(value);
            return this;
        }

        Row year(int year) throws IOException {
            csv.year(year);
            return this;
        }

        /** Ends the row, which must have a cell for each column. */
        void end() throws IOException {
            if (csv.cellsInRecord() != columns) {
                throw new IllegalStateException(csv.cellsInRecord() + " cells under " + columns + " columns");
            }
            csv.endRecord();
        }

        /** A value of a column of {@code type}, as {@link org.scholargraph.analysis.ColumnValues#value(int)} gives it. */
        @SuppressWarnings("unchecked")
        Row cell(ColumnType type, Object value) throws IOException {
            switch (type) {
                case TEXT:
                    return text((String) value);
                case LIST:
                    return list((List<String>) value);
                case INTEGER:
                case CATEGORY:
                    return number(((Number) value).intValue());
                case YEAR:
                    return year(((Number) value).intValue());
                case REAL:
                    return number(((Number) value).doubleValue());
                default:
                    throw new IllegalArgumentException("no cell for " + type);
            }
        }

        /** A value by its own type, as {@link #write(Path, List, List)} says. */
        Row value(Object value) throws IOException {
            if (value == null) {
                csv.empty();
                return this;
            }
            if (value instanceof Double) {
                return number((double) (Double) value);
            }
            if (value instanceof Number) {
                csv.plain(value.toString());
                return this;
            }
            if (value instanceof List<?>) {
                List<String> items = new ArrayList<>();
                for (Object item : (List<?>) value) {
                    items.add(String.valueOf(item));
                }
                return list(items);
            }
            return text(value.toString());
        }
    }

    /** Writes the rows of a file, each through the one {@link Row}. */
    @FunctionalInterface
    interface RowSource {
        void rows(Row row) throws IOException;
    }

    /** A cell as a spreadsheet may safely read it: a formula-looking text gets a leading quote. */
    static String neutralised(String raw) {
        String text = withoutLoneSurrogates(raw);
        if (text.isEmpty()) {
            return "";
        }
        return startsFormula(text.charAt(0)) && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }

    /** Whether a text starting with {@code first} may run as a formula. */
    static boolean startsFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * {@code text} without unpaired surrogates: UTF-8 cannot encode them, and Java's encoder would
     * silently write {@code ?} in their place. Every other character is kept as the source gave it.
     */
    static String withoutLoneSurrogates(String text) {
        if (text == null) {
            return "";
        }
        // Most text has no surrogate at all: found by one plain scan.
        int first = 0;
        while (first < text.length() && !Character.isSurrogate(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder kept = null;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (kept != null) {
                    kept.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }
}
