package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/**
 * {@link XmlOut} writes the bytes that the JDK's StAX writer wrote for the same text, as the
 * GraphML and GEXF writers called it before: hostile text in element content and in attributes.
 */
class XmlOutTest {

    private static final List<String> HOSTILE = List.of(
            "plain", "", "<&>\"'", "]]>", "a\r\nb\tc\rd\n", "\r",
            "\u0000\u0001\u0008\u000B\u000C\u001F\u007F", // C0 controls (forbidden) and DEL (allowed)
            "\uD800x", "x\uDC00", "\uD83D\uDE00 emoji", "\uDE00\uD83D reversed pair", "end high \uD83D",
            "\uFFFE\uFFFF\uFFFD", "\uE000 private use", "Barabási, Réka – 中文 ü", "\u0085\u2028\u2029 separators",
            "=HYPERLINK(\"http://x\",\"y\")", "&amp; already escaped", "\u00A0nbsp");

    @Test
    void hostileTextIsWrittenAsTheStaxWriterWroteIt() throws Exception {
        for (String text : HOSTILE) {
            assertEquals(stax(text), ours(text), "text " + escapeJava(text));
            assertEquals(!XmlText.legal(text).isEmpty(), XmlText.hasLegal(text), "text " + escapeJava(text));
        }
        assertEquals(false, XmlText.hasLegal("\u0001\uD800\uFFFE"));
        assertEquals(true, XmlText.hasLegal("\u0001\uD83D\uDE00"));
    }

    @Test
    void randomTextOfAwkwardCharactersIsWrittenAsTheStaxWriterWroteIt() throws Exception {
        char[] pool = {'a', 'Z', ' ', '&', '<', '>', '"', '\'', '\t', '\n', '\r', '\u0000', '\u0001', '\u001F',
            '\u007F', '\u0080', '\u00E9', '\u07FF', '\u0800', '\u4E2D', '\uD7FF', '\uD800', '\uDBFF', '\uDC00',
            '\uDFFF', '\uE000', '\uFFFD', '\uFFFE', '\uFFFF', ';'};
        Random random = new Random(20261203L);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(pool[random.nextInt(pool.length)]);
            }
            String s = text.toString();
            assertEquals(stax(s), ours(s), "text " + escapeJava(s));
            assertEquals(!XmlText.legal(s).isEmpty(), XmlText.hasLegal(s), "text " + escapeJava(s));
        }
    }

    @Test
    void repeatedDoublesAreWrittenAsNumberTextWritesThem() throws IOException {
        Random random = new Random(7);
        double[] values = new double[50_000];
        for (int i = 0; i < values.length; i++) {
            // few distinct values, so that the cache of texts is hit and its slots are shared
            values[i] = random.nextInt(6_000) / 7.0 + (random.nextBoolean() ? 1e-9 : 1e9);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlOut xml = new XmlOut(bytes);
        StringBuilder expected = new StringBuilder();
        for (double value : values) {
            xml.decimal(value).markup(' ');
            expected.append(NumberText.of(value)).append(' ');
        }
        xml.flush();
        assertEquals(expected.toString(), bytes.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void numbersAreDecimalAsIntegerToString() throws IOException {
        for (int value : new int[] {0, 7, -7, 10, 99, 100, 2026, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XmlOut xml = new XmlOut(bytes);
            xml.number(value).flush();
            assertEquals(Integer.toString(value), bytes.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void textLongerThanTheBufferIsWrittenWhole() throws Exception {
        String text = "Ada & Grace <é中\uD83D\uDE00>\r".repeat(20_000);
        assertEquals(stax(text), ours(text));
    }

    /** An element with the text as content and as an attribute, as the StAX writers wrote them. */
    private static String stax(String text) throws IOException, XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
        xml.writeStartElement("e");
        xml.writeAttribute("v", XmlText.attribute(text));
        String legal = XmlText.legal(text);
        int from = 0;
        for (int cr = legal.indexOf('\r'); cr >= 0; cr = legal.indexOf('\r', from)) {
            xml.writeCharacters(legal.substring(from, cr));
            xml.writeEntityRef("#13");
            from = cr + 1;
        }
        xml.writeCharacters(legal.substring(from));
        xml.writeEndElement();
        xml.flush();
        xml.close();
        writer.flush();
        return bytes.toString(StandardCharsets.ISO_8859_1); // byte for byte
    }

    private static String ours(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlOut xml = new XmlOut(bytes);
        xml.markup("<e").attribute("v", text).markup('>').text(text).markup("</e>");
        xml.flush();
        return bytes.toString(StandardCharsets.ISO_8859_1); // byte for byte
    }

    private static String escapeJava(String text) {
        List<String> codes = new ArrayList<>();
        text.chars().forEach(c -> codes.add(String.format("%04X", c)));
        return String.join(" ", codes);
    }
}
