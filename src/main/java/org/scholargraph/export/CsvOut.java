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
