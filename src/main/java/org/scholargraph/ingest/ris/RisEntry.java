package org.scholargraph.ingest.ris;

import org.scholargraph.ingest.ScopusReferenceList;
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
import org.scholargraph.ingest.SubjectTerms;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;
import org.scholargraph.model.Rejection;

/**
 * One RIS record while it is read: its tagged fields in file order (continuation lines kept with
 * the field they continue), its first line and its raw text for a rejection.
 */
final class RisEntry {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?!\\d)");
    private static final Pattern REFERENCES_NOTE = Pattern.compile("(?is)\\s*references\\s*:\\s*(.*)");
    private static final Pattern ARXIV_LINK = Pattern.compile("(?i)arxiv\\.org/(?:abs|pdf)/([^\\s?#]+)");
    private static final Pattern SCOPUS_LINK = Pattern.compile("(?i)scopus\\.com/.*[?&]eid=(2-s2\\.0-\\d+)");
    private static final Pattern DOI_LINK = Pattern.compile("(?i)doi\\.org/(10\\.\\S+)");

    private final long firstLine;
    private final List<Field> fields = new ArrayList<>();
    private final StringBuilder raw = new StringBuilder();

    RisEntry(long firstLine) {
        this.firstLine = firstLine;
    }

    long firstLine() {
        return firstLine;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    void add(String tag, String value) {
        fields.add(new Field(tag, new ArrayList<>(List.of(value))));
    }

    /** Adds a line without a tag to the field before it; returns false when there is none. */
    boolean continueField(String line) {
        if (fields.isEmpty()) {
            return false;
        }
        fields.get(fields.size() - 1).lines.add(line);
        return true;
    }

    void keepRaw(String line) {
        if (raw.length() < Rejection.RAW_LIMIT) {
            raw.append(line).append('\n');
        }
    }

    String raw() {
        return raw.toString();
    }

    /** The record, or empty when it has no title, abstract or identifier. */
    Optional<BibRecord> toRecord(Provenance source, String format) {
        BibRecord.Builder record = BibRecord.builder(source, format);
        for (Field field : fields) {
            if (field.is("AU", "A1")) {
                String name = field.joined(" ");
                if (!name.isBlank()) {
                    record.author(RecordAuthor.named(name));
                }
            }
        }
        // ST (short title) only when there is no other: the rispy sample's one record has nothing else.
        record.title(first(" ", "TI", "T1", "ST"));
        dateAndYear(record);
        record.venue(first(" ", "JO", "JF", "T2", "JA", "J2"));
        // VO: the rispy sample (and some older exporters) write the volume there.
        record.volume(first(" ", "VL", "VO"));
        record.pages(pages());
        record.abstractText(first("\n", "AB", "N2"));
        record.id(IdScheme.DOI, first(" ", "DO", "DI"));
        for (Field field : fields) {
            if (field.is("UR", "L2")) {
                linkIds(record, field.joined(" "));
            }
        }
        // Scopus RIS writes the PubMed id in C2; elsewhere C2 is a free "custom" field.
        String c2 = first(" ", "C2");
        if (first(" ", "DB").equalsIgnoreCase("Scopus") && c2.matches("\\d+")) {
            record.id(IdScheme.PMID, c2);
        }
        Set<String> seen = new HashSet<>();
        for (Field field : fields) {
            String keyword = field.joined(" ").strip();
            if (field.is("KW") && SubjectTerms.isBoilerplate(keyword)) {
                record.subjectCategory(keyword);
            } else if (field.is("KW") && !keyword.isEmpty() && seen.add(keyword.toLowerCase(Locale.ROOT))) {
                record.keyword(keyword);
            }
        }
        for (Field field : fields) {
            if (field.is("N1")) {
                Matcher references = REFERENCES_NOTE.matcher(field.joined(" "));
                if (references.matches()) {
                    for (Reference reference : ScopusReferenceList.parse(references.group(1))) {
                        record.reference(reference);
                    }
                }
            }
        }
        try {
            return Optional.of(record.build());
        } catch (IllegalArgumentException noTitleAbstractOrId) {
            return Optional.empty();
        }
    }

    private void dateAndYear(BibRecord.Builder record) {
        for (String tag : List.of("PY", "Y1", "DA")) {
            Matcher date = FULL_DATE.matcher(first(" ", tag));
            if (date.find()) {
                try {
                    record.date(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                            Integer.parseInt(date.group(3))));
                    break;
                } catch (DateTimeException notADate) {
                    // "2003/00/00" and the like: the year is still read below
                }
            }
        }
        for (String tag : List.of("PY", "Y1", "DA")) {
            Matcher year = YEAR.matcher(first(" ", tag));
            if (year.find()) {
                record.year(Integer.parseInt(year.group(1)));
                return;
            }
        }
    }

    private String pages() {
        String start = first(" ", "SP");
        String end = first(" ", "EP");
        if (start.isEmpty()) {
            // C7 is the article number in the RIS specification and in Scopus RIS; the Scopus CSV reader
            // takes the same value from 'Art. No.', so one work reads the same from either export.
            return first(" ", "C7");
        }
        if (end.isEmpty() || end.equals(start) || start.contains("-") || start.contains("\u2013")) {
            return start;
        }
        return start + "-" + end;
    }

    private static void linkIds(BibRecord.Builder record, String value) {
        for (String link : value.split("[;\\s]+")) {
            Matcher arxiv = ARXIV_LINK.matcher(link);
            if (arxiv.find()) {
                record.id(IdScheme.ARXIV, arxiv.group(1).replaceFirst("(?i)\\.pdf$", ""));
            }
            Matcher scopus = SCOPUS_LINK.matcher(link);
            if (scopus.find()) {
                record.id(IdScheme.SCOPUS, scopus.group(1));
            }
            Matcher doi = DOI_LINK.matcher(link);
            if (doi.find()) {
                record.id(IdScheme.DOI, doi.group(1));
            }
        }
    }

    /** The value of the first field with one of the tags that has one, else empty. */
    private String first(String joiner, String... tags) {
        for (String tag : tags) {
            for (Field field : fields) {
                if (field.is(tag)) {
                    String value = field.joined(joiner).strip();
                    if (!value.isEmpty()) {
                        return value;
                    }
                }
            }
        }
        return "";
    }

    private record Field(String tag, List<String> lines) {

        boolean is(String... tags) {
            for (String candidate : tags) {
                if (tag.equals(candidate)) {
                    return true;
                }
            }
            return false;
        }

        String joined(String joiner) {
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                String part = line.strip();
                if (part.isEmpty()) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append(joiner);
                }
                text.append(part);
            }
            return text.toString();
        }
    }
}
