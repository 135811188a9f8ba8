package org.scholargraph.ingest.crossref;

import org.scholargraph.ingest.JsonInput;
import org.scholargraph.ingest.LineCountingReader;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholargraph.ingest.JsonProblem;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Rejection;

/**
 * Reads Crossref works JSON as the <a href="https://api.crossref.org">Crossref REST API</a> and its
 * public data files give it:
 * <ul>
 *   <li>one work in the API envelope, {@code {"status":"ok","message-type":"work","message":{…}}};
 *   <li>one work without the envelope (what most client libraries save: the {@code message} alone);
 *   <li>a works list, {@code {"message-type":"work-list","message":{"items":[…]}}}, as a query or a
 *       cursor page returns it (with {@code select=DOI} its items carry only a DOI);
 *   <li>the annual public data file's {@code {"items":[…]}}, and a bare array of works;
 *   <li>several of these one after another (JSON Lines of saved responses).
 * </ul>
 * Works are streamed with Jackson's {@link JsonParser}: the parser walks to the array of works and
 * reads one work at a time as a tree, never the whole file. A record's line is the line where its
 * work object starts. A work of the wrong shape (not an object, or neither title nor DOI) is
 * rejected and reading goes on; a syntax error (a file cut in half) ends the file with
 * {@link UnreadableInputException} at the parser's line, after the complete works before it were
 * delivered. What is taken from a work is described in {@link CrossrefWork}.
 *
 * <p>Stateless and thread-safe: the Jackson mapper is configured once and only read.
 */
public final class CrossrefReader implements RecordReader {

    /** Keys only Crossref's work objects have (CSL-JSON, OpenAlex and Semantic Scholar do not). */
    private static final Set<String> CROSSREF_KEYS = Set.of("reference-count", "references-count", "member", "prefix",
            "indexed", "deposited", "is-referenced-by-count", "content-domain", "short-container-title");
    private static final Pattern OPENALEX_WORK = Pattern.compile("(?i)^https?://openalex\\.org/W\\d+");

    /** The shared mapper, whose parsers leave the caller's text open. */
    private static final JsonMapper JSON = JsonInput.MAPPER;

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
        String text = head.stripLeading();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            return false;
        }
        WorkKeys keys = new WorkKeys();
        try (JsonParser parser = JSON.createParser(text)) {
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
        } catch (IOException e) {
            return keys.crossref(); // the head ends inside the object: judge by the keys seen so far
        }
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
        LineCountingReader counted = new LineCountingReader(text);
        Walk walk = new Walk(file, sink);
        try (JsonParser parser = JSON.createParser(counted)) {
            while (parser.nextToken() != null) {
                walk.root(parser);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null || at.getLineNr() < 1 ? counted.lastContentLine() : at.getLineNr();
            if (line > counted.lastContentLine() && counted.lastContentLine() > 0) {
                line = counted.lastContentLine(); // the parser stands past the final line break
            }
            throw new UnreadableInputException(file, line, "broken JSON: "
                    + JsonProblem.describe(e.getOriginalMessage())
                    + (walk.delivered > 0 ? " (" + walk.delivered + " works before it were read)" : ""), e);
        }
    }

    /** One walk through one file, delivering each work as soon as it is read. */
    private static final class Walk {
        private final Path file;
        private final RecordSink sink;
        private int delivered;

        Walk(Path file, RecordSink sink) {
            this.file = file;
            this.sink = sink;
        }

        /** A root value: an envelope, a data file's {@code items}, an array of works, or a work. */
        void root(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            long line = lineOf(parser);
            if (token == JsonToken.START_ARRAY) {
                works(parser);
            } else if (token == JsonToken.START_OBJECT) {
                envelopeOrWork(parser).ifPresent(work -> deliver(work, line));
            } else {
                deliver(tree(parser), line);
            }
        }

        /**
         * Reads the object the parser is at. The works of an {@code items} array, and a work in a
         * {@code message}, are delivered as they are read; an object holding neither is a work
         * itself and is returned, to be delivered once its end was read.
         */
        private Optional<ObjectNode> envelopeOrWork(JsonParser parser) throws IOException {
            ObjectNode fields = JSON.createObjectNode();
            boolean envelope = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("items") && value == JsonToken.START_ARRAY) {
                    envelope = true;
                    works(parser);
                } else if (name.equals("message") && value == JsonToken.START_OBJECT) {
                    envelope = true;
                    long line = lineOf(parser);
                    envelopeOrWork(parser).ifPresent(work -> deliver(work, line));
                } else {
                    fields.set(name, tree(parser));
                }
            }
            return envelope ? Optional.empty() : Optional.of(fields);
        }

        /** The works of an array, the parser at its start. */
        private void works(JsonParser parser) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser, "end of input inside a list of works");
                }
                long line = lineOf(parser);
                deliver(tree(parser), line);
            }
        }

        private static JsonNode tree(JsonParser parser) throws IOException {
            JsonNode node = JSON.readTree(parser);
            return node == null ? NullNode.getInstance() : node;
        }

        private static long lineOf(JsonParser parser) {
            return Math.max(1, parser.currentTokenLocation().getLineNr());
        }

        private void deliver(JsonNode work, long line) {
            Provenance source = new Provenance(file, line);
            Optional<String> problem = CrossrefWork.wrongShape(work);
            if (problem.isEmpty()) {
                BibRecord record;
                try {
                    record = CrossrefWork.toRecord(work, source);
                } catch (IllegalArgumentException e) {
                    sink.reject(new Rejection(source, "unusable Crossref work: " + e.getMessage(), work.toString()));
                    return;
                }
                sink.accept(record);
                delivered++;
            } else {
                sink.reject(new Rejection(source, problem.get(), work.toString()));
            }
        }
    }
}
