package org.scholargraph.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes result rows as CSV the way the export contract's files are written: RFC 4180, UTF-8 with
 * a byte-order mark, a header row, {@code ;} inside list cells, doubles as
 * {@link Double#toString(double)}, unknown years empty, and formula-looking text (starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or CR) prefixed with {@code '} (OWASP "CSV
 * Injection"). The export package keeps its writer to itself, so these few rules are repeated here.
 */
final class CsvTable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvTable() {
    }

    /** Writes {@code rows} under {@code headers} to {@code file}, creating its folder when missing. */
    static void write(Path file, List<String> headers, List<List<Object>> rows) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer,
                    CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).build());
            for (List<Object> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                for (Object value : row) {
                    cells.add(cell(value));
                }
                printer.printRecord(cells);
            }
            printer.flush();
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double) {
            double d = (Double) value;
            return Double.isFinite(d) ? Double.toString(d) : "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof List<?>) {
            List<String> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(String.valueOf(item));
            }
            return neutralised(String.join(";", items));
        }
        return neutralised(value.toString());
    }

    private static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }
}
