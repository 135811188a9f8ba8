package org.scholargraph.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * What {@link CsvOut} and {@link XmlOut} share: text encoded straight to UTF-8 bytes in one large
 * buffer, drained to the stream when full. A subclass writes into {@link #buffer} from
 * {@link #position}, after asking for room with {@link #ensure}.
 */
abstract class Utf8Out {

    static final int BUFFER = 1 << 16;

    private final OutputStream out;
    final byte[] buffer = new byte[BUFFER];
    int position;

    /** Writes to {@code out}, which {@link #flush()} reaches and nothing here closes. */
    Utf8Out(OutputStream out) {
        this.out = out;
    }

    /** Makes room for {@code bytes} more bytes, at most {@link #BUFFER}. */
    final void ensure(int bytes) throws IOException {
        if (position + bytes > BUFFER) {
            drain();
        }
    }

    /** Hands what is buffered to the stream. */
    final void drain() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    /** Writes what is buffered and flushes the stream. */
    final void flush() throws IOException {
        drain();
        out.flush();
    }

    /** ASCII text written as it is, one byte per char, without an encoder. */
    final void writeAscii(String ascii) throws IOException {
        int length = ascii.length();
        if (length > BUFFER - position) {
            drain();
            if (length > BUFFER) {
                for (int i = 0; i < length; i++) {
                    ensure(1);
                    buffer[position++] = (byte) ascii.charAt(i);
                }
                return;
            }
        }
        ascii.getBytes(0, length, buffer, position); // ASCII: one byte per char, no encoder needed
        position += length;
    }

    /** A whole number in decimal, as {@link Long#toString(long)} writes it, without making that string. */
    final void writeDigits(long value) throws IOException {
        ensure(20);
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                writeAscii(Long.toString(value));
                return;
            }
            buffer[position++] = '-';
            value = -value;
        }
        int count = 1;
        for (long v = value; v >= 10; v /= 10) {
            count++;
        }
        int end = position + count;
        for (int i = end - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        position = end;
    }

    /** A finite double as {@link NumberText#of(double)} writes it; a small whole number without making a string. */
    final void writeDecimal(double value) throws IOException {
        if (NumberText.isSmallWhole(value)) {
            writeDigits((long) value);
            ensure(2);
            buffer[position++] = '.';
            buffer[position++] = '0';
        } else {
            writeAscii(NumberText.of(value));
        }
    }

    /** Most bytes one char of text may take: an escape ({@code &quot;}, {@code &#13;}) or a UTF-8 sequence. */
    private static final int MAX_PER_CHAR = 6;

    /**
     * Encodes {@code text}: each ASCII char through {@link #putAscii} in {@code mode}, which escapes
     * it as the format asks; other chars as UTF-8, but a lone surrogate and U+FFFE and U+FFFF, which
     * XML forbids and UTF-8 cannot write (a lone surrogate), through {@link #putOther}.
     */
    final void encode(String text, int mode) throws IOException {
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
                p = putAscii(b, p, c, mode);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                p = putFourBytes(b, p, Character.toCodePoint(c, text.charAt(++i)));
            } else if (Character.isSurrogate(c) || c >= 0xFFFE) {
                p = putOther(b, p, c);
            } else {
                p = putTwoOrThreeBytes(b, p, c);
            }
        }
        position = p;
    }

    /** Puts one ASCII char at {@code p}, escaped as {@code mode} asks, in at most 6 bytes; the next position. */
    abstract int putAscii(byte[] b, int p, char c, int mode);

    /** Puts a lone surrogate, U+FFFE or U+FFFF at {@code p}, in at most 3 bytes, or nothing; the next position. */
    abstract int putOther(byte[] b, int p, char c);

    /** Puts a char from U+0080 to U+FFFF that is no surrogate as its 2 or 3 UTF-8 bytes at {@code p}; the next position. */
    static int putTwoOrThreeBytes(byte[] b, int p, char c) {
        if (c < 0x800) {
            b[p++] = (byte) (0xC0 | (c >> 6));
        } else {
            b[p++] = (byte) (0xE0 | (c >> 12));
            b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        }
        b[p++] = (byte) (0x80 | (c & 0x3F));
        return p;
    }

    /** Puts a code point above U+FFFF (a surrogate pair) as its 4 UTF-8 bytes at {@code p}; the next position. */
    static int putFourBytes(byte[] b, int p, int codePoint) {
        b[p++] = (byte) (0xF0 | (codePoint >> 18));
        b[p++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        b[p++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (codePoint & 0x3F));
        return p;
    }
}
