package org.scholargraph.ingest.bibtex;

import org.scholargraph.ingest.ScopusReferenceList;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * Turns a parsed BibTeX entry into a {@link BibRecord}: which field feeds which part of the record.
 *
 * <ul>
 *   <li>title, abstract, venue ({@code journal}, biblatex {@code journaltitle}, else
 *       {@code booktitle}), volume: TeX decoded, braces removed.</li>
 *   <li>year from {@code year}, else from biblatex {@code date}; a full ISO {@code date} is also
 *       the record's date.</li>
 *   <li>pages with {@code --}, en dashes and the spaced en dash of 2023 Scopus exports
 *       ("79 – 88") written as {@code -}; without pages, Scopus's {@code art_number} or a
 *       non-Scopus {@code eid} (APS article numbers) stands in.</li>
 *   <li>identifiers: {@code doi} (or a doi.org {@code url}); arXiv from {@code eprint} when
 *       {@code archivePrefix}/{@code eprinttype} says arXiv (or says nothing and the value is an
 *       arXiv id), Mendeley's {@code arxivId}, an arxiv.org {@code url}, or a Google Scholar style
 *       "arXiv preprint arXiv:…" journal; PMID from {@code pmid}, Scopus's {@code pubmed_id}, or
 *       {@code eprinttype = pubmed}; the Scopus EID from the {@code eid=2-s2.0-…} parameter of the
 *       Scopus record URL; the WoS accession number from WoS's {@code Unique-ID} ("ISI:" is the
 *       old name of the "WOS:" prefix); the DBLP key from DBLP's {@code DBLP:} citation keys.</li>
 *   <li>keywords: {@code author_keywords} then {@code keywords} (Scopus: author and index
 *       keywords), WoS's {@code keywords} and {@code keywords-plus}; a list is split on {@code ;}
 *       when it has one (Scopus index keywords contain commas), else on {@code ,}; repeats
 *       (ignoring case) are dropped; check tags and publication types among them go to the
 *       subject categories ({@link SubjectTerms}).</li>
 *   <li>subject categories: Scopus's {@code document_type}, WoS's {@code web-of-science-categories}
 *       and {@code research-areas} (split on {@code ;}): classifications, not topics.</li>
 *   <li>references: Scopus's {@code references} ({@code ;}-separated reference strings) and WoS's
 *       {@code cited-references} (one per line), one {@link Reference} per item with its text as
 *       given, only TeX escapes decoded (WoS writes {@code {[}} for {@code [}), and the DOI the
 *       text states ({@code DOI 10.…}, {@code doi:10.…}) as its id.</li>
 * </ul>
 */
final class RecordMapping {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern PAGE_DASH = Pattern.compile("\\s*(?:-+|[\u2010-\u2015\u2212])\\s*");
    private static final Pattern SCOPUS_EID = Pattern.compile("(?<![\\w.-])(2-s2\\.0-\\d+)(?!\\d)");
    private static final Pattern ARXIV_IN_TEXT = Pattern.compile("(?i)arxiv:\\s*([\\w./-]+)");
    private static final Pattern STATED_DOI = Pattern.compile("(?i)(?:\\bdoi\\s*:?\\s*\\[?|doi\\.org/)(10\\.\\d{4,9}/[^\\s,\\]]+)");
    private static final Pattern BARE_DOI = Pattern.compile("(?:^|,\\s*)(10\\.\\d{4,9}/[^\\s,]+)");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private static final List<String> KEYWORD_FIELDS = List.of("author_keywords", "keywords", "keywords-plus", "keyword");
    private static final List<String> CATEGORY_FIELDS = List.of("document_type", "web-of-science-categories", "research-areas");

    private RecordMapping() {
    }

    /** The record of an entry, or the reason it is not one. */
    static BibRecord record(BibtexEntry entry, Path file, String format) throws MalformedEntryException {
        BibRecord.Builder record = BibRecord.builder(new Provenance(file, entry.line()), format);
        String title = text(entry, "title");
        String abstractText = text(entry, "abstract");
        record.title(title).abstractText(abstractText);
        entry.field("author").ifPresent(raw -> AuthorField.names(raw).forEach(n -> record.author(RecordAuthor.named(n))));
        year(entry, record);
        record.venue(first(text(entry, "journal"), text(entry, "journaltitle"), text(entry, "booktitle")));
        record.volume(text(entry, "volume"));
        record.pages(pages(entry));
        ids(entry, record);
        for (String keyword : keywords(entry)) {
            if (SubjectTerms.isBoilerplate(keyword)) {
                record.subjectCategory(keyword);
            } else {
                record.keyword(keyword);
            }
        }
        for (String field : CATEGORY_FIELDS) {
            entry.field(field).ifPresent(raw -> {
                for (String category : unwrapped(raw).split(";")) {
                    record.subjectCategory(TexText.toUnicode(category));
                }
            });
        }
        references(entry).forEach(record::reference);
        BibRecord built;
        try {
            built = record.build();
        } catch (IllegalArgumentException e) {
            throw new MalformedEntryException("the entry has no title, abstract or identifier");
        }
        return built;
    }

    private static String text(BibtexEntry entry, String field) {
        return entry.field(field).map(TexText::toUnicode).orElse("");
    }

    private static String first(String... values) {
        for (String value : values) {
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    private static void year(BibtexEntry entry, BibRecord.Builder record) {
        Optional<Integer> year = entry.field("year").flatMap(RecordMapping::yearIn);
        year.ifPresent(record::year);
        Optional<String> date = entry.field("date").map(TexText::toUnicode);
        if (date.isEmpty()) {
            return;
        }
        Matcher iso = ISO_DATE.matcher(date.get());
        if (iso.lookingAt()) {
            try {
                record.date(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
                return;
            } catch (DateTimeException invalid) {
                // fall through to the year alone
            }
        }
        if (year.isEmpty()) {
            yearIn(date.get()).ifPresent(record::year);
        }
    }

    private static Optional<Integer> yearIn(String value) {
        Matcher m = YEAR.matcher(value);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static String pages(BibtexEntry entry) {
        Optional<String> pages = entry.field("pages");
        if (pages.isPresent()) {
            return TexText.toUnicode(PAGE_DASH.matcher(pages.get()).replaceAll("-"));
        }
        String article = text(entry, "art_number");
        if (!article.isEmpty()) {
            return article;
        }
        String eid = text(entry, "eid");
        return SCOPUS_EID.matcher(eid).matches() ? "" : eid;
    }

    private static void ids(BibtexEntry entry, BibRecord.Builder record) {
        entry.field("doi").ifPresent(v -> record.id(IdScheme.DOI, identifier(v)));
        String url = entry.field("url").orElse("");
        if (url.matches("(?i)\\s*https?://(dx\\.)?doi\\.org/.*")) {
            record.id(IdScheme.DOI, identifier(url));
        }

        String archive = entry.field("archiveprefix").or(() -> entry.field("eprinttype"))
                .map(v -> TexText.toUnicode(v).toLowerCase(Locale.ROOT)).orElse("");
        Optional<String> eprint = entry.field("eprint").map(RecordMapping::identifier);
        if (eprint.isPresent()) {
            if (archive.isEmpty() || archive.equals("arxiv")) {
                record.id(IdScheme.ARXIV, eprint.get());
            } else if (archive.equals("pubmed")) {
                record.id(IdScheme.PMID, eprint.get());
            }
        }
        entry.field("arxivid").or(() -> entry.field("arxiv")).map(RecordMapping::identifier).ifPresent(v -> record.id(IdScheme.ARXIV, v));
        if (url.matches("(?i)\\s*https?://(www\\.)?arxiv\\.org/(abs|pdf)/.*")) {
            record.id(IdScheme.ARXIV, url.strip());
        }
        for (String field : List.of("journal", "note", "howpublished")) {
            entry.field(field).ifPresent(v -> {
                Matcher m = ARXIV_IN_TEXT.matcher(v);
                if (m.find()) {
                    record.id(IdScheme.ARXIV, m.group(1));
                }
            });
        }

        for (String field : List.of("pmid", "pubmed_id", "pubmed")) {
            entry.field(field).ifPresent(v -> record.id(IdScheme.PMID, identifier(v)));
        }
        Matcher eid = SCOPUS_EID.matcher(url + " " + entry.field("eid").orElse(""));
        if (eid.find()) {
            record.id(IdScheme.SCOPUS, eid.group(1));
        }
        entry.field("unique-id").map(TexText::toUnicode).ifPresent(v -> record.id(IdScheme.WOS,
                v.regionMatches(true, 0, "ISI:", 0, 4) ? "WOS:" + v.substring(4).strip() : v));
        if (entry.key().regionMatches(true, 0, "DBLP:", 0, 5) && entry.key().length() > 5) {
            record.id(IdScheme.DBLP, entry.key().substring(5));
        }
    }

    /**
     * An identifier as written, with BibTeX escapes undone but nothing else decoded: a DOI may
     * contain {@code --}, which must not become a dash.
     */
    private static String identifier(String raw) {
        return raw.replace("{", "").replace("}", "").replaceAll("\\\\([_%&#$])", "$1").strip();
    }

    private static List<String> keywords(BibtexEntry entry) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> keywords = new ArrayList<>();
        for (String field : KEYWORD_FIELDS) {
            Optional<String> value = entry.field(field);
            if (value.isEmpty()) {
                continue;
            }
            String raw = unwrapped(value.get());
            String separator = raw.indexOf(';') >= 0 ? ";" : ",";
            for (String piece : splitAtDepthZero(raw, separator.charAt(0))) {
                String keyword = TexText.toUnicode(piece);
                if (!keyword.isEmpty() && seen.add(keyword.toLowerCase(Locale.ROOT))) {
                    keywords.add(keyword);
                }
            }
        }
        return keywords;
    }

    private static List<Reference> references(BibtexEntry entry) {
        List<Reference> references = new ArrayList<>();
        // Scopus writes the same reference list into its BibTeX, CSV and RIS exports: one splitter for all.
        entry.field("references").ifPresent(raw ->
                references.addAll(ScopusReferenceList.parse(TexText.toUnicode(unwrapped(raw)))));
        entry.field("cited-references").ifPresent(raw -> {
            for (String item : LINE_BREAK.split(unwrapped(raw))) {
                addReference(references, item);
            }
        });
        return references;
    }

    private static void addReference(List<Reference> references, String item) {
        String text = TexText.toUnicode(item);
        if (!text.isEmpty()) {
            references.add(new Reference(statedDoi(text).map(doi -> Map.of(IdScheme.DOI, doi)).orElse(Map.of()), text));
        }
    }

    /**
     * The DOI a reference text states outright: after WoS's {@code DOI} marker, {@code doi:}, a
     * {@code doi.org/} resolver, or as a bare {@code 10.…/…} item between commas, where Scopus
     * appends the DOI it knows. The same rule as the WoS and Scopus CSV readers, so that one
     * reference reads the same from every export.
     */
    private static Optional<String> statedDoi(String text) {
        Matcher stated = STATED_DOI.matcher(text);
        if (stated.find()) {
            return IdScheme.DOI.normalise(stated.group(1));
        }
        Matcher bare = BARE_DOI.matcher(text);
        return bare.find() ? IdScheme.DOI.normalise(bare.group(1)) : Optional.empty();
    }

    /**
     * The value without braces around all of it: Web of Science exports double every brace
     * ({@code Keywords = {{a; b}}}), which would hide the separators inside one group.
     */
    private static String unwrapped(String raw) {
        String value = raw.strip();
        while (value.length() >= 2 && value.charAt(0) == '{' && closingBrace(value) == value.length() - 1) {
            value = value.substring(1, value.length() - 1).strip();
        }
        return value;
    }

    private static int closingBrace(String value) {
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (TexText.isEscaped(value, i)) {
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Pieces between separators outside braces ("{Smith; Jones} analysis; graphs" is two). */
    private static List<String> splitAtDepthZero(String raw, char separator) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c == '{' || c == '}') && TexText.isEscaped(raw, i)) {
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == separator && depth == 0) {
                pieces.add(raw.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(raw.substring(start));
        return pieces;
    }
}
