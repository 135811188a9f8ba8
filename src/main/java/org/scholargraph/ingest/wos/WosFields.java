package org.scholargraph.ingest.wos;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.PersonIdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;

/**
 * The fields of one Web of Science record by their two-letter tags, and how they become a
 * {@link BibRecord}. Both exports carry the same tags (the plain text as line tags, the
 * tab-delimited file as column headers), so both readers hand their values here and the same paper
 * comes out the same from either.
 *
 * <p>A value is one line of the plain text (a tag line or a continuation line) or one cell, or one
 * {@code "; "}-separated item of a cell, of the tab-delimited file. Which tags are read and why:
 * <ul>
 *   <li>byline: {@code AF} (full names, "Newman, Mark E. J.") else {@code AU} (short names,
 *       "Newman, MEJ"), in the same order; records indexed before full names were kept have
 *       {@code AF} equal to {@code AU} ("BREVIK, I"). Books and book chapters without {@code AU}
 *       fall back to the book authors {@code BF}/{@code BA}, then the group authors
 *       {@code CA}/{@code GP}. Items are split on {@code ;} as well, which a name never holds;
 *   <li>{@code OI} ("name/ORCID; …") gives an author an {@code orcid:} id only when its name is
 *       exactly (ignoring case and spacing) one author's byline name: older records pair an
 *       abbreviated byline ("Kaiser, R") with a spelled-out {@code OI} name ("kaiser, robin"), and a
 *       guessed match would give a person someone else's ORCID;
 *   <li>{@code TI}, {@code AB}, {@code SO}: wrapped lines joined with a space;
 *   <li>year: {@code PY}, else the year in {@code PD}, else in {@code EA} (early-access articles carry
 *       {@code EA "JAN 2021"} and no {@code PY} until they are put in an issue); a full date when
 *       {@code PD} gives month and day ("AUG 15") and a year is known;
 *   <li>pages: {@code BP-EP}, else {@code AR} (article numbers of journals without pages, "034214");
 *   <li>ids: {@code DI} (DOI), {@code UT} (accession; old exports write {@code ISI:} or no prefix,
 *       brought to the {@code WOS:} form WoS writes since), {@code PM} (PubMed);
 *   <li>keywords: author keywords {@code DE}, then Keywords Plus {@code ID}; both wrap in the middle of
 *       the list, so the lines are joined before splitting on {@code ;}; a keyword repeated in the two
 *       lists ("Sensitivity", "SENSITIVITY") is kept once, in its first spelling;
 *   <li>subject categories: the Web of Science categories {@code WC}, then the research areas
 *       {@code SC}, each split on {@code ;} and kept once;
 *   <li>{@code CR}: one cited reference per value, its text exactly as written; the DOI after the
 *       {@code DOI} marker is added as an id, the first one when WoS lists several in brackets
 *       ({@code DOI [10.1/a, 10.1/b]}).
 * </ul>
 * Tags not listed (addresses, counts, publisher) are not read. Not thread-safe: one
 * instance collects one record and is dropped.
 */
final class WosFields {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)");
    private static final Pattern DOI_MARKER = Pattern.compile("\\bDOI\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORCID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
    private static final Pattern ACCESSION = Pattern.compile("[A-Z0-9]{15}");
    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

    private final Map<String, List<String>> values = new HashMap<>();

    /** Adds one value to a tag; blank values are dropped. */
    void add(String tag, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        values.computeIfAbsent(tag, t -> new ArrayList<>()).add(value.strip());
    }

    /** The record these fields describe, or empty when it has neither title, abstract nor identifier. */
    Optional<BibRecord> toRecord(Provenance source, String format) {
        BibRecord.Builder record = BibRecord.builder(source, format);
        String title = joined("TI");
        String abstractText = joined("AB");
        record.title(title).abstractText(abstractText);

        List<String> byline = names();
        Map<String, String> orcids = orcidsByName(byline);
        for (String name : byline) {
            String orcid = orcids.get(nameKey(name));
            record.author(new RecordAuthor(name, Optional.ofNullable(orcid).map(PersonIdScheme.ORCID::id)));
        }

        Optional<Integer> year = firstYear("PY").or(() -> firstYear("PD")).or(() -> firstYear("EA"));
        year.ifPresent(record::year);
        year.flatMap(this::dayOfPublication).ifPresent(record::date);

        String venue = joined("SO");
        record.venue(venue.isEmpty() ? joined("SE") : venue);
        record.volume(joined("VL"));
        record.pages(pages());

        record.id(IdScheme.DOI, joined("DI"));
        accession().ifPresent(ut -> record.id(IdScheme.WOS, ut));
        record.id(IdScheme.PMID, joined("PM"));

        keywords().forEach(record::keyword);
        // Web of Science categories and research areas: classifications of the journal, not topics.
        for (String tag : List.of("WC", "SC")) {
            for (String category : joined(tag).split(";")) {
                record.subjectCategory(category);
            }
        }
        for (String cited : values("CR")) {
            record.reference(citedReference(cited));
        }
        boolean identified = IdScheme.DOI.normalise(joined("DI")).isPresent() || accession().isPresent()
                || IdScheme.PMID.normalise(joined("PM")).isPresent();
        if (title.isBlank() && abstractText.isBlank() && !identified) {
            return Optional.empty();
        }
        return Optional.of(record.build());
    }

    /** One CR value as a reference: the text as given, and its DOI when it names one. */
    static Reference citedReference(String text) {
        Map<IdScheme, String> ids = new HashMap<>();
        Matcher marker = DOI_MARKER.matcher(text);
        if (marker.find()) {
            IdScheme.DOI.normalise(text.substring(marker.end())).ifPresent(doi -> ids.put(IdScheme.DOI, doi));
        }
        return new Reference(ids, text);
    }

    private List<String> values(String tag) {
        return values.getOrDefault(tag, List.of());
    }

    private String joined(String tag) {
        return String.join(" ", values(tag)).strip();
    }

    private List<String> names() {
        for (String tag : List.of("AF", "AU", "BF", "BA", "CA", "GP")) {
            List<String> names = new ArrayList<>();
            for (String value : values(tag)) {
                for (String name : value.split(";")) {
                    if (!name.isBlank()) {
                        names.add(name.strip());
                    }
                }
            }
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    private Map<String, String> orcidsByName(List<String> byline) {
        Map<String, Integer> seen = new HashMap<>();
        byline.forEach(name -> seen.merge(nameKey(name), 1, Integer::sum));
        Map<String, String> orcids = new HashMap<>();
        for (String item : joined("OI").split(";")) {
            int slash = item.lastIndexOf('/');
            if (slash <= 0) {
                continue;
            }
            String key = nameKey(item.substring(0, slash));
            Matcher orcid = ORCID.matcher(item.substring(slash + 1).strip().toUpperCase(Locale.ROOT));
            if (orcid.matches() && seen.getOrDefault(key, 0) == 1) {
                orcids.putIfAbsent(key, orcid.group());
            }
        }
        return orcids;
    }

    private static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Optional<Integer> firstYear(String tag) {
        Matcher m = YEAR.matcher(joined(tag));
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** "AUG 15" (with the year from PY) or "AUG 15 2002": a date; "JUN", "SPR", "JAN-FEB": none. */
    private Optional<LocalDate> dayOfPublication(int year) {
        String pd = joined("PD").toUpperCase(Locale.ROOT);
        String[] words = pd.split("[\\s,]+");
        int month = words.length > 0 ? MONTHS.indexOf(words[0]) + 1 : 0;
        if (month == 0 || words.length < 2) {
            return Optional.empty();
        }
        Matcher day = DAY.matcher(words[1]);
        if (!day.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(day.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty(); // "FEB 30": keep the year only
        }
    }

    private String pages() {
        String begin = joined("BP");
        String end = joined("EP");
        if (!begin.isEmpty()) {
            return end.isEmpty() || end.equals(begin) ? begin : begin + "-" + end;
        }
        return joined("AR");
    }

    private Optional<String> accession() {
        String ut = joined("UT").replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (ut.isEmpty()) {
            return Optional.empty();
        }
        if (ut.startsWith("ISI:")) {
            ut = "WOS:" + ut.substring(4);
        } else if (ACCESSION.matcher(ut).matches()) {
            ut = "WOS:" + ut;
        }
        return Optional.of(ut);
    }

    private List<String> keywords() {
        List<String> keywords = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String tag : List.of("DE", "ID")) {
            for (String keyword : joined(tag).split(";")) {
                String k = keyword.strip();
                if (!k.isEmpty() && seen.add(k.toLowerCase(Locale.ROOT))) {
                    keywords.add(k);
                }
            }
        }
        return keywords;
    }
}
