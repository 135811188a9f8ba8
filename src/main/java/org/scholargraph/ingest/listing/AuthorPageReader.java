package org.scholargraph.ingest.listing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Rejection;

/**
 * Reads an author's paper list saved from a "models, code, and papers" web page. After a page
 * header ({@code Models, code, and papers for "Weinan E":}) each paper is a block:
 * <pre>
 * Title of the paper
 *
 * Dec 31, 2017
 * First Author, Second Author, Weinan E
 *
 * The abstract, one paragraph per line.
 *
 * * 30 pages, 5 figures
 *
 *   Click for Model/Code and Paper
 * </pre>
 *
 * <p>The date line is what anchors a block, since titles and abstracts are both free text: the
 * last text line before a date line is the title, the line after it the byline (comma-separated,
 * names kept as written, so "Weinan E" stays whole), and the text lines up to the next block's
 * title are the abstract. Reading keeps one text line in hand to learn whether it is the next
 * title. Lines starting with "* " are the arXiv comment (pages, figures, versions), not abstract;
 * the "Click for Model/Code and Paper" button line is page chrome. Both are skipped. The date
 * gives the year and the day; a date that does not exist (Feb 30) keeps its year only.
 */
public final class AuthorPageReader implements RecordReader {

    private static final Pattern DATE = Pattern.compile(
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),\\s*(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final Pattern NOTE = Pattern.compile("^\\*\\s");
    private static final Pattern BUTTON = Pattern.compile("(?i)^click for model/code and paper$");

    public AuthorPageReader() {
        // stateless
    }

    /**
     * Recognises a head with a block: a text line, then a date line ("Dec 31, 2017"), then a
     * byline. None of the other listing pages has a date line on its own.
     */
    @Override
    public boolean recognises(String head, Path file) {
        if (ListingText.looksBinary(head)) {
            return false;
        }
        String previousText = null;
        boolean afterDate = false;
        for (String line : ListingText.completeLines(head)) {
            if (line.isEmpty()) {
                continue;
            }
            if (afterDate && PersonNames.parse(line).isPresent()) {
                return true;
            }
            afterDate = previousText != null && DATE.matcher(line).matches();
            previousText = line;
        }
        return false;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        Block block = null;
        String heldText = null;
        long heldLine = 0;
        boolean bylineNext = false;
        long lineNumber = 0;
        String raw;
        while ((raw = text.readLine()) != null) {
            lineNumber++;
            String line = ListingText.clean(raw);
            if (line.isEmpty() || NOTE.matcher(line).find() || BUTTON.matcher(line).matches()) {
                continue;
            }
            Matcher date = DATE.matcher(line);
            if (date.matches()) {
                if (block != null) {
                    block.emit(sink);
                }
                block = new Block(new Provenance(file, heldText == null ? lineNumber : heldLine));
                block.title(heldText);
                block.date(date);
                heldText = null;
                bylineNext = true;
                continue;
            }
            if (bylineNext) {
                bylineNext = false;
                Optional<List<String>> names = PersonNames.parse(line);
                if (names.isPresent()) {
                    block.authors(line, names.get());
                    continue;
                }
            }
            if (heldText != null && block != null) {
                block.abstractLine(heldText);
            }
            heldText = line;
            heldLine = lineNumber;
        }
        if (block != null) {
            if (heldText != null) {
                block.abstractLine(heldText);
            }
            block.emit(sink);
        }
    }

    /** The paper being read: the one record this reader holds. */
    private static final class Block {
        private final Provenance source;
        private final BibRecord.Builder record;
        private final StringBuilder abstractText = new StringBuilder();
        private final StringBuilder raw = new StringBuilder();

        Block(Provenance source) {
            this.source = source;
            this.record = BibRecord.builder(source, Format.AUTHOR_PAGE.id());
        }

        void title(String title) {
            if (title != null) {
                record.title(title);
                keep(title);
            }
        }

        void date(Matcher date) {
            keep(date.group());
            int year = Integer.parseInt(date.group(3));
            int month = MONTHS.get(date.group(1).toLowerCase(Locale.ROOT));
            try {
                record.date(LocalDate.of(year, month, Integer.parseInt(date.group(2))));
            } catch (DateTimeException noSuchDay) {
                record.year(year);
            }
        }

        void authors(String line, List<String> names) {
            keep(line);
            names.forEach(name -> record.author(RecordAuthor.named(name)));
        }

        void abstractLine(String line) {
            keep(line);
            if (abstractText.length() > 0) {
                abstractText.append(' ');
            }
            abstractText.append(line);
        }

        void emit(RecordSink sink) {
            record.abstractText(abstractText.toString());
            try {
                sink.accept(record.build());
            } catch (IllegalArgumentException empty) {
                sink.reject(new Rejection(source, "a date line with neither a title before it nor an abstract after it",
                        raw.toString()));
            }
        }

        private void keep(String line) {
            if (raw.length() < Rejection.RAW_LIMIT) {
                raw.append(line).append('\n');
            }
        }
    }
}
