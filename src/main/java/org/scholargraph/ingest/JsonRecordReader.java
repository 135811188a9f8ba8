package org.scholargraph.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Rejection;

/**
 * Reads the records of a JSON file whatever its layout, and hands each record's tree to a format's
 * {@link Mapping}: the JSON formats (OpenAlex, Crossref, CSL-JSON, Semantic Scholar) differ only
 * in their mapping and in the names of their envelopes.
 *
 * <p>Layouts: a single record; an array of records; an API envelope whose named field holds the
 * array of records ({@code {"meta":…,"results":[…]}} of OpenAlex, {@code {"data":[…]}} of
 * Semantic Scholar) or an envelope object in which to look again (Crossref's
 * {@code {"message":{"items":[…]}}} and {@code {"message":{work}}}); several of these one after
 * another; and JSON Lines, one of these a line.
 *
 * <p>Streaming: a record is read as one tree when its value ends, never the whole file nor the whole
 * array: the parser walks through envelopes and arrays element by element. The layout is decided on
 * the first {@value #PROBE_CHARS} characters, then the text is read from its start:
 * <ul>
 *   <li>JSON Lines when the first line with text is one whole JSON object or array, or, when it is
 *       broken, starts with an object that the next line with text holds whole (a snapshot whose first
 *       line is damaged). Each line is parsed on its own, so that a line that is not JSON is one
 *       {@link Rejection} (file, line, reason, the line as it stood) and the lines around it are
 *       kept; each record's line is the line it stands on;
 *   <li>otherwise one document, read by one parser: a record's line is where its value starts, and a
 *       syntax error (a file cut short) stops the file with {@link UnreadableInputException} at the
 *       line where the text stops making sense, after the records before it were delivered. A file
 *       whose first line is longer than the probe (a large array on one line) is read this way too;
 *       so is JSON Lines whose first two lines are both broken, which cannot be told from a broken
 *       document.
 * </ul>
 *
 * <p>Immutable and thread-safe; configured by the {@code with…} copies.
 */
public final class JsonRecordReader {

    /** How many characters are looked at to tell JSON Lines from one document. */
    public static final int PROBE_CHARS = 1 << 20;

    private static final JsonMapper JSON = JsonInput.MAPPER;

    /** What a format makes of one JSON value that stands where a record is expected. */
    @FunctionalInterface
    public interface Mapping {

        /**
         * Hands the sink the records (or the rejection) of one value.
         *
         * @param value the value as read: usually an object, but whatever stood there (a number, null)
         * @param source the file and the line the value starts on
         * @param raw the value's text for a rejection: the line of JSON Lines, else the value written out
         */
        void map(JsonNode value, Provenance source, String raw, RecordSink sink);

        /**
         * The mapping of a format that says first why a value cannot be a record, then makes one:
         * a value of the wrong shape is rejected with that reason, and one whose fields break an
         * invariant of the model ({@link IllegalArgumentException}) as {@code unusable <what>: …}.
         */
        static Mapping checked(String what, Function<JsonNode, Optional<String>> wrongShape,
                BiFunction<JsonNode, Provenance, BibRecord> toRecord) {
            Objects.requireNonNull(what, "what");
            return (value, source, raw, sink) -> {
                Optional<String> problem = wrongShape.apply(value);
                if (problem.isPresent()) {
                    sink.reject(new Rejection(source, problem.get(), raw));
                    return;
                }
                BibRecord record;
                try {
                    record = toRecord.apply(value, source);
                } catch (IllegalArgumentException e) {
                    sink.reject(new Rejection(source, "unusable " + what + ": " + e.getMessage(), raw));
                    return;
                }
                sink.accept(record);
            };
        }
    }

    private final String records;
    private final Mapping mapping;
    private final Set<String> recordLists;
    private final Set<String> envelopes;

    private JsonRecordReader(String records, Mapping mapping, Set<String> recordLists, Set<String> envelopes) {
        this.records = Objects.requireNonNull(records, "records");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.recordLists = Set.copyOf(recordLists);
        this.envelopes = Set.copyOf(envelopes);
    }

    /**
     * A reader that hands every record to {@code mapping}; without envelopes, an object at the top
     * level is a record and an array at the top level a list of records.
     *
     * @param records what the records are called in messages ({@code works}, {@code items})
     */
    public static JsonRecordReader of(String records, Mapping mapping) {
        return new JsonRecordReader(records, mapping, Set.of(), Set.of());
    }

    /** A copy for which an object with an array in one of these fields is an envelope of that list of records. */
    public JsonRecordReader withRecordLists(String... fields) {
        return new JsonRecordReader(records, mapping, Set.of(fields), envelopes);
    }

    /** A copy for which an object in one of these fields is looked into again, as a record or an envelope. */
    public JsonRecordReader withEnvelopes(String... fields) {
        return new JsonRecordReader(records, mapping, recordLists, Set.of(fields));
    }

    /** Reads every record of the text, which starts at line 1 of {@code file}. */
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        read(file, text, sink, ReadingWorkers.callingThread(record -> record));
    }

    /**
     * Reads every record of the text, each prepared by {@code workers}; JSON Lines are parsed on the
     * workers' threads in batches of lines, and delivered to {@code sink} in the file's order.
     */
    public void read(Path file, BufferedReader text, RecordSink sink, ReadingWorkers workers) throws IOException {
        if (isJsonLines(text)) {
            if (workers.pool() == null) {
                readLines(file, text, workers.preparing(sink));
            } else {
                readLinesOn(workers, file, text, sink);
            }
        } else {
            readDocument(file, text, workers.preparing(sink));
        }
    }

    /** Lines a worker parses at a time: enough to outweigh handing them over, few enough to hold. */
    private static final int LINES_PER_BATCH = 256;

    /**
     * JSON Lines parsed on the workers: the calling thread reads lines and hands them over in
     * batches, and delivers each batch's records and rejections in turn, with a few batches ahead
     * in the workers' hands at most.
     */
    private void readLinesOn(ReadingWorkers workers, Path file, BufferedReader text, RecordSink sink)
            throws IOException {
        Deque<Future<List<Object>>> ahead = new ArrayDeque<>();
        int mostAhead = 2 * workers.threads() + 1;
        try {
            List<String> lines = new ArrayList<>(LINES_PER_BATCH);
            long firstLine = 1;
            long number = 0;
            String line;
            IOException unreadable = null;
            try {
                while ((line = text.readLine()) != null) {
                    number++;
                    lines.add(line);
                    if (lines.size() == LINES_PER_BATCH) {
                        ahead.add(submit(workers, file, lines, firstLine));
                        lines = new ArrayList<>(LINES_PER_BATCH);
                        firstLine = number + 1;
                        while (ahead.size() >= mostAhead) {
                            deliver(ahead.removeFirst(), sink);
                        }
                    }
                }
            } catch (IOException e) {
                unreadable = e; // the lines read before the bytes failed are delivered first
            }
            if (!lines.isEmpty()) {
                ahead.add(submit(workers, file, lines, firstLine));
            }
            while (!ahead.isEmpty()) {
                deliver(ahead.removeFirst(), sink);
            }
            if (unreadable != null) {
                throw unreadable;
            }
        } finally {
            ahead.forEach(batch -> batch.cancel(true)); // left when a delivery threw (--strict)
        }
    }

    /** One batch of lines, first numbered {@code firstLine}, parsed on a worker into its records and rejections in order. */
    private Future<List<Object>> submit(ReadingWorkers workers, Path file, List<String> lines, long firstLine) {
        return workers.pool().submit(() -> {
            List<Object> read = new ArrayList<>(lines.size());
            RecordSink collect = new RecordSink() {
                @Override
                public void accept(BibRecord record) {
                    read.add(workers.prepare().apply(record));
                }

                @Override
                public void reject(Rejection rejection) {
                    read.add(rejection);
                }
            };
            for (int k = 0; k < lines.size(); k++) {
                if (!lines.get(k).isBlank()) {
                    readLine(file, lines.get(k), firstLine + k, collect);
                }
            }
            return read;
        });
    }

    private static void deliver(Future<List<Object>> batch, RecordSink sink) throws IOException {
        for (Object item : ReadingWorkers.resultOf(batch)) {
            if (item instanceof BibRecord record) {
                sink.accept(record);
            } else {
                sink.reject((Rejection) item);
            }
        }
    }

    /** Looks at the start of the text, then rewinds it: see the class comment for the rule. */
    private static boolean isJsonLines(BufferedReader text) throws IOException {
        text.mark(PROBE_CHARS + 1);
        try {
            String[] lines = new String[2];
            int found = 0;
            StringBuilder line = new StringBuilder();
            int read = 0;
            int c = 0;
            while (found < 2 && read < PROBE_CHARS && (c = text.read()) >= 0) {
                read++;
                if (c == '\n' || c == '\r') {
                    if (!line.toString().isBlank()) {
                        lines[found++] = line.toString();
                    }
                    line.setLength(0);
                } else {
                    line.append((char) c);
                }
            }
            if (c < 0 && found < 2 && !line.toString().isBlank()) {
                lines[found++] = line.toString(); // the last line, without a break after it
            }
            if (found == 0) {
                return false;
            }
            if (isWholeValue(lines[0])) {
                return true;
            }
            String first = lines[0].strip();
            return first.startsWith("{") && first.length() > 1 && found == 2 && isWholeValue(lines[1])
                    && lines[1].strip().startsWith("{");
        } finally {
            text.reset();
        }
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

    private void readLines(Path file, BufferedReader text, RecordSink sink) throws IOException {
        long number = 0;
        String line;
        while ((line = text.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                readLine(file, line, number, sink);
            }
        }
    }

    /** One line of JSON Lines: a record, or a whole envelope or array of records. */
    private void readLine(Path file, String line, long number, RecordSink sink) {
        Walk walk = new Walk(file, sink, number);
        try (JsonParser parser = JSON.createParser(line)) {
            parser.nextToken();
            Optional<JsonNode> record = walk.root(parser);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "more than one JSON value on the line");
            }
            record.ifPresent(value -> walk.deliver(value, number, line));
        } catch (IOException e) {
            sink.reject(new Rejection(new Provenance(file, number), "broken JSON" + describe(e, true)
                    + (walk.delivered > 0 ? " (the " + walk.delivered + " " + records
                            + " before the break on this line were kept)" : ""), line));
        }
    }

    private void readDocument(Path file, BufferedReader text, RecordSink sink) throws IOException {
        LineCountingReader counted = new LineCountingReader(text);
        Walk walk = new Walk(file, sink, 0);
        try (JsonParser parser = JSON.createParser(counted)) {
            while (parser.nextToken() != null) {
                long line = walk.lineOf(parser);
                walk.root(parser).ifPresent(value -> walk.deliver(value, line, value.toString()));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long last = counted.lastContentLine();
            long line = at == null || at.getLineNr() < 1 ? last : at.getLineNr();
            boolean pastTheEnd = line > last && last > 0;
            if (pastTheEnd) {
                line = last; // the parser stands past the final line break: name the last line with text
            }
            // the column where a file ends says nothing: it is given only for an error inside the text
            boolean cutShort = pastTheEnd || e instanceof JsonEOFException;
            throw new UnreadableInputException(file, line, "broken JSON" + describe(e, !cutShort)
                    + (walk.delivered > 0 ? " (" + walk.delivered + " " + records + " before it were read)" : ""), e);
        }
    }

    /** The parser's message, with the column where it stopped: {@code  at column 17: Unexpected end-of-input…}. */
    private static String describe(IOException e, boolean withColumn) {
        if (!(e instanceof JsonProcessingException)) {
            String message = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
            return ": " + message;
        }
        JsonProcessingException json = (JsonProcessingException) e;
        JsonLocation at = json.getLocation();
        String column = withColumn && at != null && at.getColumnNr() > 0 ? " at column " + at.getColumnNr() : "";
        return column + ": " + JsonProblem.describe(json.getOriginalMessage());
    }

    /**
     * One walk through one parser, delivering each record it completes and counting those the sink
     * accepted. {@code fixedLine} is the line of a JSON Lines record, or 0 to ask the parser.
     */
    private final class Walk implements RecordSink {
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
         * Reads the value the parser stands at, at the top level or in an envelope. The records of an
         * array or an envelope are delivered as they are read; any other value is returned, to be
         * delivered by the caller once it knows that the value ended well.
         */
        Optional<JsonNode> root(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_ARRAY) {
                elements(parser);
                return Optional.empty();
            }
            if (token != JsonToken.START_OBJECT) {
                return Optional.of(tree(parser));
            }
            ObjectNode fields = JSON.createObjectNode();
            boolean envelope = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY && recordLists.contains(name)) {
                    envelope = true;
                    elements(parser);
                } else if (value == JsonToken.START_OBJECT && envelopes.contains(name)) {
                    envelope = true;
                    long line = lineOf(parser);
                    root(parser).ifPresent(inner -> deliver(inner, line, inner.toString()));
                } else {
                    fields.set(name, tree(parser));
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new JsonParseException(parser, "end of input inside an object");
            }
            return envelope ? Optional.empty() : Optional.of(fields);
        }

        /** The records of an array, the parser at its start. */
        private void elements(JsonParser parser) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new JsonParseException(parser, "end of input inside a list of " + records);
                }
                long line = lineOf(parser);
                JsonNode element = tree(parser);
                deliver(element, line, element.toString());
            }
        }

        long lineOf(JsonParser parser) {
            return fixedLine > 0 ? fixedLine : Math.max(1, parser.currentTokenLocation().getLineNr());
        }

        void deliver(JsonNode value, long line, String raw) {
            mapping.map(value, new Provenance(file, line), raw, this);
        }

        @Override
        public void accept(BibRecord record) {
            delivered++;
            sink.accept(record);
        }

        @Override
        public void reject(Rejection rejection) {
            sink.reject(rejection);
        }
    }

    private static JsonNode tree(JsonParser parser) throws IOException {
        JsonNode node = JSON.readTree(parser);
        return node == null ? NullNode.getInstance() : node;
    }
}
