package org.scholargraph.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A small XML writer of our own: markup, escaped text and attributes encoded straight to UTF-8
 * bytes in one large buffer, for the GraphML and GEXF files.
 *
 * <p>Hand-written for speed. Through the JDK's StAX writer, which these files were written with
 * before, the GraphML and GEXF files of a 100,000-work export came at 74 to 97 MB/s each (one
 * thread, warm, on a loaded 2-core machine; bench/RESULTS.md): it checks every name and
 * namespace, keeps a stack of open elements, escapes every character through a
 * {@link java.io.Writer} and its encoder, and each number and id came as a new string. Through
 * this writer the same files come at 190 to 300 MB/s. Here markup is ASCII that the caller writes as it is
 * ({@link #markup}); only text and attribute values are escaped, a character at a time in one
 * pass that also drops what XML 1.0 forbids ({@link XmlText}); integers are written as digits
 * without a string.
 *
 * <p>The bytes are those the StAX writer wrote: in text {@code &}, {@code <} and {@code >} are
 * escaped and a CR is written {@code &#13;} (a parser would read a literal CR as LF, XML 1.0
 * §2.11); in an attribute value {@code "} is escaped as well, and tab, LF and CR are written as
 * the spaces a parser would see anyway (attribute-value normalisation, §3.3.3). Characters XML 1.0
 * forbids (other C0 controls, lone surrogates, U+FFFE, U+FFFF) are left out: XML 1.0 has no
 * escape for them.
 */
final class XmlOut extends Utf8Out {

    /** Writes to {@code out}, which {@link #flush()} reaches and nothing here closes. */
    XmlOut(OutputStream out) {
        super(out);
    }

    /** ASCII markup, written as it is: tag names, fixed attributes, indentation. */
    XmlOut markup(String ascii) throws IOException {
        writeAscii(ascii);
        return this;
    }

    /** One ASCII markup character. */
    XmlOut markup(char ascii) throws IOException {
        if (position == BUFFER) {
            drain();
        }
        buffer[position++] = (byte) ascii;
        return this;
    }

    /** A newline and {@code depth} levels of two-space indentation. */
    XmlOut newline(int depth) throws IOException {
        if (position + 1 + 2 * depth > BUFFER) {
            drain();
        }
        buffer[position++] = '\n';
        for (int i = 2 * depth; i > 0; i--) {
            buffer[position++] = ' ';
        }
        return this;
    }

    /** An int in decimal, as {@link Integer#toString(int)} writes it, without making that string. */
    XmlOut number(int value) throws IOException {
        writeDigits(value);
        return this;
    }

    /** A finite double as {@link NumberText#of(double)} writes it; a small whole number without making a string. */
    XmlOut decimal(double value) throws IOException {
        writeDecimal(value);
        return this;
    }

    /** Element text, escaped; forbidden characters left out. */
    XmlOut text(String text) throws IOException {
        return escaped(text, false);
    }

    /** An attribute value (between its quotes), escaped and normalised; forbidden characters left out. */
    XmlOut attributeValue(String value) throws IOException {
        return escaped(value, true);
    }

    /** {@code  name="value"} with the value escaped as {@link #attributeValue}. */
    XmlOut attribute(String name, String value) throws IOException {
        markup(' ').markup(name).markup("=\"");
        return escaped(value, true).markup('"');
    }

    /** {@code  name="id"} of node {@code index}, from the index when the ids are numbered ({@link NodeIds}). */
    XmlOut attribute(String name, NodeIds ids, int index) throws IOException {
        if (!ids.numbered()) {
            return attribute(name, ids.id(index));
        }
        markup(' ').markup(name).markup("=\"").markup(ids.letter());
        return number(index + 1).markup('"');
    }

    /** {@code  name="digits"}. */
    XmlOut attribute(String name, int value) throws IOException {
        markup(' ').markup(name).markup("=\"");
        return number(value).markup('"');
    }

    /** In an attribute value, {@code "} is escaped and tab, LF and CR become spaces. */
    private static final int ATTRIBUTE = 1;

    private XmlOut escaped(String text, boolean attribute) throws IOException {
        encode(text, attribute ? ATTRIBUTE : 0);
        return this;
    }

    @Override
    int putAscii(byte[] b, int p, char c, int mode) {
        boolean attribute = mode == ATTRIBUTE;
        if (c >= 0x20) {
            switch (c) {
                case '&':
                    return put(b, p, "&amp;");
                case '<':
                    return put(b, p, "&lt;");
                case '>':
                    return put(b, p, "&gt;");
                case '"':
                    if (attribute) {
                        return put(b, p, "&quot;");
                    }
                    b[p++] = '"';
                    return p;
                default:
                    b[p++] = (byte) c;
                    return p;
            }
        } else if (c == '\t' || c == '\n') {
            b[p++] = attribute ? (byte) ' ' : (byte) c;
        } else if (c == '\r') {
            return attribute ? put(b, p, " ") : put(b, p, "&#13;");
        }
        // any other C0 control is forbidden: left out
        return p;
    }

    /** Lone surrogates (no UTF-8 either), U+FFFE and U+FFFF are forbidden in XML 1.0: left out. */
    @Override
    int putOther(byte[] b, int p, char c) {
        return p;
    }

    private static int put(byte[] b, int p, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            b[p++] = (byte) ascii.charAt(i);
        }
        return p;
    }
}
