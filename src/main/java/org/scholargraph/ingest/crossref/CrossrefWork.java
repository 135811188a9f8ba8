package org.scholargraph.ingest.crossref;

import org.scholargraph.ingest.DateParts;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.JsonValues;
import org.scholargraph.ingest.MarkupText;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.PersonIdScheme;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;

/**
 * One Crossref work object (<a href="https://api.crossref.org/swagger-ui/index.html">REST API
 * {@code /works}</a>) turned into a {@link BibRecord}. The rules, and the quirk behind each:
 * <ul>
 *   <li>{@code title} and {@code container-title} are arrays (a work may have been deposited with
 *       several); the first is taken. Titles carry publishers' inline HTML and MathML, removed;
 *   <li>an author is {@code given} + {@code family}; people with one name (Nature's "some people
 *       have only one name") have {@code family} alone; an organisation has {@code name} only. An
 *       {@code ORCID} URL becomes the author's {@code orcid:} id;
 *   <li>the year comes from {@code issued}, which Crossref fills from the earliest of the print and
 *       online dates, then {@code published}, {@code published-print}, {@code published-online};
 *       {@code date-parts} may be {@code [[null]]} for an unknown date, or hold strings;
 *   <li>the abstract is JATS XML ({@code <jats:p>}…), reduced to plain text;
 *   <li>{@code subject} (the journal's subject areas, "Organic Chemistry", "Multidisciplinary")
 *       gives the subject categories, not keywords: it classifies the journal, not the work;
 *   <li>a reference is kept with its {@code DOI} as an identifier when Crossref matched one, and
 *       its text: the {@code unstructured} citation as deposited, else one composed from the
 *       structured parts ("Author, Article title (Year) Journal, Volume, p. First page"). A
 *       reference deposited with only a {@code key} says nothing and is skipped;
 *   <li>arXiv's DataCite DOIs ({@code 10.48550/arXiv.…}) also give the arXiv id;
 *   <li>an item of a {@code select=DOI} query carries only its DOI: it is still a record, known by
 *       its identifier, so that a list of DOIs can be merged with richer sources.
 * </ul>
 */
final class CrossrefWork {

    private static final Pattern ORCID = Pattern.compile("(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dXx])");
    private static final Pattern ARXIV_DOI = Pattern.compile("^10\\.48550/arxiv\\.(.+)$", Pattern.CASE_INSENSITIVE);
    private static final List<String> DATE_FIELDS = List.of("issued", "published", "published-print", "published-online");

    private CrossrefWork() {
    }

    /** Why a value read where a work was expected cannot be one, or empty when it can. */
    static Optional<String> wrongShape(JsonNode work) {
        if (!work.isObject()) {
            return Optional.of("not a Crossref work: a JSON " + work.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
                    + " where a work object was expected");
        }
        if (work.has("message-type") || work.has("status")) {
            return Optional.of("a Crossref API response without works (status '" + work.path("status").asText("")
                    + "', message-type '" + work.path("message-type").asText("") + "')");
        }
        if (JsonValues.first(work.get("title")).isEmpty()
                && IdScheme.DOI.normalise(JsonValues.text(work.get("DOI"))).isEmpty()) {
            return Optional.of("Crossref work with neither a title nor a DOI");
        }
        return Optional.empty();
    }

    /** The record of a work of the right shape (see {@link #wrongShape}). */
    static BibRecord toRecord(JsonNode work, Provenance source) {
        BibRecord.Builder record = BibRecord.builder(source, Format.CROSSREF.id());
        record.title(MarkupText.plain(JsonValues.first(work.get("title"))));
        for (JsonNode author : JsonValues.elements(work.get("author"))) {
            author(author).ifPresent(record::author);
        }
        for (String field : DATE_FIELDS) {
            JsonNode parts = work.path(field).path("date-parts").path(0);
            OptionalInt year = DateParts.part(parts.path(0));
            if (year.isPresent()) {
                record.year(year.getAsInt());
                DateParts.date(parts).ifPresent(record::date);
                break;
            }
        }
        String venue = JsonValues.first(work.get("container-title"));
        record.venue(MarkupText.plain(venue.isEmpty() ? JsonValues.first(work.get("short-container-title")) : venue));
        record.volume(JsonValues.text(work.get("volume")));
        record.pages(JsonValues.text(work.get("page")));
        record.abstractText(MarkupText.plain(JsonValues.text(work.get("abstract"))));
        String doi = JsonValues.text(work.get("DOI"));
        record.id(IdScheme.DOI, doi);
        Matcher arxiv = ARXIV_DOI.matcher(doi.strip());
        if (arxiv.matches()) {
            record.id(IdScheme.ARXIV, arxiv.group(1));
        }
        for (JsonNode subject : JsonValues.elements(work.get("subject"))) {
            record.subjectCategory(JsonValues.text(subject));
        }
        for (JsonNode reference : JsonValues.elements(work.get("reference"))) {
            reference(reference).ifPresent(record::reference);
        }
        return record.build();
    }

    private static Optional<RecordAuthor> author(JsonNode author) {
        String given = JsonValues.text(author.get("given")).strip();
        String family = JsonValues.text(author.get("family")).strip();
        String name = (given + " " + family).strip();
        if (name.isEmpty()) {
            name = JsonValues.text(author.get("name")).strip();
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Matcher orcid = ORCID.matcher(JsonValues.text(author.get("ORCID")));
        Optional<String> id = orcid.find() ? Optional.of(PersonIdScheme.ORCID.id(orcid.group(1).toUpperCase(java.util.Locale.ROOT)))
                : Optional.empty();
        return Optional.of(new RecordAuthor(name, id));
    }

    private static Optional<Reference> reference(JsonNode reference) {
        if (!reference.isObject()) {
            String text = JsonValues.text(reference).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(new Reference(Map.of(), text));
        }
        Map<IdScheme, String> ids = new EnumMap<>(IdScheme.class);
        IdScheme.DOI.normalise(JsonValues.text(reference.get("DOI"))).ifPresent(doi -> ids.put(IdScheme.DOI, doi));
        String text = JsonValues.text(reference.get("unstructured")).strip();
        if (text.isEmpty()) {
            text = composed(reference);
        }
        return ids.isEmpty() && text.isEmpty() ? Optional.empty() : Optional.of(new Reference(ids, text));
    }

    /** "Bonke, APL regulates vascular tissue identity in Arabidopsis (2003) Nature, 426, p. 181". */
    private static String composed(JsonNode reference) {
        String author = JsonValues.text(reference.get("author")).strip();
        String title = firstNonEmpty(reference, "article-title", "volume-title", "series-title");
        String year = JsonValues.text(reference.get("year")).strip();
        String journal = JsonValues.text(reference.get("journal-title")).strip();
        StringBuilder out = new StringBuilder(author);
        if (!title.isEmpty()) {
            out.append(out.length() > 0 ? ", " : "").append(title);
        }
        if (!year.isEmpty()) {
            out.append(out.length() > 0 ? " " : "").append('(').append(year).append(')');
        }
        List<String> rest = new ArrayList<>();
        if (!journal.isEmpty() && !journal.equals(title)) {
            rest.add(journal);
        }
        String volume = JsonValues.text(reference.get("volume")).strip();
        if (!volume.isEmpty()) {
            rest.add(volume);
        }
        String page = JsonValues.text(reference.get("first-page")).strip();
        if (!page.isEmpty()) {
            rest.add("p. " + page);
        }
        if (!rest.isEmpty()) {
            out.append(out.length() > 0 ? " " : "").append(String.join(", ", rest));
        }
        return out.toString().strip();
    }

    private static String firstNonEmpty(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = JsonValues.text(node.get(field)).strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
