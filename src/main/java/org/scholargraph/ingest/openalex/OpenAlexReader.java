package org.scholargraph.ingest.openalex;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.scholargraph.ingest.JsonInput;
import org.scholargraph.ingest.JsonRecordReader;
import org.scholargraph.ingest.ReadingWorkers;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;

/**
 * Reads OpenAlex works (<a href="https://docs.openalex.org/api-entities/works/work-object">the work
 * object</a>) from an API page ({@code {"meta":…,"results":[work, …]}}), a single work, a JSON array
 * of works, or a snapshot in JSON Lines (one work a line), through {@link JsonRecordReader}, which
 * describes how each layout is told apart and streamed and what a broken line or a file cut short
 * become. A record's line is where its work object starts (in JSON Lines, the work's line).
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
 * <p>Stateless and thread-safe.
 */
public final class OpenAlexReader implements RecordReader {

    private static final Pattern WORK_URL = Pattern.compile("https?://openalex\\.org/W\\d+", Pattern.CASE_INSENSITIVE);

    private static final JsonRecordReader WORKS = JsonRecordReader.of("works",
            JsonRecordReader.Mapping.checked("OpenAlex work", OpenAlexWork::wrongShape, OpenAlexWork::toRecord))
            .withRecordLists("results");

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
        return JsonInput.recognises(head, OpenAlexReader::startsWithWork, () -> false);
    }

    /** Whether the value the parser is about to read is a work, a page of works or an array of works. */
    private static boolean startsWithWork(JsonParser parser) throws IOException {
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
        WORKS.read(file, text, sink);
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink, ReadingWorkers workers) throws IOException {
        WORKS.read(file, text, sink, workers);
    }
}
