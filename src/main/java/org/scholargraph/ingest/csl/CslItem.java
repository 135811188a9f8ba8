package org.scholargraph.ingest.csl;

import org.scholargraph.ingest.DateParts;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.JsonValues;
import org.scholargraph.ingest.MarkupText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;

/**
 * One CSL-JSON item (<a href="https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html">the
 * citeproc-js input format</a>, <a href="https://github.com/citation-style-language/schema">CSL
 * schema</a>) turned into a {@link BibRecord}. The rules, and the producer behaviour behind each:
 * <ul>
 *   <li>a name is {@code given} + particles + {@code family} (+ {@code suffix}), e.g. "Ben van
 *       Werkhoven" from {@code non-dropping-particle} "van"; a name that could not be split (Manubot,
 *       institutions) is a {@code literal};
 *   <li>the year is the first of {@code issued.date-parts}, which Zotero writes as a string
 *       ({@code [["2015", 8, 26]]}) and others as a number; else the first four-digit year of
 *       {@code issued.raw}, {@code issued.literal}, or of {@code issued} written as a plain string;
 *   <li>titles and abstracts may hold CSL's HTML-like rich text ({@code <i>}, {@code <sub>},
 *       {@code <span class="nocase">}), removed;
 *   <li>ids: {@code DOI}, {@code PMID}, an arXiv id from an {@code arxiv.org/abs|pdf} {@code URL},
 *       and the lines Zotero and Manubot put in {@code note} for fields CSL lacks ("arXiv:
 *       1501.04916", "PMID: 25992719", "standard_id: arxiv:1806.05726v1");
 *   <li>{@code keyword} is one string with ","- or ";"-separated keywords (an array is taken too);
 *   <li>{@code reference} (or {@code references}) when present: an array of citation strings or of
 *       CSL items (their {@code DOI} kept as an id, their parts composed into a text), or one string,
 *       one reference a line.
 * </ul>
 */
final class CslItem {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern ARXIV_URL = Pattern.compile("(?i)arxiv\\.org/(?:abs|pdf)/(.+?)(?:\\.pdf)?/?$");
    private static final Pattern NOTE_ID = Pattern.compile(
            "(?im)^\\s*(?:standard_id:\\s*)?(arxiv|pmid|pubmed|doi)\\s*:\\s*(\\S+)\\s*$");

    private CslItem() {
    }

    /** Why a value read where an item was expected cannot be one, or empty when it can. */
    static Optional<String> wrongShape(JsonNode item) {
        if (!item.isObject()) {
            return Optional.of("not a CSL-JSON item: a JSON " + item.getNodeType().toString().toLowerCase(Locale.ROOT)
                    + " where an item object was expected");
        }
        if (JsonValues.first(item.get("title")).isBlank()
                && IdScheme.DOI.normalise(JsonValues.text(item.get("DOI"))).isEmpty()
                && IdScheme.PMID.normalise(JsonValues.text(item.get("PMID"))).isEmpty()) {
            return Optional.of("CSL-JSON item with neither a title nor a DOI or PMID");
        }
        return Optional.empty();
    }

    /** The record of an item of the right shape (see {@link #wrongShape}). */
    static BibRecord toRecord(JsonNode item, Provenance source) {
        BibRecord.Builder record = BibRecord.builder(source, Format.CSL_JSON.id());
        record.title(MarkupText.plain(JsonValues.first(item.get("title"))));
        for (JsonNode author : JsonValues.elements(item.get("author"))) {
            name(author).ifPresent(name -> record.author(RecordAuthor.named(name)));
        }
        JsonNode issued = item.path("issued");
        JsonNode parts = issued.path("date-parts").path(0);
        OptionalInt year = DateParts.part(parts.path(0));
        if (year.isPresent()) {
            record.year(year.getAsInt());
            DateParts.date(parts).ifPresent(record::date);
        } else {
            String written = issued.isTextual() ? issued.asText()
                    : JsonValues.text(issued.get("raw")) + " " + JsonValues.text(issued.get("literal"));
            Matcher m = YEAR.matcher(written);
            if (m.find()) {
                record.year(Integer.parseInt(m.group(1)));
            }
        }
        record.venue(MarkupText.plain(JsonValues.first(item.get("container-title"))));
        record.volume(JsonValues.text(item.get("volume")));
        record.pages(JsonValues.text(item.get("page")));
        record.abstractText(MarkupText.plain(JsonValues.text(item.get("abstract"))));
        record.id(IdScheme.DOI, JsonValues.text(item.get("DOI")));
        record.id(IdScheme.PMID, JsonValues.text(item.get("PMID")));
        Matcher arxivUrl = ARXIV_URL.matcher(JsonValues.text(item.get("URL")).strip());
        if (arxivUrl.find()) {
            record.id(IdScheme.ARXIV, arxivUrl.group(1));
        }
        Matcher note = NOTE_ID.matcher(JsonValues.text(item.get("note")));
        while (note.find()) {
            String scheme = note.group(1).toLowerCase(Locale.ROOT);
            IdScheme id = scheme.equals("arxiv") ? IdScheme.ARXIV : scheme.equals("doi") ? IdScheme.DOI : IdScheme.PMID;
            record.id(id, note.group(2));
        }
        keywords(item.get("keyword"), record);
        JsonNode references = item.has("reference") ? item.get("reference") : item.get("references");
        references(references, record);
        return record.build();
    }

    private static Optional<String> name(JsonNode author) {
        String literal = JsonValues.text(author.get("literal")).strip();
        String family = String.join(" ",
                nonEmpty(JsonValues.text(author.get("non-dropping-particle")), JsonValues.text(author.get("family"))));
        String given = String.join(" ",
                nonEmpty(JsonValues.text(author.get("given")), JsonValues.text(author.get("dropping-particle"))));
        String name = String.join(" ", nonEmpty(given, family));
        String suffix = JsonValues.text(author.get("suffix")).strip();
        if (!name.isEmpty() && !suffix.isEmpty()) {
            name = name + ", " + suffix;
        }
        name = name.isEmpty() ? literal : name;
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private static List<String> nonEmpty(String... parts) {
        return java.util.Arrays.stream(parts).map(String::strip).filter(p -> !p.isEmpty())
                .collect(java.util.stream.Collectors.toList());
    }

    private static void keywords(JsonNode keyword, BibRecord.Builder record) {
        if (keyword == null) {
            return;
        }
        if (keyword.isArray()) {
            keyword.forEach(k -> keywords(k, record));
            return;
        }
        for (String k : JsonValues.text(keyword).split("[,;]")) {
            record.keyword(k);
        }
    }

    private static void references(JsonNode references, BibRecord.Builder record) {
        if (references == null) {
            return;
        }
        if (references.isTextual()) {
            for (String line : references.asText().split("\\R")) {
                if (!line.isBlank()) {
                    record.reference(new Reference(Map.of(), line));
                }
            }
            return;
        }
        for (JsonNode reference : JsonValues.elements(references)) {
            if (reference.isObject()) {
                cited(reference).ifPresent(record::reference);
            } else if (!JsonValues.text(reference).isBlank()) {
                record.reference(new Reference(Map.of(), JsonValues.text(reference)));
            }
        }
    }

    /** A cited work given as a CSL item: its DOI, and a text from its parts like Scopus writes them. */
    private static Optional<Reference> cited(JsonNode item) {
        Map<IdScheme, String> ids = new EnumMap<>(IdScheme.class);
        IdScheme.DOI.normalise(JsonValues.text(item.get("DOI"))).ifPresent(doi -> ids.put(IdScheme.DOI, doi));
        IdScheme.PMID.normalise(JsonValues.text(item.get("PMID"))).ifPresent(pmid -> ids.put(IdScheme.PMID, pmid));
        String text = JsonValues.text(item.get("unstructured")).strip();
        if (text.isEmpty()) {
            StringBuilder out = new StringBuilder();
            JsonNode firstAuthor = item.path("author").path(0);
            String author = JsonValues.text(firstAuthor.get("family")).strip();
            out.append(author.isEmpty() ? JsonValues.text(firstAuthor.get("literal")).strip() : author);
            String title = MarkupText.plain(JsonValues.text(item.get("title")));
            if (!title.isEmpty()) {
                out.append(out.length() > 0 ? ", " : "").append(title);
            }
            OptionalInt year = DateParts.part(item.path("issued").path("date-parts").path(0).path(0));
            if (year.isPresent()) {
                out.append(out.length() > 0 ? " " : "").append('(').append(year.getAsInt()).append(')');
            }
            String rest = String.join(", ", nonEmpty(MarkupText.plain(JsonValues.first(item.get("container-title"))),
                    JsonValues.text(item.get("volume")), JsonValues.text(item.get("page"))));
            if (!rest.isEmpty()) {
                out.append(out.length() > 0 ? " " : "").append(rest);
            }
            text = out.toString().strip();
        }
        return ids.isEmpty() && text.isEmpty() ? Optional.empty() : Optional.of(new Reference(ids, text));
    }
}
