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
final class CsvOut {

    private static final int BUFFER = 1 << 16;
    /** The most bytes one char can take: two doubled quotes, or a 3-byte UTF-8 sequence. */
    private static final int MAX_PER_CHAR = 4;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int position;

    /** Writes to {@code out}, which {@link #flush()} reaches and nothing here closes. */
    CsvOut(OutputStream out) {
        this.out = out;
    }

    /** The UTF-8 byte-order mark. */
    void byteOrderMark() throws IOException {
        ensure(3);
        buffer[position++] = (byte) 0xEF;
        buffer[position++] = (byte) 0xBB;
        buffer[position++] = (byte) 0xBF;
    }

    /** One record: its cells, then CRLF. */
    void record(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                ensure(1);
                buffer[position++] = ',';
            }
            cell(cells.get(i), i == 0);
        }
        ensure(2);
        buffer[position++] = '\r';
        buffer[position++] = '\n';
    }

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

    private void encode(String text, boolean quoted) throws IOException {
        int length = text.length();
        byte[] b = buffer;
        int p = position;
        for (int i = 0; i < length; i++) {
            if (p > BUFFER - 2 * MAX_PER_CHAR) {
                position = p;
                drain();
                p = 0;
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c == '"' && quoted) {
                    b[p++] = '"';
                }
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    b[p++] = (byte) (0xF0 | (cp >> 18));
                    b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    b[p++] = '?';
                }
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        position = p;
    }

    private void ensure(int bytes) throws IOException {
        if (position + bytes > BUFFER) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    /** Writes what is buffered and flushes the stream. */
    void flush() throws IOException {
        drain();
        out.flush();
    }
}
