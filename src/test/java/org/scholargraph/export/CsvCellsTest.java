package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cells that {@link CsvOut} writes straight from their values (text neutralised in one pass,
 * lists, numbers without a string) are the bytes Commons CSV's RFC 4180 printer writes for the
 * text {@link CsvSheet#neutralised} and {@link NumberText} give.
 */
class CsvCellsTest {

    private static final List<String> AWKWARD = List.of("", "plain", "a,b", "say \"hi\"", "\"", "line\nbreak",
            "cr\rhere", "trailing ", "trailing\t", " leading", "#hash", "!bang", "$dollar", "'quote", "-3.5", "+1e5",
            "=1+2", "-", "@risk", "\tTab", "\r", "=", "Barabási", "中文", "\uD83D\uDE00", "lone \uD800 high",
            "\uDC00 lone low", "\uD800=x", "\uD800-3", "ends high \uD83D", "A7;A12", ";", "0.000804", "10.1000/abc",
            "\u00A0", "\u2028", "x\u0000y", "~tilde", "$", "#", " ", "\uFFFF", "\uFFFE");

    /** A text or list cell: what a row writes, and the text Commons CSV is given for it. */
    private interface Cell {
        void write(CsvOut csv) throws IOException;
    }

    @Test
    void textCellsAreTheirNeutralisedTextAsCommonsCsvWritesIt() throws IOException {
        for (String first : AWKWARD) {
            for (String second : AWKWARD) {
                List<List<String>> expected = List.of(List.of(CsvSheet.neutralised(first), CsvSheet.neutralised(second)));
                String ours = ours(List.of(List.of(csv -> csv.text(first), csv -> csv.text(second))));
                assertEquals(CsvOutTest.commons(expected), ours, first + " | " + second);
            }
        }
    }

    @Test
    void listCellsAreTheirJoinedNeutralisedTextAsCommonsCsvWritesIt() throws IOException {
        List<List<String>> lists = new ArrayList<>();
        lists.add(List.of());
        for (String a : AWKWARD) {
            lists.add(List.of(a));
            for (String b : AWKWARD) {
                lists.add(List.of(a, b));
                lists.add(List.of(a, "", b));
            }
        }
        for (List<String> items : lists) {
            String joined = CsvSheet.neutralised(String.join(";", items));
            assertEquals(CsvOutTest.commons(List.of(List.of(joined, joined))), ours(List.of(List.of(csv -> csv.list(items),
                    csv -> csv.list(items)))), String.valueOf(items));
        }
    }

    @Test
    void randomTextAndListsAcrossManyBufferFullsAreWrittenAsCommonsCsvWritesThem() throws IOException {
        char[] pool = {'a', 'Z', '0', '1', '.', ' ', ',', '"', '\r', '\n', '\t', '#', '!', '$', '=', '+', '-', '@', ';',
            '\u0000', '\u001F', '\u00E9', '\u07FF', '\u0800', '\u4E2D', '\uD83D', '\uDE00', '\uD800', '\uDBFF',
            '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF'};
        Random random = new Random(20261203L);
        List<List<String>> expected = new ArrayList<>();
        List<List<Cell>> records = new ArrayList<>();
        for (int r = 0; r < 40_000; r++) {
            List<String> texts = new ArrayList<>();
            List<Cell> cells = new ArrayList<>();
            for (int c = 1 + random.nextInt(5); c > 0; c--) {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(3); i >= 0; i--) {
                    StringBuilder item = new StringBuilder();
                    for (int n = random.nextInt(random.nextInt(500) == 0 ? 30_000 : 8); n > 0; n--) {
                        item.append(pool[random.nextInt(pool.length)]);
                    }
                    items.add(item.toString());
                }
                if (items.size() == 1 && random.nextBoolean()) {
                    String text = items.get(0);
                    texts.add(CsvSheet.neutralised(text));
                    cells.add(csv -> csv.text(text));
                } else {
                    texts.add(CsvSheet.neutralised(String.join(";", items)));
                    cells.add(csv -> csv.list(items));
                }
            }
            expected.add(texts);
            records.add(cells);
        }
        assertEquals(CsvOutTest.commons(expected), ours(records));
    }

    @Test
    void aNullTextIsAnEmptyCell() throws IOException {
        assertEquals(CsvOutTest.commons(List.of(List.of("", "x", ""))),
                ours(List.of(List.of(csv -> csv.text(null), csv -> csv.text("x"), csv -> csv.text(null)))));
    }

    @Test
    void doublesAreWrittenAsNumberTextWritesThem() throws IOException {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.5, 1e-7, -1e-7, 1e-3, 9.999e-4, 1e21,
                1e22, 1e7, -1e7, 9_999_999.0, -9_999_999.0, 10_000_001.0, 12_000_000_000.0, 0.1 + 0.2, 1.0 / 3,
                Math.PI, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
                (double) Long.MAX_VALUE, (double) Long.MIN_VALUE, 2.5e-5, 4.9e-324, 123456.789, Math.nextUp(1e7),
                Math.nextDown(1e7)));
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(random.nextDouble());
            values.add(1.0 / (1 + random.nextInt(200)));
            values.add((double) (random.nextInt(40_000_000) - 20_000_000));
            values.add(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
        }
        List<List<String>> expected = new ArrayList<>();
        List<List<Cell>> records = new ArrayList<>();
        for (double value : values) {
            String text = NumberText.of(value);
            if (Double.isFinite(value) && Math.abs(value) >= 1e-3 && Math.abs(value) < 1e7) {
                // where Java writes no exponent, the text is Java's
                assertEquals(Double.toString(value), text);
            }
            expected.add(List.of("x", text, text));
            records.add(List.of(csv -> csv.text("x"), csv -> csv.number(value), csv -> csv.number(value)));
        }
        assertEquals(CsvOutTest.commons(expected), ours(records));
    }

    @Test
    void aValueThatIsNotFiniteIsAnEmptyCellAndNeverATextOfItsOwn() throws IOException {
        String written = ours(List.of(
                List.of(csv -> csv.number(Double.NaN), csv -> csv.number(Double.POSITIVE_INFINITY),
                        csv -> csv.number(Double.NEGATIVE_INFINITY)),
                List.of(csv -> csv.number(1.5), csv -> csv.number(Double.NaN))));
        assertEquals("\uFEFF\"\",,\r\n1.5,\r\n", new String(written.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8));
    }

    @Test
    void wholeNumbersAndYearsAreWrittenAsJavaWritesThem() throws IOException {
        List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 9L, 10L, -10L, 99L, 100L, (long) Integer.MAX_VALUE,
                (long) Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1_000_000_000_000_000_000L));
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        List<List<String>> expected = new ArrayList<>();
        List<List<Cell>> records = new ArrayList<>();
        for (long value : values) {
            int small = (int) value;
            expected.add(List.of(Long.toString(value), Integer.toString(small), NumberText.year(small)));
            records.add(List.of(csv -> csv.number(value), csv -> csv.number(small), csv -> csv.year(small)));
        }
        assertEquals(CsvOutTest.commons(expected), ours(records));
        assertEquals(CsvOutTest.commons(List.of(List.of("", "2024"))), ours(List.of(List.of(csv -> csv.year(0),
                csv -> csv.year(2024)))));
    }

    private static String ours(List<List<Cell>> records) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvOut csv = new CsvOut(bytes);
        csv.byteOrderMark();
        for (List<Cell> record : records) {
            for (Cell cell : record) {
                cell.write(csv);
            }
            assertEquals(record.size(), csv.cellsInRecord());
            csv.endRecord();
        }
        csv.flush();
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }
}
