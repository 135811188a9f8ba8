package org.scholargraph.ingest.listing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;

/**
 * Reads a course reading list saved from a web page: a syllabus with lecture headers, talk
 * abstracts and, under them, bulleted reference lines such as
 * <pre>
 *     • Mikhail Belkin, Daniel Hsu, Siyuan Ma, Soumik Mandal. Reconciling modern machine learning
 *       practice and the bias-variance trade-off. PNAS, 2019, 116 (32). [ arXiv:1812.11118 ]
 * </pre>
 * (one line in the file). Each reference line becomes one record with its authors, title, venue,
 * year and arXiv id; every other line of the page is page text and gives nothing.
 *
 * <p>Which lines are references is decided by their structure, line by line, with or without a
 * bullet: a byline, a title, then a year, an arXiv id or a venue (see {@link CitationLine} for the
 * rules and the quirks they handle). So the bulleted names of a student seminar (no title), a
 * numbered list of talk topics (no byline), a "[ video ]" link or a course name are not records,
 * nor are lecture headers and {@code [Title]:}, {@code [Abstract]:}, {@code [Speaker]:} lines.
 * A line with a byline and a title but nothing after it (a talk named with its speaker, say) is
 * not taken either: nothing on it shows a publication.
 *
 * <p>Author names are kept as written, surname-only bylines ("Mei, Montanari, and Nguyen")
 * included; an upper-case surname before a comma joins the given name after it ("GAO, Chao").
 */
public final class ReadingListReader implements RecordReader {

    /** Reference lines with a year or an arXiv id that the head must show to be taken for a reading list. */
    private static final int MIN_REFERENCES_TO_RECOGNISE = 2;

    public ReadingListReader() {
        // stateless
    }

    /**
     * Recognises a head with at least two lines that read as dated or arXiv-identified
     * references. Author pages, abstract lists and paper pages have bylines without a title after
     * them, or prose that is no byline, so they give none.
     */
    @Override
    public boolean recognises(String head, Path file) {
        if (ListingText.looksBinary(head)) {
            return false;
        }
        int references = 0;
        for (String line : ListingText.completeLines(head)) {
            Optional<CitationLine> reference = CitationLine.parse(line);
            if (reference.isPresent() && reference.get().datedOrIdentified()
                    && ++references >= MIN_REFERENCES_TO_RECOGNISE) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        long lineNumber = 0;
        String line;
        while ((line = text.readLine()) != null) {
            lineNumber++;
            Optional<CitationLine> reference = CitationLine.parse(line);
            if (reference.isPresent()) {
                sink.accept(toRecord(reference.get(), new Provenance(file, lineNumber)));
            }
        }
    }

    private static BibRecord toRecord(CitationLine reference, Provenance source) {
        BibRecord.Builder record = BibRecord.builder(source, Format.READING_LIST.id())
                .title(reference.title())
                .venue(reference.venue());
        reference.authors().forEach(name -> record.author(RecordAuthor.named(name)));
        reference.year().ifPresent(record::year);
        reference.arxivId().ifPresent(id -> record.id(IdScheme.ARXIV, id));
        return record.build();
    }
}
