package org.scholargraph.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.scholargraph.ingest.listing.AbstractListReader;
import org.scholargraph.ingest.listing.AuthorPageReader;
import org.scholargraph.ingest.listing.PaperPageReader;
import org.scholargraph.ingest.listing.ReadingListReader;
import org.scholargraph.ingest.openalex.OpenAlexReader;

/**
 * Every input format scholargraph reads, each with its reader. Detection asks the readers in the
 * order declared here, so the more specific formats come first and the loosest listing last.
 */
public enum Format {
    OPENALEX("openalex", "OpenAlex works: API page, single work, or snapshot JSON Lines", OpenAlexReader::new),
    PAPER_PAGE("paper-page", "a saved paper page with 'Added by' and 'Publication date' lines", PaperPageReader::new),
    READING_LIST("reading-list", "a course reading list with reference lines ('A, B and C. Title. Venue, 2019.')",
            ReadingListReader::new),
    AUTHOR_PAGE("author-page", "an author's paper list: title, date line, author line, abstract",
            AuthorPageReader::new),
    ABSTRACT_LIST("abstract-list", "a plain list of abstracts, one paragraph each", AbstractListReader::new);

    private final String id;
    private final String description;
    private final RecordReader reader;

    Format(String id, String description, Supplier<RecordReader> reader) {
        this.id = id;
        this.description = description;
        this.reader = reader.get();
    }

    /** Short id, as in {@code papers.csv} {@code sources} and in messages. */
    public String id() {
        return id;
    }

    /** What a file of this format looks like, in one line. */
    public String description() {
        return description;
    }

    /** The reader for this format. */
    public RecordReader reader() {
        return reader;
    }

    /** The first format whose reader recognises the file's first characters. */
    public static Optional<Format> detect(String head, Path file) {
        return Arrays.stream(values()).filter(f -> f.reader.recognises(head, file)).findFirst();
    }

    /** The format with a short id. */
    public static Optional<Format> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
