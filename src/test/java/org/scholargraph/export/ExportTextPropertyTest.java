package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.w3c.dom.Document;

/** Laws of the text rules that hold for every string. */
class ExportTextPropertyTest {

    @Property
    void legalTextHasOnlyXmlCharactersAndKeepsEveryLegalOne(@ForAll String text) {
        String legal = XmlText.legal(text);

        legal.codePoints().forEach(cp -> assertTrue(XmlText.isLegal(cp), Integer.toHexString(cp)));
        assertEquals(text.codePoints().filter(XmlText::isLegal).count(), legal.codePoints().count());
        assertEquals(legal, XmlText.legal(legal));
    }

    @Property
    void anyTextRoundTripsThroughGraphmlDataAsItsLegalPart(@ForAll String text) throws Exception {
        GraphmlWriter.Key label = GraphmlWriter.Key.node("label", "string");
        GraphmlWriter.Key weight = GraphmlWriter.Key.edge("weight", "double");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphmlWriter w = GraphmlWriter.start(out, false, List.of(label, weight));
        w.node("n\t" + text).data(label, text).end();
        w.finish();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        String read = doc.getElementsByTagNameNS("*", "data").getLength() == 0 ? ""
                : doc.getElementsByTagNameNS("*", "data").item(0).getTextContent();
        assertEquals(XmlText.legal(text), read);
        String id = ((org.w3c.dom.Element) doc.getElementsByTagNameNS("*", "node").item(0)).getAttribute("id");
        assertEquals(XmlText.attribute("n\t" + text), id);
    }

    @Property
    void neutralisedCellNeverStartsAFormulaAndLosesNothing(@ForAll String text) {
        String cell = CsvSheet.neutralised(text);

        String clean = CsvSheet.withoutLoneSurrogates(text);
        boolean number = clean.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
        if (!number && !cell.isEmpty()) {
            assertFalse("=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell);
        }
        assertTrue(cell.equals(clean) || cell.equals("'" + clean));
    }

    @Property
    void csvCellsEncodeToUtf8AndBackUnchanged(@ForAll String text) {
        String cell = CsvSheet.neutralised(text);

        byte[] bytes = cell.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(cell, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }
}
