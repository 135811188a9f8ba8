package org.scholargraph.ingest.semanticscholar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.scholargraph.ingest.JsonInput;
import org.scholargraph.ingest.JsonRecordReader;
import org.scholargraph.ingest.ReadingWorkers;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
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
 * <p>The layouts are told apart and streamed by {@link JsonRecordReader}, which also describes
 * what a broken line or a file cut short become: each element of a {@code data} array or of a
 * top-level array is read as one tree and handed on, never the whole page. A paper at the top level
 * is read as one tree with its {@code references} and {@code citations}: the API sorts keys
 * alphabetically, so the citing papers come before the {@code paperId} they must point back to,
 * and the paper's own size is capped by the API (1000 references or citations in v1). An entry of
 * a citations or references page gives its {@code citingPaper} or {@code citedPaper}. A value that
 * is not a paper (an API error {@code {"error":…}} or {@code {"message":…}}, or the {@code null}
 * that batch responses put for ids the API did not find) is rejected, not turned into a paper.
 *
 * <p>Stateless and thread-safe.
 */
public final class SemanticScholarReader implements RecordReader {

    /** Keys that only Semantic Scholar's papers and authors carry. */
    private static final Set<String> IDENTIFYING_KEYS = Set.of("paperId", "authorId", "corpusId");

    private static final JsonRecordReader PAPERS =
            JsonRecordReader.of("papers", SemanticScholarReader::paper).withRecordLists("data");

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
        return JsonInput.recognises(head, SemanticScholarReader::hasIdentifyingKey, () -> false);
    }

    private static boolean hasIdentifyingKey(JsonParser parser) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME && IDENTIFYING_KEYS.contains(parser.currentName())) {
                JsonToken value = parser.nextToken();
                return value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL || value == JsonToken.VALUE_NUMBER_INT;
            }
        }
        return false;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        PAPERS.read(file, text, sink);
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink, ReadingWorkers workers) throws IOException {
        PAPERS.read(file, text, sink, workers);
    }

    /** One value where a paper stands: a paper, an entry of a citations or references page, or a rejection. */
    private static void paper(JsonNode value, Provenance source, String raw, RecordSink sink) {
        JsonNode paper = value;
        if (value.path("citingPaper").isObject()) {
            paper = value.get("citingPaper");
        } else if (value.path("citedPaper").isObject()) {
            paper = value.get("citedPaper");
        }
        if (paper.isObject()) {
            SemanticScholarPaper.deliver(paper, source, sink);
        } else if (paper.isNull()) {
            sink.reject(new Rejection(source,
                    "null where a paper was expected (a batch response's place for an id Semantic Scholar did not find)", raw));
        } else {
            sink.reject(new Rejection(source, "expected a Semantic Scholar paper or result page, found a JSON "
                    + paper.getNodeType().name().toLowerCase(Locale.ROOT), raw));
        }
    }
}
