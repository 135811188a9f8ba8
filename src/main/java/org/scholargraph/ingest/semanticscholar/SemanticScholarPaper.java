package org.scholargraph.ingest.semanticscholar;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.PersonIdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;
import org.scholargraph.model.Rejection;

/**
 * Turns one Semantic Scholar paper object, already read as a tree, into records. Both schemas
 * are read by the same rules, every field lenient about its JSON type (absent, {@code null} or of
 * another type is absent):
 *
 * <ul>
 *   <li>ids: {@code paperId} (the 40-hex S2 id) as {@link IdScheme#SEMANTIC_SCHOLAR}, else
 *       {@code CorpusId:n} (the form the API accepts for a corpus id); DOI from v1 {@code doi} or
 *       Graph {@code externalIds.DOI}; arXiv from v1 {@code arxivId} or {@code externalIds.ArXiv};
 *       PMID from {@code externalIds.PubMed}; DBLP key from {@code externalIds.DBLP}. Values that
 *       are not valid for their scheme (the API's documentation examples put {@code "..."}) are
 *       dropped;
 *   <li>authors {@code [{authorId, name}]} in order; {@code authorId} becomes {@code s2:…}
 *       (Semantic Scholar disambiguates its authors); a nameless entry is skipped;
 *   <li>year from {@code year}, date from the Graph API's {@code publicationDate};
 *   <li>venue: {@code venue}, else {@code publicationVenue.name}, else {@code journal.name};
 *       volume and pages from the Graph API's {@code journal};
 *   <li>keywords: v1 {@code topics[].topic}, each once whatever its case;
 *   <li>subject categories: {@code fieldsOfStudy[]}, then {@code s2FieldsOfStudy[].category}
 *       (which repeats a field once per source, "external" and "s2-fos-model"), each once: some
 *       twenty disciplines ("Computer Science", "Medicine") that classify a paper, not topics.
 * </ul>
 *
 * <p>A paper with {@code references} and {@code citations} (v1, or the Graph API with those fields)
 * gives one record for itself, with one {@link Reference} per entry of {@code references}
 * (its ids, and its title as the reference text), and one record for each referenced and each
 * citing paper, since each of those comes with its own authors and year (coauthorship data); each
 * citing paper's record has one reference, back to the paper (its ids and title). All of them carry
 * the line where the paper starts.
 */
final class SemanticScholarPaper {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private SemanticScholarPaper() {
    }

    /** Hands the sink the records of one paper object: the paper, its referenced and its citing papers. */
    static void deliver(JsonNode paper, Provenance source, RecordSink sink) {
        Optional<String> problem = wrongShape(paper);
        if (problem.isPresent()) {
            sink.reject(new Rejection(source, problem.get(), paper.toString()));
            return;
        }
        BibRecord.Builder main = builder(paper, source);
        for (JsonNode cited : array(paper, "references")) {
            reference(cited).ifPresent(main::reference);
        }
        build(main, paper, source, sink, "");
        for (JsonNode cited : array(paper, "references")) {
            build(builder(cited, source), cited, source, sink, "a referenced paper: ");
        }
        Optional<Reference> back = reference(paper);
        for (JsonNode citing : array(paper, "citations")) {
            BibRecord.Builder record = builder(citing, source);
            back.ifPresent(record::reference);
            build(record, citing, source, sink, "a citing paper: ");
        }
    }

    /**
     * Why an object is not a paper, or empty when it is one: an API error body
     * ({@code {"error": …}} or {@code {"message": …}}), or an object with no paper field at all.
     */
    private static Optional<String> wrongShape(JsonNode paper) {
        if (!paper.isObject()) {
            return Optional.of("expected a Semantic Scholar paper object");
        }
        boolean paperLike = paper.has("paperId") || paper.has("title") || paper.has("externalIds")
                || paper.has("corpusId") || paper.has("doi");
        if (paperLike) {
            return Optional.empty();
        }
        for (String field : List.of("error", "message")) {
            String message = text(paper.path(field));
            if (!message.isEmpty()) {
                return Optional.of("Semantic Scholar API error: " + message);
            }
        }
        return Optional.of("not a Semantic Scholar paper: it has no paperId, title or externalIds");
    }

    private static void build(BibRecord.Builder builder, JsonNode paper, Provenance source, RecordSink sink, String role) {
        BibRecord record;
        try {
            record = builder.build();
        } catch (IllegalArgumentException e) {
            sink.reject(new Rejection(source, "unusable Semantic Scholar paper, " + role + e.getMessage(), paper.toString()));
            return;
        }
        sink.accept(record);
    }

    private static BibRecord.Builder builder(JsonNode paper, Provenance source) {
        BibRecord.Builder b = BibRecord.builder(source, Format.SEMANTIC_SCHOLAR.id());
        b.title(collapse(text(paper.path("title"))));
        ids(paper).forEach(b::id);
        for (JsonNode author : array(paper, "authors")) {
            String name = collapse(text(author.path("name")));
            if (name.isEmpty()) {
                continue;
            }
            String id = text(author.path("authorId"));
            b.author(new RecordAuthor(name, id.isEmpty() ? Optional.empty() : Optional.of(PersonIdScheme.SEMANTIC_SCHOLAR.id(id))));
        }
        JsonNode year = paper.path("year");
        if (year.canConvertToInt() && year.isIntegralNumber()) {
            b.year(year.intValue());
        } else if (year.isTextual() && year.asText().strip().matches("\\d{4}")) {
            b.year(Integer.parseInt(year.asText().strip()));
        }
        date(text(paper.path("publicationDate"))).ifPresent(b::date);
        String venue = text(paper.path("venue"));
        if (venue.isEmpty()) {
            venue = text(paper.path("publicationVenue").path("name"));
        }
        if (venue.isEmpty()) {
            venue = text(paper.path("journal").path("name"));
        }
        b.venue(collapse(venue));
        b.volume(collapse(text(paper.path("journal").path("volume"))));
        b.pages(collapse(text(paper.path("journal").path("pages"))));
        b.abstractText(text(paper.path("abstract")));
        keywords(paper).forEach(b::keyword);
        fieldsOfStudy(paper).forEach(b::subjectCategory);
        return b;
    }

    /** The raw ids of a paper, in the order they are preferred, before normalisation. */
    private static Map<IdScheme, String> ids(JsonNode paper) {
        Map<IdScheme, String> raw = new EnumMap<>(IdScheme.class);
        JsonNode external = paper.path("externalIds");
        String s2 = text(paper.path("paperId"));
        if (s2.isEmpty()) {
            String corpus = text(paper.path("corpusId"));
            if (corpus.isEmpty()) {
                corpus = text(external.path("CorpusId"));
            }
            s2 = corpus.matches("\\d+") ? "CorpusId:" + corpus : "";
        }
        put(raw, IdScheme.SEMANTIC_SCHOLAR, s2);
        put(raw, IdScheme.DOI, first(text(paper.path("doi")), text(external.path("DOI"))));
        put(raw, IdScheme.ARXIV, first(text(paper.path("arxivId")), text(external.path("ArXiv"))));
        put(raw, IdScheme.PMID, first(text(paper.path("pmid")), text(external.path("PubMed"))));
        put(raw, IdScheme.DBLP, dblpKey(text(external.path("DBLP"))));
        return raw;
    }

    /** A DBLP key has a slash ({@code conf/naacl/AmmarGBBCDDEFHK18}); placeholders are dropped. */
    private static String dblpKey(String raw) {
        return raw.matches("[A-Za-z0-9_-]+(/[^/\\s]+)+") ? raw : "";
    }

    /** The reference that points at a paper: its valid ids and its title, when it has any. */
    private static Optional<Reference> reference(JsonNode paper) {
        if (!paper.isObject()) {
            return Optional.empty();
        }
        Map<IdScheme, String> ids = new EnumMap<>(IdScheme.class);
        ids(paper).forEach((scheme, raw) -> scheme.normalise(raw).ifPresent(v -> ids.put(scheme, v)));
        String title = collapse(text(paper.path("title")));
        if (ids.isEmpty() && title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reference(ids, title));
    }

    private static List<String> keywords(JsonNode paper) {
        List<String> found = new ArrayList<>();
        for (JsonNode topic : array(paper, "topics")) {
            found.add(text(topic.isObject() ? topic.path("topic") : topic));
        }
        return distinct(found);
    }

    private static List<String> fieldsOfStudy(JsonNode paper) {
        List<String> found = new ArrayList<>();
        for (JsonNode field : array(paper, "fieldsOfStudy")) {
            found.add(text(field));
        }
        for (JsonNode field : array(paper, "s2FieldsOfStudy")) {
            found.add(text(field.isObject() ? field.path("category") : field));
        }
        return distinct(found);
    }

    /** Each term once whatever its case, spaces collapsed, in the order first seen. */
    private static List<String> distinct(List<String> found) {
        Map<String, String> byFold = new LinkedHashMap<>();
        for (String keyword : found) {
            String clean = collapse(keyword);
            if (!clean.isEmpty()) {
                byFold.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        return new ArrayList<>(byFold.values());
    }

    private static Optional<LocalDate> date(String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The elements of an array field, or none when the field is absent or not an array. */
    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isArray() ? value : List.of();
    }

    /** A string or number as text; anything else (absent, null, object) as empty. */
    private static String text(JsonNode node) {
        return node.isTextual() || node.isNumber() ? node.asText().strip() : "";
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static void put(Map<IdScheme, String> raw, IdScheme scheme, String value) {
        if (!value.isEmpty()) {
            raw.put(scheme, value);
        }
    }

    private static String collapse(String value) {
        return WHITE_SPACE.matcher(value).replaceAll(" ").strip();
    }
}
