package org.scholargraph.ingest.csl;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholargraph.ingest.JsonInput;
import org.scholargraph.ingest.JsonRecordReader;
import org.scholargraph.ingest.ReadingWorkers;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;

/**
 * Reads CSL-JSON, the citation data of citeproc: what Zotero ("Export → CSL JSON"), Mendeley,
 * Pandoc, Manubot, Better BibTeX and {@code doi.org} content negotiation
 * ({@code Accept: application/vnd.citationstyles.csl+json}) write. A file is an array of items, or
 * one item (content negotiation returns a single object), several of these one after another, or
 * JSON Lines of them. The layouts are told apart and streamed by {@link JsonRecordReader}, which
 * also describes what a broken line or a file cut short become; a record's line is where its item
 * object starts. An item of the wrong shape (not an object, or with neither title nor DOI/PMID) is
 * rejected and reading goes on. What is taken from an item is described in {@link CslItem}.
 *
 * <p>Stateless and thread-safe.
 */
public final class CslJsonReader implements RecordReader {

    /** The item types of CSL 1.0.2. Crossref's types ("journal-article", "proceedings-article") are not among them. */
    private static final Set<String> CSL_TYPES = Set.of("article", "article-journal", "article-magazine",
            "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset", "document",
            "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
            "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
            "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
            "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech", "standard",
            "thesis", "treaty", "webpage");
    /** Keys that mark another format's object: Crossref, OpenAlex, Semantic Scholar. */
    private static final Set<String> FOREIGN_KEYS = Set.of("member", "reference-count", "references-count",
            "message-type", "message", "indexed", "deposited", "paperId", "authorships", "publication_year");
    private static final Pattern OPENALEX_WORK = Pattern.compile("(?i)^https?://openalex\\.org/W\\d+");

    private static final JsonRecordReader ITEMS = JsonRecordReader.of("items",
            JsonRecordReader.Mapping.checked("CSL-JSON item", CslItem::wrongShape, CslItem::toRecord));

    /** Creates the reader; it holds no state. */
    public CslJsonReader() {
    }

    /**
     * True when the first item (the object itself, or the first of an array) has a string
     * {@code type} and an {@code issued} date or an {@code author} named by {@code family} or
     * {@code literal}, and its type is a CSL type or both of those are there; and has none of
     * Crossref's ({@code member}, {@code reference-count}, {@code message-type}), OpenAlex's or
     * Semantic Scholar's keys, nor a {@code title} that is an array (Crossref). Formats asked before
     * this one in the detection order (Crossref among them) have already had their turn.
     */
    @Override
    public boolean recognises(String head, Path file) {
        ItemKeys keys = new ItemKeys();
        // a head that ends inside the item is judged by the keys seen so far
        return JsonInput.recognises(head, parser -> {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY && parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                keys.see(parser.currentName(), parser, parser.nextToken());
            }
            return keys.csl();
        }, keys::csl);
    }

    /** What the keys of one object say about it. */
    private static final class ItemKeys {
        private String type = "";
        private boolean issued;
        private boolean namedAuthor;
        private boolean foreign;

        /** Notes one key; the parser is at its value and is left at the value's end. */
        void see(String name, JsonParser parser, JsonToken value) throws IOException {
            if (FOREIGN_KEYS.contains(name)) {
                foreign = true;
            } else if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                type = parser.getText();
            } else if (name.equals("issued") && (value == JsonToken.START_OBJECT || value == JsonToken.VALUE_STRING)) {
                issued = true;
            } else if (name.equals("title") && value == JsonToken.START_ARRAY) {
                foreign = true;
            } else if (name.equals("id") && value == JsonToken.VALUE_STRING && OPENALEX_WORK.matcher(parser.getText()).find()) {
                foreign = true;
            } else if (name.equals("author") && value == JsonToken.START_ARRAY) {
                JsonToken element = parser.nextToken();
                while (element != JsonToken.END_ARRAY) {
                    if (element == null) {
                        throw new JsonParseException(parser, "end of input inside the authors");
                    }
                    if (element == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String part = parser.currentName();
                            namedAuthor |= part.equals("family") || part.equals("literal");
                            parser.nextToken();
                            parser.skipChildren();
                        }
                    }
                    parser.skipChildren();
                    element = parser.nextToken();
                }
                return;
            }
            parser.skipChildren();
        }

        boolean csl() {
            boolean typed = !type.isEmpty() && (CSL_TYPES.contains(type) || issued && namedAuthor);
            return typed && !foreign && (issued || namedAuthor);
        }
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        ITEMS.read(file, text, sink);
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink, ReadingWorkers workers) throws IOException {
        ITEMS.read(file, text, sink, workers);
    }
}
