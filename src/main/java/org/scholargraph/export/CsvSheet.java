package org.scholargraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes any table of rows as CSV by the rules of the export contract's files: RFC 4180, UTF-8 with
 * a byte-order mark, a header row, {@code ;} inside list cells, numbers as {@link NumberText}
 * writes them, and formula-looking text neutralised as in
 * {@link CsvReports} (OWASP "CSV Injection"). The facade writes its result tables with it.
 */
public final class CsvSheet {

    private CsvSheet() {
    }

    /** Writes {@code rows} under {@code headers} to {@code file}, creating its folder when missing. */
    public static void write(Path file, List<String> headers, List<List<Object>> rows) throws IOException {
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
            return NumberText.of((Double) value);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof List<?>) {
            List<String> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(String.valueOf(item));
            }
            return CsvReports.neutralised(String.join(";", items));
        }
        return CsvReports.neutralised(value.toString());
    }
}
