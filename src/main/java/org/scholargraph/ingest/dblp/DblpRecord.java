package org.scholargraph.ingest.dblp;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.XmlRecordText;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.PersonIdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;
import org.scholargraph.model.Rejection;

/**
 * Reads one DBLP record element into a {@link BibRecord}:
 *
 * <ul>
 *   <li>the {@code key} attribute ({@code journals/acta/Saxena96}) as {@link IdScheme#DBLP};
 *   <li>{@code author}s in order. DBLP tells homonyms apart by a four-digit number after the name
 *       ({@code Wei Wang 0001}); the number is dropped from the name, and every author gets the
 *       source id {@code dblp:} + the name as DBLP writes it, since in DBLP that string names one
 *       person. The {@code orcid} attribute is not used as the id: DBLP sets it on some records of
 *       a person and not on others, and one person must not get two ids;
 *   <li>{@code title} with mixed content: the text of {@code <i>}, {@code <sub>}, {@code <sup>},
 *       {@code <tt>}, {@code <ref>} is kept, white space collapsed, and the full stop DBLP ends
 *       every title with is removed ("… Simulation Amongst CRCW Models." → "… Models");
 *   <li>{@code year}; venue from {@code journal}, else {@code booktitle}, else {@code series},
 *       else {@code school} (theses), else {@code publisher} (books); {@code volume};
 *       {@code pages};
 *   <li>{@code ee} links: a DOI resolver URL ({@code http://dx.doi.org/…},
 *       {@code https://doi.org/…}) gives the DOI, an {@code arxiv.org/abs/…} URL or an arXiv
 *       DataCite DOI ({@code 10.48550/arXiv.…}) the arXiv id; publisher links are ignored;
 *   <li>{@code cite} elements (DBLP keys of cited records, "..." when unknown) as references.
 * </ul>
 * {@code editor}s are not authors and {@code crossref} (the key of the proceedings a paper is in)
 * is not a citation: both are left out. A field longer than {@value #FIELD_LIMIT} characters makes
 * the record a rejection, so that no entity trick or broken file can grow one record without bound.
 */
final class DblpRecord {

    /** The most characters one field may hold. */
    static final int FIELD_LIMIT = XmlRecordText.FIELD_LIMIT;

    private static final Pattern HOMONYM_NUMBER = Pattern.compile("^(.*\\S)\\s+(\\d{4})$");
    private static final Pattern DOI_URL = Pattern.compile("(?i)^https?://(?:dx\\.)?doi\\.org/(10\\..+)$");
    private static final Pattern ARXIV_URL = Pattern.compile("(?i)^https?://(?:www\\.)?arxiv\\.org/(?:abs|pdf)/(.+?)(?:\\.pdf)?/?$");
    private static final Pattern ARXIV_DOI = Pattern.compile("(?i)^10\\.48550/arxiv\\.(.+)$");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final BibRecord.Builder builder;
    private final XmlRecordText markup = new XmlRecordText();
    private String journal = "";
    private String booktitle = "";
    private String series = "";
    private String school = "";
    private String publisher = "";
    private String problem;

    private DblpRecord(Provenance source) {
        this.builder = BibRecord.builder(source, Format.DBLP.id());
    }

    /**
     * Reads the record element the parser stands at, through its end tag, and hands it to the sink.
     * {@code known} is false for an element that is not one of DBLP's record types: it is rejected.
     * Returns 1 when a record was accepted, else 0.
     */
    static int read(XMLStreamReader xml, Path file, long line, boolean known, RecordSink sink) throws XMLStreamException {
        Provenance source = new Provenance(file, line);
        DblpRecord record = new DblpRecord(source);
        String element = xml.getLocalName();
        record.markup.startTag(xml);
        String key = xml.getAttributeValue(null, "key");
        record.builder.id(IdScheme.DBLP, key);
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String field = xml.getLocalName();
                record.markup.startTag(xml);
                String value = record.markup.elementText(xml);
                record.markup.endTag(field);
                if (value == null) {
                    record.problem = "<" + field + "> is longer than " + FIELD_LIMIT + " characters";
                } else {
                    record.apply(field, value);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                record.markup.endTag(element);
                break;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE) {
                record.markup.append(xml.getText());
            }
        }
        if (!known) {
            record.problem = "<" + element + "> is not a DBLP record type (article, inproceedings, proceedings, book,"
                    + " incollection, phdthesis, mastersthesis, data)";
        }
        if (record.problem != null) {
            sink.reject(new Rejection(source, record.problem, record.markup.raw()));
            return 0;
        }
        record.builder.venue(first(record.journal, record.booktitle, record.series, record.school, record.publisher));
        try {
            sink.accept(record.builder.build());
            return 1;
        } catch (IllegalArgumentException e) {
            sink.reject(new Rejection(source, "unusable DBLP record: " + e.getMessage(), record.markup.raw()));
            return 0;
        }
    }

    private void apply(String field, String value) {
        String text = collapse(value);
        switch (field) {
            case "author":
                if (!text.isEmpty()) {
                    Matcher homonym = HOMONYM_NUMBER.matcher(text);
                    String name = homonym.matches() ? homonym.group(1) : text;
                    builder.author(new RecordAuthor(name, Optional.of(PersonIdScheme.DBLP.id(text))));
                }
                break;
            case "title":
                builder.title(text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1).strip() : text);
                break;
            case "year":
                if (YEAR.matcher(text).matches()) {
                    builder.year(Integer.parseInt(text));
                }
                break;
            case "journal":
                journal = text;
                break;
            case "booktitle":
                booktitle = text;
                break;
            case "series":
                series = text;
                break;
            case "school":
                school = text;
                break;
            case "publisher":
                publisher = text;
                break;
            case "volume":
                builder.volume(text);
                break;
            case "pages":
                builder.pages(text);
                break;
            case "ee":
                link(text);
                break;
            case "cite":
                if (!text.isEmpty() && !text.equals("...")) {
                    IdScheme.DBLP.normalise(text).ifPresent(k -> builder.reference(Reference.of(IdScheme.DBLP, k)));
                }
                break;
            default:
                break; // editor, number, month, url, crossref, note, isbn, cdrom, …
        }
    }

    private void link(String url) {
        Matcher doi = DOI_URL.matcher(url);
        if (doi.matches()) {
            builder.id(IdScheme.DOI, doi.group(1));
            Matcher arxivDoi = ARXIV_DOI.matcher(doi.group(1));
            if (arxivDoi.matches()) {
                builder.id(IdScheme.ARXIV, arxivDoi.group(1));
            }
            return;
        }
        Matcher arxiv = ARXIV_URL.matcher(url);
        if (arxiv.matches()) {
            builder.id(IdScheme.ARXIV, arxiv.group(1));
        }
    }

    private static String first(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    private static String collapse(String value) {
        return WHITE_SPACE.matcher(value).replaceAll(" ").strip();
    }
}
