package org.scholargraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes CSV records as Commons CSV's {@code CSVFormat.RFC4180} printer writes them, encoded straight
 * to UTF-8 bytes in one large buffer.
 *
 * <p>Hand-written for speed: through Commons CSV, a {@link java.io.BufferedWriter} and an
 * {@link java.io.OutputStreamWriter} the CSV files of a 100,000-work export came at 35 to 54 MB/s
 * each (one thread, warm, on a loaded 2-core machine; bench/RESULTS.md), each cell handed from
 * one layer to the next; through this writer at 80 to 180 MB/s. The bytes are the same (checked cell by cell against
 * Commons CSV): comma-separated, CRLF after each record, and a cell in double quotes, with each
 * double quote doubled, when it holds a comma, a double quote, CR or LF, when it starts with a
 * character up to {@code #} or ends with one up to a space, or when it is empty and the first of its
 * record. A lone surrogate, which UTF-8 cannot encode, is written {@code ?}, as Java's encoder writes
 * it (the reports never give one: {@link CsvSheet} drops them).
 */
final class CsvOut extends Utf8Out {

    /** Writes to {@code out}, which {@link #flush()} reaches and nothing here closes. */
    CsvOut(OutputStream out) {
        super(out);
    }

    /** The UTF-8 byte-order mark. */
    void byteOrderMark() throws IOException {
        ensure(3);
        buffer[position++] = (byte) 0xEF;
        buffer[position++] = (byte) 0xBB;
        buffer[position++] = (byte) 0xBF;
    }

    /** The cells written so far in the record being written. */
    private int cells;

    /** One record of cells written as they are (a header): each cell, then CRLF. */
    void record(List<String> cells) throws IOException {
        for (String cell : cells) {
            plain(cell);
        }
        endRecord();
    }

    /** How many cells the record being written has so far. */
    int cellsInRecord() {
        return cells;
    }

    /** Ends the record being written: CRLF. */
    void endRecord() throws IOException {
        ensure(2);
        buffer[position++] = '\r';
        buffer[position++] = '\n';
        cells = 0;
    }

    /** A cell written as it is, quoted when it must be. */
    void plain(String text) throws IOException {
        boolean first = startCell();
        cell(text, first);
    }

    /** An empty cell. */
    void empty() throws IOException {
        if (startCell()) {
            ensure(2);
            buffer[position++] = '"';
            buffer[position++] = '"';
        }
    }

    /** An int, as {@link NumberText#of(int)} writes it. */
    void number(int value) throws IOException {
        startCell();
        writeDigits(value);
    }

    /** A long in decimal. */
    void number(long value) throws IOException {
        startCell();
        writeDigits(value);
    }

    /** A double as {@link NumberText#of(double)} writes it: empty when it is not finite. */
    void number(double value) throws IOException {
        if (!Double.isFinite(value)) {
            empty();
            return;
        }
        startCell();
        writeDecimal(value);
    }

    /** A year as {@link NumberText#year(int)} writes it: empty when it is 0 (unknown). */
    void year(int year) throws IOException {
        if (year == 0) {
            empty();
        } else {
            number(year);
        }
    }

    /** A text cell as {@link CsvSheet#neutralised} makes it: no lone surrogate, no formula. */
    void text(String text) throws IOException {
        joined(text == null ? "" : text, null);
    }

    /** A node's id as a text cell, from its index when the ids are numbered ({@link NodeIds}). */
    void id(NodeIds ids, int index) throws IOException {
        if (!ids.numbered()) {
            text(ids.id(index));
            return;
        }
        startCell();
        ensure(1);
        buffer[position++] = (byte) ids.letter();
        writeDigits(index + 1L);
    }

    /** The items of a list in one cell, {@code ;} between them, neutralised as one text. */
    void list(List<String> items) throws IOException {
        joined(null, items);
    }

    /** A comma unless the cell is the first of its record; whether it is. */
    private boolean startCell() throws IOException {
        if (cells++ == 0) {
            return true;
        }
        ensure(1);
        buffer[position++] = ',';
        return false;
    }

    /** Longest text a cell takes in one pass: its bytes, two quotes and all, fit the buffer. */
    private static final int ONE_PASS = (BUFFER - 2) / 3;

    /** Whether the part of a cell written last holds a char that makes the cell quoted. */
    private boolean special;

    /**
     * {@code only}, or else {@code items} joined by {@code ;}, neutralised and written as one cell in
     * one pass: encoded straight into the buffer, each double quote doubled (a cell holding one is
     * quoted), and the opening quote put before it when the cell turns out to need one. A text
     * that starts with a formula character, holds a lone surrogate or is too long for the buffer
     * takes the longer way: {@link CsvSheet#neutralised} first, then {@link #cell}.
     */
    private void joined(String only, List<String> items) throws IOException {
        int count = only != null ? 1 : items.size();
        int length = count - 1;
        for (int k = 0; k < count; k++) {
            length += (only != null ? only : items.get(k)).length();
        }
        if (length <= 0) {
            empty();
            return;
        }
        String head = only != null ? only : items.get(0);
        String tail = only != null ? only : items.get(count - 1);
        char first = head.isEmpty() ? ';' : head.charAt(0);
        char last = tail.isEmpty() ? ';' : tail.charAt(tail.length() - 1);
        boolean firstOfRecord = startCell();
        if (length > ONE_PASS || CsvSheet.startsFormula(first)) {
            cell(CsvSheet.neutralised(only != null ? only : String.join(";", items)), firstOfRecord);
            return;
        }
        ensure(3 * length + 2);
        int start = position;
        int p = start;
        special = false;
        for (int k = 0; k < count && p >= 0; k++) {
            if (k > 0) {
                buffer[p++] = ';';
            }
            p = put(buffer, p, only != null ? only : items.get(k));
        }
        if (p < 0) {
            position = start;
            cell(CsvSheet.neutralised(only != null ? only : String.join(";", items)), firstOfRecord);
            return;
        }
        if (special || first <= '#' || last <= ' ') {
            System.arraycopy(buffer, start, buffer, start + 1, p - start);
            buffer[start] = '"';
            p++;
            buffer[p++] = '"';
        }
        position = p;
    }

    /**
     * Puts {@code text} at {@code p} as UTF-8, each double quote doubled, noting in {@link #special}
     * a char that makes the cell quoted; the next position, or -1 at a lone surrogate.
     */
    private int put(byte[] b, int p, String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    b[p++] = '"';
                    special = true;
                } else if (c == ',' || c == '\r' || c == '\n') {
                    special = true;
                }
                b[p++] = (byte) c;
            } else if (!Character.isSurrogate(c)) {
                p = putTwoOrThreeBytes(b, p, c);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                p = putFourBytes(b, p, Character.toCodePoint(c, text.charAt(++i)));
            } else {
                return -1;
            }
        }
        return p;
    }

    /** A cell's text, after its comma: in double quotes when it must be. */
    private void cell(String text, boolean first) throws IOException {
        int length = text.length();
        if (length == 0) {
            if (first) {
                ensure(2);
                buffer[position++] = '"';
                buffer[position++] = '"';
            }
            return;
        }
        boolean quote = text.charAt(0) <= '#';
        for (int i = 0; !quote && i < length; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        quote = quote || text.charAt(length - 1) <= ' ';
        if (quote) {
            ensure(1);
            buffer[position++] = '"';
        }
        encode(text, quote);
        if (quote) {
            ensure(1);
            buffer[position++] = '"';
        }
    }

    /** Within double quotes, a double quote is doubled. */
    private static final int QUOTED = 1;

    private void encode(String text, boolean quoted) throws IOException {
        encode(text, quoted ? QUOTED : 0);
    }

    @Override
    int putAscii(byte[] b, int p, char c, int mode) {
        if (c == '"' && mode == QUOTED) {
            b[p++] = '"';
        }
        b[p++] = (byte) c;
        return p;
    }

    /** A lone surrogate as {@code ?}, as Java's encoder writes it; U+FFFE and U+FFFF as UTF-8. */
    @Override
    int putOther(byte[] b, int p, char c) {
        if (Character.isSurrogate(c)) {
            b[p++] = '?';
            return p;
        }
        return putTwoOrThreeBytes(b, p, c);
    }
}
