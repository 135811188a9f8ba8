package org.scholargraph.ingest.medline;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.SubjectTerms;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.PersonIdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Rejection;

/**
 * Reads PubMed's MEDLINE text format (PubMed "Save → Format: PubMed", the {@code .nbib} files of
 * the citation-manager export, and E-utilities {@code efetch rettype=medline}). A record starts at
 * its {@code PMID- } line and records are separated by blank lines. Each field is a tag of up to
 * four capitals padded to four characters, then {@code "- "} ({@code "TI  - "}, {@code "PMID- "});
 * a long value goes on over continuation lines indented by six spaces. The record is streamed: only
 * the lines of the current record are held.
 *
 * <p>What is taken, and the quirk each rule handles:
 * <ul>
 *   <li>authors: {@code FAU} (full name, "Armstrong, Ben") in byline order; {@code AU} ("Armstrong
 *       B") only where no {@code FAU} precedes it, since records indexed before 2002 carry
 *       {@code AU} alone. {@code CN} (a collective author, "WHO Pathogens Priority List Working
 *       Group") takes its byline place as an author. {@code AUID- ORCID: …}, which PubMed writes
 *       after the {@code FAU}/{@code AU} of the person it belongs to, becomes the author's
 *       {@code orcid:} id. Investigators ({@code IR}/{@code FIR}) are not authors and are skipped;
 *   <li>title: {@code TI}; a book or chapter from the NCBI Bookshelf has no {@code TI} but
 *       {@code BTI} (book title) and {@code CTI} (collection title), taken as title and venue;
 *   <li>year: the first four digits of {@code DP} ("2018 Oct", "2021 Jul-Aug", "2020 Spring"); a full
 *       date only when {@code DP} is "YYYY Mon D";
 *   <li>venue: {@code JT} (the journal's full title, as other sources write it), else the
 *       abbreviation {@code TA};
 *   <li>identifiers: {@code PMID}, and the DOI from {@code LID}/{@code AID} values tagged
 *       {@code [doi]} ({@code [pii]} and {@code [pmc]} values are other ids and are ignored);
 *   <li>keywords: MeSH headings {@code MH} without the major-topic star and the subheadings
 *       ("Neoplasms/*therapy" → "Neoplasms"), and author keywords {@code OT}, in file order; a
 *       heading repeated (PubMed lists "Humans" once per record, but an {@code OT} may repeat an
 *       {@code MH}) is kept once, ignoring case; MeSH check tags ("Humans", "Female", "Aged"), and author keywords equal
 *       to one, go to the subject categories instead ({@link SubjectTerms}), with the publication types {@code PT};
 *   <li>continuation lines are joined with one space; PubMed wraps at word boundaries and leaves a
 *       trailing space before the break. Exports saved on Windows have CR LF line ends.
 * </ul>
 * A block that does not start with a tag (text pasted between records) is rejected with its raw
 * text; a block with no title, abstract nor PMID is rejected too. MEDLINE has no cited references.
 *
 * <p>Stateless and thread-safe.
 */
public final class MedlineReader implements RecordReader {

    /** A tag line: up to four capitals (or digits) padded to four characters, a hyphen, a space or the end. */
    private static final Pattern TAG_LINE = Pattern.compile("^([A-Z][A-Z0-9]{0,3}) {0,3}-(?: (.*)|\\s*)$");
    private static final Pattern FIRST_PMID = Pattern.compile("(?m)^PMID- ?\\d");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");
    private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4}) ([A-Z][a-z]{2}) (\\d{1,2})$");
    private static final Pattern DOI_VALUE = Pattern.compile("^(.*\\S)\\s*\\[doi]\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORCID = Pattern.compile("(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** Creates the reader; it holds no state. */
    public MedlineReader() {
    }

    /** True when some line of the head starts with {@code PMID- } followed by digits. */
    @Override
    public boolean recognises(String head, Path file) {
        return FIRST_PMID.matcher(head).find();
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        List<String> lines = new ArrayList<>();
        long start = 0;
        long number = 0;
        String line;
        while ((line = text.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                deliver(file, start, lines, sink);
                lines.clear();
                continue;
            }
            if (line.startsWith("PMID-") && !lines.isEmpty()) {
                deliver(file, start, lines, sink); // a new record without the blank line before it
                lines.clear();
            }
            if (lines.isEmpty()) {
                start = number;
            }
            lines.add(line);
        }
        deliver(file, start, lines, sink);
    }

    private static void deliver(Path file, long start, List<String> lines, RecordSink sink) {
        if (lines.isEmpty()) {
            return;
        }
        Provenance source = new Provenance(file, start);
        String raw = String.join("\n", lines);
        List<Field> fields = fields(lines);
        if (fields.isEmpty()) {
            sink.reject(new Rejection(source, "not a MEDLINE record: its first line has no tag such as 'PMID- '", raw));
            return;
        }
        BibRecord record;
        try {
            record = toRecord(source, fields);
        } catch (IllegalArgumentException e) {
            sink.reject(new Rejection(source, "MEDLINE record with no title, abstract or PMID", raw));
            return;
        }
        sink.accept(record);
    }

    /** The tagged fields of a block, continuation lines joined; empty when the block does not start with a tag. */
    private static List<Field> fields(List<String> lines) {
        List<Field> fields = new ArrayList<>();
        StringBuilder value = null;
        String tag = null;
        for (String line : lines) {
            Matcher m = TAG_LINE.matcher(line);
            if (m.matches() && line.length() >= 5 && line.charAt(4) == '-') {
                if (tag != null) {
                    fields.add(new Field(tag, value.toString().strip()));
                }
                tag = m.group(1);
                value = new StringBuilder(m.group(2) == null ? "" : m.group(2).strip());
            } else if (tag == null) {
                return List.of();
            } else {
                // a continuation line (six spaces in PubMed's output; any other stray line is joined too)
                String more = line.strip();
                if (!more.isEmpty()) {
                    if (value.length() > 0) {
                        value.append(' ');
                    }
                    value.append(more);
                }
            }
        }
        if (tag != null) {
            fields.add(new Field(tag, value.toString().strip()));
        }
        return fields;
    }

    private static BibRecord toRecord(Provenance source, List<Field> fields) {
        BibRecord.Builder record = BibRecord.builder(source, Format.MEDLINE.id());
        List<Person> people = new ArrayList<>();
        Set<String> seenKeywords = new HashSet<>();
        String title = "";
        String bookTitle = "";
        String journal = "";
        String abbreviation = "";
        String collection = "";
        StringBuilder abstractText = new StringBuilder();
        for (Field field : fields) {
            String v = field.value;
            switch (field.tag) {
                case "PMID":
                    record.id(IdScheme.PMID, v);
                    break;
                case "TI":
                    title = title.isEmpty() ? v : title + " " + v;
                    break;
                case "BTI":
                    bookTitle = bookTitle.isEmpty() ? v : bookTitle;
                    break;
                case "CTI":
                    collection = collection.isEmpty() ? v : collection;
                    break;
                case "FAU":
                    if (!v.isEmpty()) {
                        people.add(new Person(v, true));
                    }
                    break;
                case "AU": {
                    Person last = people.isEmpty() ? null : people.get(people.size() - 1);
                    if (last != null && last.full && !last.hasShortForm) {
                        last.hasShortForm = true; // the short form of the FAU just before
                    } else if (!v.isEmpty()) {
                        Person shortOnly = new Person(v, false);
                        shortOnly.hasShortForm = true;
                        people.add(shortOnly);
                    }
                    break;
                }
                case "CN":
                    if (!v.isEmpty()) {
                        Person group = new Person(v, false);
                        group.hasShortForm = true;
                        people.add(group);
                    }
                    break;
                case "AUID": {
                    Matcher orcid = ORCID.matcher(v);
                    if (v.toUpperCase(Locale.ROOT).startsWith("ORCID") && orcid.find() && !people.isEmpty()) {
                        Person last = people.get(people.size() - 1);
                        if (last.orcid.isEmpty()) {
                            last.orcid = Optional.of(PersonIdScheme.ORCID.id(orcid.group(1)));
                        }
                    }
                    break;
                }
                case "DP": {
                    Matcher year = YEAR.matcher(v);
                    if (year.find()) {
                        record.year(Integer.parseInt(year.group(1)));
                        fullDate(v).ifPresent(record::date);
                    }
                    break;
                }
                case "JT":
                    journal = journal.isEmpty() ? v : journal;
                    break;
                case "TA":
                    abbreviation = abbreviation.isEmpty() ? v : abbreviation;
                    break;
                case "VI":
                    record.volume(v);
                    break;
                case "PG":
                    record.pages(v);
                    break;
                case "LID":
                case "AID": {
                    Matcher doi = DOI_VALUE.matcher(v);
                    if (doi.matches()) {
                        record.id(IdScheme.DOI, doi.group(1));
                    }
                    break;
                }
                case "AB":
                    if (abstractText.length() > 0) {
                        abstractText.append(' ');
                    }
                    abstractText.append(v);
                    break;
                case "MH":
                    keyword(record, seenKeywords, meshHeading(v));
                    break;
                case "PT":
                    record.subjectCategory(v);
                    break;
                case "OT":
                    keyword(record, seenKeywords, v);
                    break;
                default:
                    break;
            }
        }
        record.title(title.isEmpty() ? bookTitle : title);
        record.venue(!journal.isEmpty() ? journal : !abbreviation.isEmpty() ? abbreviation : collection);
        record.abstractText(abstractText.toString());
        for (Person person : people) {
            record.author(new RecordAuthor(person.name, person.orcid));
        }
        return record.build();
    }

    /** "Neoplasms/*therapy" → "Neoplasms"; "*Decision Making" → "Decision Making". */
    static String meshHeading(String value) {
        int slash = value.indexOf('/');
        String heading = slash < 0 ? value : value.substring(0, slash);
        return heading.replace("*", "").strip();
    }

    private static void keyword(BibRecord.Builder record, Set<String> seen, String value) {
        String k = value.strip();
        if (SubjectTerms.isBoilerplate(k)) {
            record.subjectCategory(k);
        } else if (!k.isEmpty() && seen.add(k.toLowerCase(Locale.ROOT))) {
            record.keyword(k);
        }
    }

    /** "2022 Jun 9" → 2022-06-09; anything less precise (or impossible) → empty. */
    private static Optional<LocalDate> fullDate(String dp) {
        Matcher m = FULL_DATE.matcher(dp.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static final class Field {
        final String tag;
        final String value;

        Field(String tag, String value) {
            this.tag = tag;
            this.value = value;
        }
    }

    /** One byline entry while a record is read: its name, whether the AU short form was seen, its ORCID. */
    private static final class Person {
        final String name;
        final boolean full;
        boolean hasShortForm;
        Optional<String> orcid = Optional.empty();

        Person(String name, boolean full) {
            this.name = name;
            this.full = full;
        }
    }
}
