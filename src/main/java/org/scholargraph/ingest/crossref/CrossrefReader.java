package org.scholargraph.ingest.crossref;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholargraph.ingest.JsonInput;
import org.scholargraph.ingest.JsonRecordReader;
import org.scholargraph.ingest.ReadingWorkers;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;

/**
 * Reads Crossref works JSON as the <a href="https://api.crossref.org">Crossref REST API</a> and its
 * public data files give it:
 * <ul>
 *   <li>one work in the API envelope, {@code {"status":"ok","message-type":"work","message":{…}}};
 *   <li>one work without the envelope (what most client libraries save: the {@code message} alone);
 *   <li>a works list, {@code {"message-type":"work-list","message":{"items":[…]}}}, as a query or a
 *       cursor page returns it (with {@code select=DOI} its items carry only a DOI);
 *   <li>the annual public data file's {@code {"items":[…]}}, and a bare array of works;
 *   <li>several of these one after another.
 * </ul>
 * Each of these may also stand one a line (JSON Lines of saved responses). The layouts are told
 * apart and streamed by {@link JsonRecordReader}, which also describes what a broken line or a file
 * cut short become; a record's line is where its work object starts. A work of the wrong shape
 * (not an object, or neither title nor DOI) is rejected and reading goes on. What is taken from a
 * work is described in {@link CrossrefWork}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CrossrefReader implements RecordReader {

    /** Keys only Crossref's work objects have (CSL-JSON, OpenAlex and Semantic Scholar do not). */
    private static final Set<String> CROSSREF_KEYS = Set.of("reference-count", "references-count", "member", "prefix",
            "indexed", "deposited", "is-referenced-by-count", "content-domain", "short-container-title");
    private static final Pattern OPENALEX_WORK = Pattern.compile("(?i)^https?://openalex\\.org/W\\d+");

    private static final JsonRecordReader WORKS = JsonRecordReader.of("works",
            JsonRecordReader.Mapping.checked("Crossref work", CrossrefWork::wrongShape, CrossrefWork::toRecord))
            .withRecordLists("items").withEnvelopes("message");

    /** Creates the reader; it holds no state. */
    public CrossrefReader() {
    }

    /**
     * True for an API response whose {@code message-type} is {@code work} or {@code work-list}, and
     * for a work (alone, first of an array, or first of {@code items}) with Crossref's own keys: a
     * {@code DOI} with {@code member}, {@code reference-count}, {@code indexed}… or with
     * {@code title}/{@code container-title} as arrays, or two of those keys before the head ends.
     * An OpenAlex work ({@code "id":"https://openalex.org/W…"}) or a Semantic Scholar paper
     * ({@code paperId}) is never claimed, nor a CSL-JSON item (string titles, none of those keys).
     */
    @Override
    public boolean recognises(String head, Path file) {
        WorkKeys keys = new WorkKeys();
        // a head that ends inside the object is judged by the keys seen so far
        return JsonInput.recognises(head, parser -> startsWithWork(parser, keys), keys::crossref);
    }

    /** Whether the value the parser is about to read is a Crossref response, work or list of works. */
    private static boolean startsWithWork(JsonParser parser, WorkKeys keys) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            return parser.nextToken() == JsonToken.START_OBJECT && probeWork(parser, keys);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("message-type") && value == JsonToken.VALUE_STRING) {
                String type = parser.getText();
                return type.equals("work") || type.equals("work-list");
            }
            if ((name.equals("items") || name.equals("message")) && value == JsonToken.START_ARRAY) {
                return parser.nextToken() == JsonToken.START_OBJECT && probeWork(parser, new WorkKeys());
            }
            if (name.equals("message") && value == JsonToken.START_OBJECT) {
                return probeMessage(parser);
            }
            keys.see(name, parser, value);
            parser.skipChildren();
        }
        return keys.crossref();
    }

    /** A {@code message} seen before its {@code message-type}: a works list or a work. */
    private static boolean probeMessage(JsonParser parser) throws IOException {
        WorkKeys keys = new WorkKeys();
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("items") && value == JsonToken.START_ARRAY) {
                    return parser.nextToken() == JsonToken.START_OBJECT && probeWork(parser, new WorkKeys());
                }
                keys.see(name, parser, value);
                parser.skipChildren();
            }
        } catch (IOException e) {
            // the head ends inside the message
        }
        return keys.crossref();
    }

    /** Reads the keys of the object the parser is at, as far as the head goes. */
    private static boolean probeWork(JsonParser parser, WorkKeys keys) {
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                keys.see(name, parser, value);
                parser.skipChildren();
            }
        } catch (IOException e) {
            // the head ends inside the work
        }
        return keys.crossref();
    }

    /** What the keys of one object say about it. */
    private static final class WorkKeys {
        private final Set<String> crossrefKeys = new HashSet<>();
        private boolean doi;
        private boolean arrayTitles;
        private boolean foreign;

        void see(String name, JsonParser parser, JsonToken value) throws IOException {
            if (CROSSREF_KEYS.contains(name)) {
                crossrefKeys.add(name);
            } else if (name.equals("DOI")) {
                doi = true;
            } else if ((name.equals("title") || name.equals("container-title")) && value == JsonToken.START_ARRAY) {
                arrayTitles = true;
            } else if (name.equals("paperId")
                    || name.equals("id") && value == JsonToken.VALUE_STRING && OPENALEX_WORK.matcher(parser.getText()).find()) {
                foreign = true;
            }
        }

        boolean crossref() {
            return !foreign && (doi && (!crossrefKeys.isEmpty() || arrayTitles) || crossrefKeys.size() >= 2);
        }
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        WORKS.read(file, text, sink);
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink, ReadingWorkers workers) throws IOException {
        WORKS.read(file, text, sink, workers);
    }
}
