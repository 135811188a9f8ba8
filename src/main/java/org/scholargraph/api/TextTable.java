package org.scholargraph.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.scholargraph.export.NumberText;

/**
 * The cells of result rows and their rendering as a small aligned text table, the way a dataframe
 * prints its head: a title line, a header, at most {@link #SHOWN_ROWS} rows, then "… N more rows".
 * Columns are a record's components under the export contract's snake_case names; a year column
 * (named {@code year} or ending in {@code Year}) shows 0, "unknown", as an empty cell, as the CSV does.
 */
final class TextTable {

    /** Rows shown by {@code toString()}. */
    static final int SHOWN_ROWS = 10;

    /** Longest cell shown; longer ones are cut with an ellipsis. */
    static final int CELL_WIDTH = 36;

    private TextTable() {
    }

    /** The snake_case column names of a record type: {@code hIndex} → {@code h_index}. */
    static List<String> columns(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(snakeCase(component.getName()));
        }
        return names;
    }

    /** The values of a record's components, in order, with unknown years as {@code null}. */
    static List<Object> cells(Record row) {
        RecordComponent[] components = row.getClass().getRecordComponents();
        List<Object> cells = new ArrayList<>(components.length);
        for (RecordComponent component : components) {
            Object value;
            try {
                value = component.getAccessor().invoke(row);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + row.getClass(), e);
            }
            String name = component.getName();
            boolean yearColumn = name.equals("year") || name.endsWith("Year");
            cells.add(yearColumn && Integer.valueOf(0).equals(value) ? null : value);
        }
        return cells;
    }

    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text of one cell for reading: doubles as {@link NumberText#rounded(double)}, lists joined by "; ". */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return NumberText.rounded(((Number) value).doubleValue());
        }
        if (value instanceof List<?>) {
            List<String> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(String.valueOf(item));
            }
            return String.join("; ", items);
        }
        return value.toString().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /**
     * Renders a title, a header and the first {@link #SHOWN_ROWS} rows, numbers right-aligned and
     * text left-aligned.
     */
    static String render(String title, List<String> headers, List<List<Object>> rows) {
        int shown = Math.min(rows.size(), SHOWN_ROWS);
        int columns = headers.size();
        String[][] texts = new String[shown][columns];
        int[] widths = new int[columns];
        boolean[] numeric = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = headers.get(c).length();
            numeric[c] = shown > 0;
        }
        for (int r = 0; r < shown; r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < columns; c++) {
                Object value = row.get(c);
                String text = text(value);
                if (text.codePointCount(0, text.length()) > CELL_WIDTH) {
                    text = text.substring(0, text.offsetByCodePoints(0, CELL_WIDTH - 1)) + "…";
                }
                texts[r][c] = text;
                widths[c] = Math.max(widths[c], text.codePointCount(0, text.length()));
                numeric[c] &= value == null || value instanceof Number;
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(title).append('\n');
        appendLine(out, headers.toArray(String[]::new), widths, numeric);
        for (String[] line : texts) {
            appendLine(out, line, widths, numeric);
        }
        if (rows.size() > shown) {
            int more = rows.size() - shown;
            out.append("… ").append(more).append(more == 1 ? " more row" : " more rows").append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static void appendLine(StringBuilder out, String[] cells, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append("  ");
            }
            String text = cells[c];
            int pad = widths[c] - text.codePointCount(0, text.length());
            if (numeric[c]) {
                line.append(" ".repeat(pad)).append(text);
            } else {
                line.append(text).append(" ".repeat(pad));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
