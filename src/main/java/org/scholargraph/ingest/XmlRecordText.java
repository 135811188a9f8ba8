package org.scholargraph.ingest;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scholargraph.model.Rejection;

/**
 * The text of one XML record as a StAX reader walks it: each field's text, nested markup included
 * ({@code <i>}, {@code <sub>} in titles), and the record's markup rebuilt as it went by, kept up to
 * {@link Rejection#RAW_LIMIT} characters for the {@code raw} of a rejection. One per record.
 */
public final class XmlRecordText {

    /** Longest field text kept; a longer field makes the record a rejection, not a memory sink. */
    public static final int FIELD_LIMIT = 65_536;

    private final StringBuilder raw = new StringBuilder();

    /** Notes the start tag the reader stands at, with its attributes. */
    public void startTag(XMLStreamReader xml) {
        StringBuilder tag = new StringBuilder("<");
        String prefix = xml.getPrefix();
        if (prefix != null && !prefix.isEmpty()) {
            tag.append(prefix).append(':');
        }
        tag.append(xml.getLocalName());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            tag.append(' ').append(xml.getAttributeLocalName(i)).append("=\"").append(xml.getAttributeValue(i)).append('"');
        }
        append(tag.append('>').toString());
    }

    /** Notes an end tag. */
    public void endTag(String name) {
        append("</" + name + ">");
    }

    /** Notes text between tags. */
    public void append(String text) {
        if (raw.length() < Rejection.RAW_LIMIT) {
            raw.append(text, 0, Math.min(text.length(), Rejection.RAW_LIMIT - raw.length()));
        }
    }

    /**
     * The text of the element the reader stands at, nested markup included, through its end tag;
     * null when it grows beyond {@link #FIELD_LIMIT} (the rest of the element is still read).
     */
    public String elementText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    depth++;
                    startTag(xml);
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    depth--;
                    if (depth > 0) {
                        endTag(xml.getLocalName());
                    }
                    break;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                case XMLStreamConstants.ENTITY_REFERENCE:
                    String chunk = xml.getText();
                    if (chunk != null && !tooLong) {
                        text.append(chunk);
                        append(chunk);
                        tooLong = text.length() > FIELD_LIMIT;
                    }
                    break;
                default:
                    break;
            }
        }
        return tooLong ? null : text.toString();
    }

    /** The record's markup as far as it was noted. */
    public String raw() {
        return raw.toString();
    }
}
