package org.scholargraph.ingest.openalex;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scholargraph.ingest.JsonInput;
import org.scholargraph.ingest.JsonProblem;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Rejection;

/**
 * Reads OpenAlex works (<a href="https://docs.openalex.org/api-entities/works/work-object">the work
 * object</a>) from an API page ({@code {"meta":…,"results":[work, …]}}), a single work, a JSON array
 * of works, or a snapshot in JSON Lines (one work a line). Works are streamed with Jackson's
 * {@link JsonParser}: one work at a time is read as a tree and handed on, never the whole file.
 *
 * <p>How the layout is told apart: when the first non-blank line is a whole JSON value, the file is
 * read as JSON Lines, each line parsed on its own, so that a broken line is one {@link Rejection}
 * (file, line, reason, the line) and the others are kept; a page saved on one line (as the API
 * sends it) is then a one-line file, its {@code results} still streamed work by work. A first line
 * that is broken but followed by a whole object is a snapshot whose first line is damaged (a
 * snapshot whose first two lines are both broken cannot be told from a broken document). Anything
 * else is one JSON document read by a single parser: a syntax error (a file cut in half) stops it
 * with {@link UnreadableInputException} at the parser's line, after the works before the break
 * were delivered. A record's line is where its work object starts.
 *
 * <p>Schema quirks handled:
 * <ul>
 *   <li>the abstract exists only as {@code abstract_inverted_index} (word → positions); it is
 *       rebuilt keeping every position of repeated words;
 *   <li>ids are URLs: {@code https://openalex.org/W…}, {@code https://doi.org/…},
 *       {@code ids.pmid} as {@code https://pubmed.ncbi.nlm.nih.gov/…}; all are brought to canonical
 *       form, and repeated {@code referenced_works} entries count once;
 *   <li>no arXiv field: the arXiv id is taken from {@code ids.arxiv} if ever present, an arXiv
 *       DataCite DOI ({@code 10.48550/arXiv.…}), or an {@code arxiv.org/abs|pdf} URL of any location
 *       (or of {@code host_venue}/{@code alternate_host_venues} in works of the pre-2023 schema);
 *   <li>the venue is {@code primary_location.source.display_name}, else the pre-2023
 *       {@code host_venue.display_name}; many works (repositories, preprints) have neither;
 *   <li>{@code title} may be null where {@code display_name} is not, and carries inline HTML from
 *       Crossref ({@code <i>}, {@code <sub>}, MathML) that is removed;
 *   <li>an authorship whose author OpenAlex did not match has only {@code raw_author_name}; one with
 *       no name at all is skipped;
 *   <li>keywords: {@code keywords[]} (2024: {@code display_name}; 2023: {@code keyword}), else
 *       {@code topics[]}, else the deprecated {@code concepts[]} filtered by score and level, so that
 *       a paper gets a few topical keywords rather than dozens (the rule is in {@link OpenAlexWork});
 *   <li>an object in a works file that is not a work (an author {@code A…}, an API error message, an
 *       object with neither id, title nor abstract) is rejected, not turned into a paper.
 * </ul>
 *
 * <p>Stateless and thread-safe: the Jackson mapper is configured once and only read.
 */
public final class OpenAlexReader implements RecordReader {

    private static final Pattern WORK_URL = Pattern.compile("https?://openalex\\.org/W\\d+", Pattern.CASE_INSENSITIVE);

    /** The shared mapper, whose parsers leave the caller's text open. */
    private static final JsonMapper JSON = JsonInput.MAPPER;

    /** Creates the reader; it holds no state. */
    public OpenAlexReader() {
    }

    /**
     * True when the first JSON object of the head is an OpenAlex work ({@code "id":
     * "https://openalex.org/W…"}), or a page whose {@code results} start with one, or an array of
     * works; this covers JSON Lines, whose first line is a work. The head may be cut anywhere.
     */
    @Override
    public boolean recognises(String head, Path file) {
        String text = head.stripLeading();
        if (!text.startsWith("{") && !text.startsWith("[")) {
            return false;
        }
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return parser.nextToken() == JsonToken.START_OBJECT && startsWork(parser);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("id")) {
                    return isWorkUrl(parser, value);
                }
                if (name.equals("results") && value == JsonToken.START_ARRAY) {
                    return parser.nextToken() == JsonToken.START_OBJECT && startsWork(parser);
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false; // not JSON, or the head ends before an id was seen
        }
    }

    /** Reads the fields of the object the parser is at until its {@code id}. */
    private static boolean startsWork(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("id")) {
                return isWorkUrl(parser, value);
            }
            parser.skipChildren();
        }
        return false;
    }

    private static boolean isWorkUrl(JsonParser parser, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_STRING && WORK_URL.matcher(parser.getText().strip()).matches();
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        long blank = 0;
        String first;
        while ((first = text.readLine()) != null && first.isBlank()) {
            blank++;
        }
        if (first == null) {
            return;
        }
        long firstLine = blank + 1;
        if (isWholeValue(first)) {
            readLines(file, first, firstLine, text, sink);
            return;
        }
        String second = text.readLine();
        if (first.strip().length() > 1 && first.strip().startsWith("{") && second != null
                && second.strip().startsWith("{") && isWholeValue(second)) {
            readLine(file, first, firstLine, sink);
            readLines(file, second, firstLine + 1, text, sink);
            return;
        }
        // One JSON document: give the parser back the lines looked at, so that its lines are the file's.
        String seen = "\n".repeat((int) blank) + first + "\n" + (second == null ? "" : second + "\n");
        readDocument(file, new PrefixedReader(seen, text), sink);
    }

    /** Whether a line holds exactly one JSON object or array, complete. */
    private static boolean isWholeValue(String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void readLines(Path file, String first, long firstLine, BufferedReader text, RecordSink sink)
            throws IOException {
        long number = firstLine;
        String line = first;
        while (line != null) {
            if (!line.isBlank()) {
                readLine(file, line, number, sink);
            }
            line = text.readLine();
            number++;
        }
    }

    /** One line of JSON Lines: a work, or (rarely) a whole page or array of works. */
    private static void readLine(Path file, String line, long number, RecordSink sink) {
        Walk walk = new Walk(file, sink, number);
        try (JsonParser parser = JSON.createParser(line)) {
            parser.nextToken();
            Optional<ObjectNode> work = walk.rootValue(parser, line);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "more than one JSON value on the line");
            }
            work.ifPresent(w -> walk.deliver(w, number, line));
        } catch (IOException e) {
            String reason = "broken JSON" + describe(e, true) + (walk.delivered > 0
                    ? " (the " + walk.delivered + " works before the break on this line were kept)" : "");
            sink.reject(new Rejection(new Provenance(file, number), reason, line));
        }
    }

    private static void readDocument(Path file, PrefixedReader text, RecordSink sink) throws IOException {
        Walk walk = new Walk(file, sink, 0);
        try (JsonParser parser = JSON.createParser(text)) {
            while (parser.nextToken() != null) {
                long line = Math.max(1, parser.currentTokenLocation().getLineNr());
                walk.rootValue(parser, null).ifPresent(work -> walk.deliver(work, line, work.toString()));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long line = at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
            boolean pastTheEnd = line > text.lastContentLine();
            if (pastTheEnd) {
                line = text.lastContentLine(); // the parser stands past the final line break: name the last line with text
            }
            throw new UnreadableInputException(file, line, "broken JSON" + describe(e, !pastTheEnd)
                    + (walk.delivered > 0 ? " (" + walk.delivered + " works before it were read)" : ""), e);
        }
    }

    /** The parser's message, with the column where it stopped: {@code  at column 17: Unexpected end-of-input…}. */
    private static String describe(IOException e, boolean withColumn) {
        if (!(e instanceof JsonProcessingException)) {
            return ": " + firstLineOf(e.getMessage());
        }
        JsonProcessingException json = (JsonProcessingException) e;
        JsonLocation at = json.getLocation();
        String column = withColumn && at != null && at.getColumnNr() > 0 ? " at column " + at.getColumnNr() : "";
        return column + ": " + JsonProblem.describe(json.getOriginalMessage());
    }

    private static String firstLineOf(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /**
     * One walk through one parser: delivers each work it completes. {@code fixedLine} is the line
     * of a JSON Lines record, or 0 to take each work's line from the parser.
     */
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

        /**
         * Reads the root value the parser is at. A page's works and an array's works are delivered
         * as they are read; a root object that is not a page is returned, to be delivered by the
         * caller once it knows the value ended well.
         */
        Optional<ObjectNode> rootValue(JsonParser parser, String rawLine) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_ARRAY) {
                works(parser);
                return Optional.empty();
            }
            if (token != JsonToken.START_OBJECT) {
                long line = lineOf(parser);
                JsonNode value = JSON.readTree(parser);
                deliver(value == null ? NullNode.getInstance() : value, line,
                        rawLine != null ? rawLine : String.valueOf(value));
                return Optional.empty();
            }
            ObjectNode root = JSON.createObjectNode();
            boolean page = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("results") && value == JsonToken.START_ARRAY) {
                    page = true;
                    works(parser);
                } else {
                    JsonNode node = JSON.readTree(parser);
                    root.set(name, node == null ? NullNode.getInstance() : node);
                }
            }
            return page ? Optional.empty() : Optional.of(root);
        }

        /** The works of an array, the parser at its start. */
        private void works(JsonParser parser) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new JsonParseException(parser, "end of input inside a list of works");
                }
                long line = lineOf(parser);
                JsonNode work = JSON.readTree(parser);
                work = work == null ? NullNode.getInstance() : work;
                deliver(work, line, work.toString());
            }
        }

        private long lineOf(JsonParser parser) {
            return fixedLine > 0 ? fixedLine : Math.max(1, parser.currentTokenLocation().getLineNr());
        }

        void deliver(JsonNode work, long line, String raw) {
            Provenance source = new Provenance(file, line);
            Optional<String> problem = OpenAlexWork.wrongShape(work);
            BibRecord record = null;
            if (problem.isEmpty()) {
                try {
                    record = OpenAlexWork.toRecord(work, source);
                } catch (IllegalArgumentException e) {
                    problem = Optional.of("unusable OpenAlex work: " + e.getMessage());
                }
            }
            if (record == null) {
                sink.reject(new Rejection(source, problem.orElseThrow(), raw));
            } else {
                sink.accept(record);
                delivered++;
            }
        }
    }

    /**
     * The text already taken from a reader to look at it, then the rest of that reader. It notes
     * the last line read with anything but white space: no error can lie beyond it, and a document
     * that ends too soon is named by it rather than by the parser's position past the final break.
     */
    private static final class PrefixedReader extends Reader {
        private final String prefix;
        private final Reader rest;
        private int position;
        private long line = 1;
        private long lastContentLine = 1;
        private boolean afterCarriageReturn;

        PrefixedReader(String prefix, Reader rest) {
            this.prefix = prefix;
            this.rest = rest;
        }

        long lastContentLine() {
            return lastContentLine;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int n;
            if (position < prefix.length()) {
                n = Math.min(length, prefix.length() - position);
                prefix.getChars(position, position + n, buffer, offset);
                position += n;
            } else {
                n = rest.read(buffer, offset, length);
            }
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    line += afterCarriageReturn ? 0 : 1; // CR LF is one break, as the parser counts it
                } else if (c == '\r') {
                    line++;
                } else if (!Character.isWhitespace(c)) {
                    lastContentLine = line;
                }
                afterCarriageReturn = c == '\r';
            }
            return n;
        }

        @Override
        public void close() {
            // the caller closes the underlying text
        }
    }
}
