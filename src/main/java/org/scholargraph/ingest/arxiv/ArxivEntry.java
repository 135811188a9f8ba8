package org.scholargraph.ingest.arxiv;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.XmlRecordText;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Rejection;

/**
 * Reads one {@code <entry>} of an arXiv API feed into a {@link BibRecord}:
 *
 * <ul>
 *   <li>{@code id} ({@code http://arxiv.org/abs/2202.12139v1}, or {@code …/abs/hep-th/9901001v2}
 *       for old-style ids) as the arXiv id without its version;
 *   <li>{@code title} and {@code summary} with white space collapsed: the API wraps long titles and
 *       abstracts onto indented lines;
 *   <li>{@code published} (the date of version 1) as date and year; {@code updated} is the date of
 *       the latest version and is not the publication year;
 *   <li>{@code author/name} in order (the API's {@code arxiv:affiliation} is ignored);
 *   <li>{@code arxiv:doi}, else the {@code link} with {@code title="doi"}: the DOI of the published
 *       version; {@code arxiv:journal_ref} as the venue (a free-text citation such as
 *       "Phys. Rev. D 76, 013009 (2007)", kept whole);
 *   <li>{@code category/@term} ({@code cs.SE}, {@code math.CO}) as subject categories, not keywords,
 *       each once: the primary category is repeated among them by the API.
 * </ul>
 * An entry whose id is under {@code arxiv.org/api/errors} is the API's error reply and is rejected
 * with its summary as the reason. A field longer than {@value #FIELD_LIMIT} characters makes the
 * entry a rejection.
 */
final class ArxivEntry {

    /** The most characters one field may hold. */
    static final int FIELD_LIMIT = XmlRecordText.FIELD_LIMIT;

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern API_ERROR = Pattern.compile("(?i)https?://(export\\.)?arxiv\\.org/api/errors.*");

    private final BibRecord.Builder builder;
    private final XmlRecordText markup = new XmlRecordText();
    private final Set<String> categories = new LinkedHashSet<>();
    private String id = "";
    private String summary = "";
    private String doi = "";
    private String doiLink = "";
    private String problem;

    private ArxivEntry(Provenance source) {
        builder = BibRecord.builder(source, Format.ARXIV.id());
    }

    /** Reads the entry the parser stands at through its end tag; returns 1 when a record was accepted. */
    static int read(XMLStreamReader xml, Path file, long line, RecordSink sink) throws XMLStreamException {
        Provenance source = new Provenance(file, line);
        ArxivEntry entry = new ArxivEntry(source);
        entry.markup.startTag(xml);
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                entry.child(xml);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                entry.markup.endTag(xml.getLocalName());
                break;
            } else if (event == XMLStreamConstants.CHARACTERS) {
                entry.markup.append(xml.getText());
            }
        }
        return entry.deliver(source, sink);
    }

    private int deliver(Provenance source, RecordSink sink) {
        if (problem == null && API_ERROR.matcher(id).matches()) {
            problem = "arXiv API error: " + (summary.isEmpty() ? id : summary);
        }
        if (problem != null) {
            sink.reject(new Rejection(source, problem, markup.raw()));
            return 0;
        }
        builder.id(IdScheme.ARXIV, id);
        builder.abstractText(summary);
        builder.id(IdScheme.DOI, doi.isEmpty() ? doiLink : doi);
        categories.forEach(builder::subjectCategory);
        try {
            sink.accept(builder.build());
            return 1;
        } catch (IllegalArgumentException e) {
            sink.reject(new Rejection(source, "unusable arXiv entry: " + e.getMessage(), markup.raw()));
            return 0;
        }
    }

    /** One child element of the entry, read through its end tag. */
    private void child(XMLStreamReader xml) throws XMLStreamException {
        String name = xml.getLocalName();
        markup.startTag(xml);
        switch (name) {
            case "author":
                author(xml);
                return;
            case "category":
                String term = xml.getAttributeValue(null, "term");
                if (term != null && !term.isBlank()) {
                    categories.add(term.strip());
                }
                break;
            case "link":
                if ("doi".equals(xml.getAttributeValue(null, "title"))) {
                    String href = xml.getAttributeValue(null, "href");
                    doiLink = href == null ? "" : href.strip();
                }
                break;
            default:
                break;
        }
        String value = markup.elementText(xml);
        markup.endTag(name);
        if (value == null) {
            problem = "<" + name + "> is longer than " + FIELD_LIMIT + " characters";
            return;
        }
        String text = collapse(value);
        switch (name) {
            case "id":
                id = text;
                break;
            case "title":
                builder.title(text);
                break;
            case "summary":
                summary = text;
                break;
            case "published":
                published(text);
                break;
            case "doi":
                doi = text;
                break;
            case "journal_ref":
                builder.venue(text);
                break;
            default:
                break; // updated, comment, primary_category (repeated in category), link
        }
    }

    private void author(XMLStreamReader xml) throws XMLStreamException {
        String name = "";
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                markup.startTag(xml);
                String value = markup.elementText(xml);
                markup.endTag(element);
                if (value == null) {
                    problem = "<" + element + "> is longer than " + FIELD_LIMIT + " characters";
                } else if (element.equals("name")) {
                    name = collapse(value);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                markup.endTag("author");
                break;
            }
        }
        if (!name.isEmpty()) {
            builder.author(RecordAuthor.named(name));
        }
    }

    private void published(String text) {
        if (text.length() < 10) {
            return;
        }
        try {
            builder.date(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            if (text.matches("\\d{4}\\b.*")) {
                builder.year(Integer.parseInt(text.substring(0, 4)));
            }
        }
    }

    private static String collapse(String value) {
        return WHITE_SPACE.matcher(value).replaceAll(" ").strip();
    }
}
