package org.scholargraph.ingest.openalex;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.scholargraph.ingest.DateParts;
import org.scholargraph.ingest.Format;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.PersonIdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;

/**
 * Turns one OpenAlex work, already read as a tree, into a {@link BibRecord}. Every accessor is
 * lenient about types: a field that is absent, {@code null} or of an unexpected JSON type is
 * treated as absent, so that only a work with nothing to identify it is rejected.
 *
 * <p>Keywords follow one rule, chosen to give a few topical keywords per paper rather than dozens:
 * the work's own {@code keywords[]} (2024 schema: {@code display_name}; 2023 schema:
 * {@code keyword}) when it has any; else its {@code topics[]} (at most three per work); else its
 * legacy {@code concepts[]} with {@code score >= }{@value #CONCEPT_MIN_SCORE} and
 * {@code level >= }{@value #CONCEPT_MIN_LEVEL} (level 0 concepts are whole disciplines such as
 * "Computer science", shared by most of a corpus, so they link everything to everything).
 *
 * <p>The subject category is the field of the work's {@code primary_topic} ("Environmental
 * Science", one of OpenAlex's 26 fields): it classifies the work rather than says what it is about.
 * Level 0 concepts are left out: OpenAlex deprecated concepts, and their disciplines are guessed
 * loosely (a paper on climate regions gets "Political science" at score 0.35).
 */
final class OpenAlexWork {

    /** Lowest concept score kept when a work has neither keywords nor topics. */
    static final double CONCEPT_MIN_SCORE = 0.3;
    /** Lowest concept level kept: level 0 is the 19 root disciplines. */
    static final int CONCEPT_MIN_LEVEL = 1;

    private static final Pattern WORK_ID = Pattern.compile("(?i)(https?://(api\\.)?openalex\\.org/(works/)?)?W\\d+");
    private static final Pattern PMID_URL = Pattern.compile("(\\d+)/?$");
    private static final Pattern ARXIV_DOI = Pattern.compile("(?i)10\\.48550/arxiv\\.(\\S+)");
    private static final Pattern ARXIV_URL =
            Pattern.compile("(?i)arxiv\\.org/(?:abs|pdf)/(.+?)(?:\\.pdf)?/?(?:[?#].*)?$");
    /**
     * Inline markup that Crossref passes on in titles ({@code <i>Drosophila</i>},
     * {@code <scp>}, MathML): removed, since a title is shown as plain text in every export.
     */
    private static final Pattern INLINE_MARKUP =
            Pattern.compile("(?i)</?(?:i|b|em|strong|u|sub|sup|scp|tt|span|mml:[a-z]+)(?:\\s[^<>]*)?/?>");

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private OpenAlexWork() {
    }

    /**
     * Why a JSON value cannot be read as a work, or empty when it can: it must be an object, its
     * {@code id}, when it has one, must be a work id ({@code W…}, not an author {@code A…} or a
     * source {@code S…} that landed in a works file), and it needs an id, a title or an abstract.
     */
    static Optional<String> wrongShape(JsonNode work) {
        if (!work.isObject()) {
            return Optional.of("expected an OpenAlex work object, found " + describe(work));
        }
        String id = text(work.path("id"));
        if (!id.isEmpty() && !WORK_ID.matcher(id).matches()) {
            return Optional.of("not an OpenAlex work: id " + id);
        }
        if (id.isEmpty() && title(work).isEmpty() && abstractText(work).isEmpty()) {
            return Optional.of("an OpenAlex work needs an id, a title or an abstract; this object has none");
        }
        return Optional.empty();
    }

    /**
     * The record of a work that {@link #wrongShape} accepted.
     *
     * @throws IllegalArgumentException when the values break an invariant of the model
     */
    static BibRecord toRecord(JsonNode work, Provenance source) {
        BibRecord.Builder record = BibRecord.builder(source, Format.OPENALEX.id());
        JsonNode ids = work.path("ids");
        record.id(IdScheme.OPENALEX, text(work.path("id")));
        record.id(IdScheme.OPENALEX, text(ids.path("openalex")));
        record.id(IdScheme.DOI, text(work.path("doi")));
        record.id(IdScheme.DOI, text(ids.path("doi")));
        pmid(text(ids.path("pmid"))).ifPresent(v -> record.id(IdScheme.PMID, v));
        arxivId(work).ifPresent(v -> record.id(IdScheme.ARXIV, v));

        record.title(title(work));
        DateParts.part(work.path("publication_year")).ifPresent(record::year);
        date(text(work.path("publication_date"))).ifPresent(record::date);
        record.venue(venue(work));
        record.abstractText(abstractText(work));

        for (JsonNode authorship : work.path("authorships")) {
            author(authorship).ifPresent(record::author);
        }
        Set<String> cited = new LinkedHashSet<>();
        for (JsonNode reference : work.path("referenced_works")) {
            IdScheme.OPENALEX.normalise(text(reference)).filter(id -> id.startsWith("W")).ifPresent(cited::add);
        }
        cited.forEach(id -> record.reference(Reference.of(IdScheme.OPENALEX, id)));
        keywords(work).forEach(record::keyword);
        subjectCategories(work).forEach(record::subjectCategory);
        return record.build();
    }

    /** {@code title}, else {@code display_name} (the same text in today's API; older works lack one). */
    static String title(JsonNode work) {
        String title = text(work.path("title"));
        if (title.isBlank()) {
            title = text(work.path("display_name"));
        }
        return WHITE_SPACE.matcher(INLINE_MARKUP.matcher(title).replaceAll("")).replaceAll(" ").strip();
    }

    /**
     * The abstract, rebuilt from {@code abstract_inverted_index} (OpenAlex may not redistribute
     * abstracts as text, so it gives each word with the positions where it occurs). Every position
     * is kept, so repeated words stay in place; gaps are closed.
     */
    static String abstractText(JsonNode work) {
        JsonNode index = work.path("abstract_inverted_index");
        if (!index.isObject()) {
            return "";
        }
        List<Map.Entry<Integer, String>> placed = new ArrayList<>();
        index.fields().forEachRemaining(word -> {
            for (JsonNode position : word.getValue()) {
                if (position.isIntegralNumber() && position.canConvertToInt()) {
                    placed.add(Map.entry(position.intValue(), word.getKey()));
                }
            }
        });
        placed.sort(Map.Entry.comparingByKey());
        return placed.stream().map(Map.Entry::getValue).collect(Collectors.joining(" "));
    }

    /** Keywords by the rule in the class comment, in source order, without case-insensitive repeats. */
    static List<String> keywords(JsonNode work) {
        List<String> own = names(work.path("keywords"));
        if (!own.isEmpty()) {
            return own;
        }
        List<String> topics = names(work.path("topics"));
        if (!topics.isEmpty()) {
            return topics;
        }
        List<JsonNode> concepts = new ArrayList<>();
        for (JsonNode concept : work.path("concepts")) {
            if (concept.path("score").asDouble(0) >= CONCEPT_MIN_SCORE
                    && concept.path("level").asInt(0) >= CONCEPT_MIN_LEVEL) {
                concepts.add(concept);
            }
        }
        return distinct(concepts.stream().map(c -> text(c.path("display_name"))).collect(Collectors.toList()));
    }

    /** The subject categories by the rule in the class comment. */
    static List<String> subjectCategories(JsonNode work) {
        return distinct(List.of(text(work.path("primary_topic").path("field").path("display_name"))));
    }

    private static List<String> names(JsonNode entries) {
        List<String> names = new ArrayList<>();
        for (JsonNode entry : entries) {
            String name = entry.isTextual() ? entry.textValue() : text(entry.path("display_name"));
            if (name.isBlank()) {
                name = text(entry.path("keyword")); // keywords as the 2023 schema wrote them
            }
            names.add(name);
        }
        return distinct(names);
    }

    private static List<String> distinct(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            if (!name.isBlank()) {
                byKey.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name.strip());
            }
        }
        return List.copyOf(byKey.values());
    }

    /**
     * An authorship's author: {@code author.display_name}, else the name as printed on the paper
     * ({@code raw_author_name}), which is all OpenAlex has when it could not match a person; the
     * OpenAlex author id when there is one.
     */
    private static Optional<RecordAuthor> author(JsonNode authorship) {
        JsonNode author = authorship.path("author");
        String name = text(author.path("display_name"));
        if (name.isBlank()) {
            name = text(authorship.path("raw_author_name"));
        }
        if (name.isBlank()) {
            return Optional.empty();
        }
        Optional<String> id = IdScheme.OPENALEX.normalise(text(author.path("id")))
                .filter(v -> v.startsWith("A"))
                .map(PersonIdScheme.OPENALEX::id);
        return Optional.of(new RecordAuthor(name, id));
    }

    /** The venue of the primary location, else {@code host_venue} (the schema before 2023). */
    private static String venue(JsonNode work) {
        String venue = text(work.path("primary_location").path("source").path("display_name"));
        return venue.isBlank() ? text(work.path("host_venue").path("display_name")) : venue;
    }

    /** {@code ids.pmid} is a URL ({@code https://pubmed.ncbi.nlm.nih.gov/25599636}); keep its digits. */
    private static Optional<String> pmid(String raw) {
        Matcher m = PMID_URL.matcher(raw.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * OpenAlex has no arXiv field in {@code ids}; the id shows in an arXiv DataCite DOI
     * ({@code 10.48550/arXiv.2304.04761}) or in the URL of a location hosted by arXiv, often not
     * the primary one when the paper was also published in a journal.
     */
    private static Optional<String> arxivId(JsonNode work) {
        List<String> candidates = new ArrayList<>();
        candidates.add(text(work.path("ids").path("arxiv")));
        for (String doi : List.of(text(work.path("doi")), text(work.path("ids").path("doi")))) {
            Matcher m = ARXIV_DOI.matcher(doi);
            if (mentions(doi, "10.48550/arxiv.") && m.find()) {
                candidates.add(m.group(1));
            }
        }
        List<JsonNode> locations = new ArrayList<>();
        locations.add(work.path("primary_location"));
        locations.add(work.path("best_oa_location"));
        work.path("locations").forEach(locations::add);
        for (JsonNode location : locations) {
            candidates.add(arxivFromUrl(text(location.path("landing_page_url"))));
            candidates.add(arxivFromUrl(text(location.path("pdf_url"))));
        }
        candidates.add(arxivFromUrl(text(work.path("host_venue").path("url"))));
        for (JsonNode venue : work.path("alternate_host_venues")) {
            candidates.add(arxivFromUrl(text(venue.path("url"))));
        }
        return candidates.stream()
                .map(IdScheme.ARXIV::normalise)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static String arxivFromUrl(String url) {
        if (!mentions(url, "arxiv.org")) {
            return ""; // most locations: no matcher made
        }
        Matcher m = ARXIV_URL.matcher(url);
        return m.find() ? m.group(1) : "";
    }

    /**
     * Whether {@code text} holds {@code word}, ignoring case: a quick test before a pattern that
     * needs the word, since every work has several locations and most are not arXiv's.
     */
    private static boolean mentions(String text, String word) {
        for (int at = 0; at + word.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> date(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // the year, read on its own, still stands
        }
    }

    /** A scalar's text; empty for absent, {@code null}, objects and arrays. */
    static String text(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue();
        }
        return node.isNumber() ? node.asText() : "";
    }

    private static String describe(JsonNode node) {
        String kind = node.getNodeType().name().toLowerCase(Locale.ROOT);
        String value = node.isValueNode() ? " " + node.toString() : "";
        return kind + (value.length() > 60 ? value.substring(0, 60) + "…" : value);
    }
}
