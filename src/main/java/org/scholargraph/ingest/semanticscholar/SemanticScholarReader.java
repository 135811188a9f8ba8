package org.scholargraph.ingest.semanticscholar;

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
import java.util.Set;
import org.scholargraph.ingest.JsonInput;
import org.scholargraph.ingest.JsonProblem;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Rejection;

/**
 * Reads Semantic Scholar API responses: a paper of the retired v1 API
 * ({@code api.semanticscholar.org/v1/paper/…}), a paper of the Graph API ({@code /graph/v1/paper/…}),
 * a search or bulk-search page ({@code {"total":…,"offset"|"token":…,"data":[paper, …]}}), a
 * citations or references page ({@code "data":[{"citingPaper"|"citedPaper": paper}]}), a batch
 * response (a JSON array of papers), or JSON Lines of such values. What each paper object becomes is
 * described in {@link SemanticScholarPaper}.
 *
 * <p>Streaming: the parser walks the file; each element of a {@code data} array or of a top-level
 * array is read as one tree and handed on, never the whole page. A paper at the top level is read
 * as one tree with its {@code references} and {@code citations}: the API sorts keys alphabetically,
 * so the citing papers come before the {@code paperId} they must point back to, and the paper's
 * own size is capped by the API (1000 references or citations in v1).
 *
 * <p>Layout: when the first line is one whole JSON object and the next line with text starts another
 * (JSON Lines, as users save paged results), each line is parsed on its own, so that a broken line
 * is one {@link Rejection} and the rest is read. The first line must fit in the
 * {@value #LAYOUT_PROBE_CHARS} characters looked at; a file whose first line is longer is read as
 * one document, a sequence of root values, which reads JSON Lines too but stops at the first broken
 * line. Anything else is one document (the API's own
 * responses are one line or pretty-printed); a syntax error there stops the file with
 * {@link UnreadableInputException} at the parser's line, after the papers before it were delivered.
 * A top-level object that is not a paper (an API error {@code {"error":…}} or {@code {"message":…}})
 * and an array element that is not a paper object (batch responses put {@code null} for ids the API
 * did not find) are rejected, not turned into papers.
 *
 * <p>Stateless and thread-safe: the Jackson mapper is configured once and only read.
 */
public final class SemanticScholarReader implements RecordReader {

    /** The most characters looked at to decide whether the file is JSON Lines. */
    private static final int LAYOUT_PROBE_CHARS = 1 << 16;

    /** Keys that only Semantic Scholar's papers and authors carry. */
    private static final Set<String> IDENTIFYING_KEYS = Set.of("paperId", "authorId", "corpusId");

    /** The shared mapper, whose parsers leave the caller's text open. */
    private static final JsonMapper JSON = JsonInput.MAPPER;

    /** Creates the reader; it holds no state. */
    public SemanticScholarReader() {
    }

    /**
     * True when the head is JSON (an object or an array) with a {@code "paperId"}, {@code "authorId"}
     * or {@code "corpusId"} key whose value is a string, a whole number or null, at any depth: in a
     * v1 paper the keys are sorted, so the paper's own {@code paperId} comes after its
     * {@code authors} and {@code citations}, whose entries carry an {@code authorId} or a
     * {@code paperId} each (a paper with thousands of authors fills the head before any
     * {@code paperId}); in a search page they are in the first element of {@code data}. No other
     * format read here uses these keys. The head may be cut anywhere.
     */
    @Override
    public boolean recognises(String head, Path file) {
        String text = head.stripLeading();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            return false;
        }
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && IDENTIFYING_KEYS.contains(parser.currentName())) {
                    JsonToken value = parser.nextToken();
                    return value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL
                            || value == JsonToken.VALUE_NUMBER_INT;
                }
            }
            return false;
        } catch (IOException e) {
            return false; // not JSON, or the head ends before a paperId
        }
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        if (isJsonLines(text)) {
            readLines(file, text, sink);
        } else {
            readDocument(file, text, sink);
        }
    }

    /**
     * Looks at the first {@value #LAYOUT_PROBE_CHARS} characters, then rewinds: JSON Lines when
     * the first line with text is one whole object and the next line with text starts with '{'.
     */
    private static boolean isJsonLines(BufferedReader text) throws IOException {
        text.mark(LAYOUT_PROBE_CHARS + 1);
        try {
            StringBuilder first = new StringBuilder();
            int read = 0;
            int c;
            boolean firstDone = false;
            while (read < LAYOUT_PROBE_CHARS && (c = text.read()) >= 0) {
                read++;
                if (!firstDone) {
                    if (c == '\n' || c == '\r') {
                        firstDone = !first.toString().isBlank();
                        if (!firstDone) {
                            first.setLength(0);
                        }
                    } else {
                        first.append((char) c);
                    }
                } else if (!Character.isWhitespace(c)) {
                    return c == '{' && isWholeObject(first.toString());
                }
            }
            return false;
        } finally {
            text.reset();
        }
    }

    private static boolean isWholeObject(String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void readLines(Path file, BufferedReader text, RecordSink sink) throws IOException {
        long number = 0;
        String line;
        while ((line = text.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Walk walk = new Walk(file, sink, number);
            try (JsonParser parser = JSON.createParser(line)) {
                parser.nextToken();
                walk.rootValue(parser);
                if (parser.nextToken() != null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser, "more than one JSON value on the line");
                }
            } catch (JsonProcessingException e) {
                String reason = "broken JSON" + describe(e) + (walk.delivered > 0
                        ? " (the " + walk.delivered + " records before the break on this line were kept)" : "");
                sink.reject(new Rejection(new Provenance(file, number), reason, line));
            }
        }
    }

    private static void readDocument(Path file, BufferedReader text, RecordSink sink) throws IOException {
        Walk walk = new Walk(file, sink, 0);
        try (JsonParser parser = JSON.createParser(text)) {
            while (parser.nextToken() != null) {
                walk.rootValue(parser);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
            throw new UnreadableInputException(file, line, "broken JSON" + describe(e)
                    + (walk.delivered > 0 ? " (" + walk.delivered + " records before it were read)" : ""), e);
        }
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String column = at != null && at.getColumnNr() > 0 ? " at column " + at.getColumnNr() : "";
        return column + ": " + JsonProblem.describe(e.getOriginalMessage());
    }

    /** One walk through one parser; {@code fixedLine} is a JSON Lines line, or 0 to ask the parser. */
    private static final class Walk {
        private final Path file;
        private final RecordSink sink;
        private final long fixedLine;
        private int delivered;

        Walk(Path file, RecordSink sink, long fixedLine) {
            this.file = file;
            this.sink = sink;
            this.fixedLine = fixedLine;
        }

        /** Reads the root value the parser stands at: a page, an array of papers, or one paper. */
        void rootValue(JsonParser parser) throws IOException {
            long line = lineOf(parser);
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_ARRAY) {
                elements(parser);
                return;
            }
            if (token != JsonToken.START_OBJECT) {
                JsonNode value = orNull(JSON.readTree(parser));
                reject(line, "expected a Semantic Scholar paper or result page, found " + kind(value), value.toString());
                return;
            }
            ObjectNode root = JSON.createObjectNode();
            boolean page = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("data") && value == JsonToken.START_ARRAY) {
                    page = true;
                    elements(parser);
                } else {
                    root.set(name, orNull(JSON.readTree(parser)));
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "end of input inside an object");
            }
            if (!page) {
                deliver(root, line);
            }
        }

        /** The elements of an array of papers, the parser at its start. */
        private void elements(JsonParser parser) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser, "end of input inside a list of papers");
                }
                long line = lineOf(parser);
                JsonNode element = orNull(JSON.readTree(parser));
                if (element.isObject() && element.path("citingPaper").isObject()) {
                    element = element.get("citingPaper");
                } else if (element.isObject() && element.path("citedPaper").isObject()) {
                    element = element.get("citedPaper");
                }
                if (element.isObject()) {
                    deliver(element, line);
                } else if (element.isNull()) {
                    reject(line, "null in a list of papers (a batch response's place for an id Semantic Scholar did not find)",
                            "null");
                } else {
                    reject(line, "expected a Semantic Scholar paper object, found " + kind(element), element.toString());
                }
            }
        }

        private void deliver(JsonNode paper, long line) {
            delivered += SemanticScholarPaper.deliver(paper, new Provenance(file, line), sink);
        }

        private void reject(long line, String reason, String raw) {
            sink.reject(new Rejection(new Provenance(file, line), reason, raw));
        }

        private long lineOf(JsonParser parser) {
            return fixedLine > 0 ? fixedLine : Math.max(1, parser.currentTokenLocation().getLineNr());
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }

    private static String kind(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        return "an object";
    }
}
