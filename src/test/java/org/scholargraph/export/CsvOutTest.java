package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** {@link CsvOut} writes the bytes that Commons CSV's RFC 4180 printer, which the exports used before, wrote. */
class CsvOutTest {

    private static final List<String> AWKWARD = List.of("", "plain", "a,b", "say \"hi\"", "\"", "line\nbreak",
            "cr\rhere", "trailing ", "trailing\t", " leading", "#hash", "!bang", "$dollar", "'quote", "-3.5", "=1+2",
            "@risk", "\tTab", "Barabási", "中文", "\uD83D\uDE00", "lone \uD800 high", "\uDC00 lone low", "ends high \uD83D",
            "A7;A12", "0.000804", "10.1000/abc", "\u00A0", "\u2028", "x\u0000y", "~tilde", "$", "#", " ");

    @Test
    void everyAwkwardCellIsWrittenAsCommonsCsvWroteIt() throws IOException {
        for (String first : AWKWARD) {
            for (String second : AWKWARD) {
                List<String> record = List.of(first, second, first);
                assertEquals(commons(List.of(record)), ours(List.of(record)), "record " + codes(record));
            }
        }
    }

    @Test
    void randomRecordsAreWrittenAsCommonsCsvWroteThem() throws IOException {
        char[] pool = {'a', 'Z', '0', ' ', ',', '"', '\r', '\n', '\t', '#', '!', '$', '=', '-', ';', '\u0000', '\u001F',
            '\u00E9', '\u07FF', '\u0800', '\u4E2D', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFF'};
        Random random = new Random(20261203L);
        List<List<String>> records = new ArrayList<>();
        for (int r = 0; r < 3_000; r++) {
            List<String> record = new ArrayList<>();
            for (int c = 1 + random.nextInt(4); c > 0; c--) {
                StringBuilder cell = new StringBuilder();
                for (int n = random.nextInt(8); n > 0; n--) {
                    cell.append(pool[random.nextInt(pool.length)]);
                }
                record.add(cell.toString());
            }
            records.add(record);
        }
        assertEquals(commons(records), ours(records));
    }

    @Test
    void aCellLongerThanTheBufferIsWrittenWhole() throws IOException {
        List<List<String>> records = List.of(List.of("id", "Ada \"and\" Grace, é中\uD83D\uDE00 ".repeat(20_000)));
        assertEquals(commons(records), ours(records));
    }

    /** The bytes Commons CSV's RFC 4180 printer writes for {@code records}, after a byte-order mark. */
    static String commons(List<List<String>> records) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer writer = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        for (List<String> record : records) {
            printer.printRecord(record);
        }
        printer.flush();
        writer.flush();
        return bytes.toString(StandardCharsets.ISO_8859_1); // byte for byte
    }

    private static String ours(List<List<String>> records) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvOut csv = new CsvOut(bytes);
        csv.byteOrderMark();
        for (List<String> record : records) {
            csv.record(record);
        }
        csv.flush();
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static String codes(List<String> record) {
        List<String> cells = new ArrayList<>();
        for (String cell : record) {
            List<String> codes = new ArrayList<>();
            cell.chars().forEach(c -> codes.add(String.format("%04X", c)));
            cells.add("[" + String.join(" ", codes) + "]");
        }
        return String.join(",", cells);
    }
}
