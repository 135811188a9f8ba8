package org.scholargraph.ingest.listing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Rejection;

/**
 * Reads a saved paper page of a research-sharing site: one paper with its abstract, followed by
 * abstracts of related papers. The page reads, line by line:
 * <pre>
 * Do you want to publish a course? Click here        (site header)
 * Deep Relaxation: partial differential equations ...   (title)
 * 63   0   0.0 ( 0 )                                  (views, downloads, rating)
 *  Added by Pratik Chaudhari
 *  Publication date 2017
 * and research's language is English                  (chrome)
 * In this paper we establish ...                      (abstract)
 * rate research / Read More                           (start of the related papers)
 * We describe a neural-based method ...               (related abstract)
 * 112 - Julius Ruseckas 2019                          (views - author year of the next one)
 * In this work we systematically analyze ...          (related abstract)
 * suggested questions / comments / Arabic site text   (footer)
 * </pre>
 *
 * <p>Rules, each for a quirk of the page:
 * <ul>
 *   <li>The title is the last text line before the stats line, or before the first "Added by" or
 *       "Publication date" line when the stats line is missing; lines above it are site header.</li>
 *   <li>The person in "Added by" is who uploaded the paper, usually its author; the page names no
 *       other, so it is taken as the author.</li>
 *   <li>Only prose lines (see {@link ListingText#isProse}) are abstract text, which leaves out the
 *       chrome between the dates and the abstract.</li>
 *   <li>After "rate research" or "Read More" each prose line is one related abstract-only record.
 *       A "views - Name year" line gives the author and year of the abstract after it, and may
 *       also start that abstract's line.</li>
 *   <li>The related list ends at the first line that is neither prose, nor such a line, nor a
 *       "Read More": the footer's "suggested questions", comments and lines in other scripts
 *       never become records.</li>
 * </ul>
 */
public final class PaperPageReader implements RecordReader {

    private static final Pattern STATS = Pattern.compile("\\d+\\s+\\d+\\s+\\d+(?:\\.\\d+)?\\s*\\(\\s*\\d+\\s*\\)");
    private static final Pattern ADDED_BY = Pattern.compile("(?i)added by\\s+(\\S.*)");
    private static final Pattern PUBLICATION_DATE =
            Pattern.compile("(?i)publication date\\s+((?:19|20)\\d{2})(?:-(\\d{2})-(\\d{2}))?\\b.*");
    private static final Pattern RELATED_START = Pattern.compile("(?i)rate research|read more");
    /** "112 - Julius Ruseckas 2019", possibly followed by the abstract on the same line. */
    private static final Pattern RELATED_AUTHOR =
            Pattern.compile("\\d+\\s*-\\s*(\\S.*?)\\s+((?:19|20)\\d{2})(?:\\s+(\\S.*))?");

    private enum Part { HEADER, PAPER, RELATED, FOOTER }

    public PaperPageReader() {
        // stateless
    }

    /** Recognises a head with both an "Added by" and a "Publication date" line. */
    @Override
    public boolean recognises(String head, Path file) {
        if (ListingText.looksBinary(head)) {
            return false;
        }
        boolean addedBy = false;
        boolean publicationDate = false;
        for (String line : ListingText.completeLines(head)) {
            addedBy |= ADDED_BY.matcher(line).matches() && PersonNames.isName(addedByName(line));
            publicationDate |= PUBLICATION_DATE.matcher(line).matches();
        }
        return addedBy && publicationDate;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        Part part = Part.HEADER;
        BibRecord.Builder paper = null;
        Provenance paperSource = null;
        StringBuilder paperAbstract = new StringBuilder();
        StringBuilder paperRaw = new StringBuilder();
        String lastText = null;
        long lastTextLine = 0;
        Related related = null;
        long lineNumber = 0;
        String raw;
        while ((raw = text.readLine()) != null) {
            lineNumber++;
            String line = ListingText.clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            switch (part) {
                case HEADER:
                case PAPER: {
                    boolean stats = STATS.matcher(line).matches();
                    Matcher addedBy = ADDED_BY.matcher(line);
                    Matcher published = PUBLICATION_DATE.matcher(line);
                    boolean metadata = stats || addedBy.matches() || published.matches();
                    if (part == Part.HEADER && metadata) {
                        paperSource = new Provenance(file, lastText == null ? lineNumber : lastTextLine);
                        paper = BibRecord.builder(paperSource, Format.PAPER_PAGE.id()).title(lastText);
                        keep(paperRaw, lastText);
                        part = Part.PAPER;
                    }
                    if (part == Part.HEADER) {
                        lastText = line;
                        lastTextLine = lineNumber;
                    } else if (addedBy.matches()) {
                        String name = addedByName(line);
                        if (PersonNames.isName(name)) {
                            paper.author(RecordAuthor.named(name));
                        }
                        keep(paperRaw, line);
                    } else if (published.matches()) {
                        publication(paper, published);
                        keep(paperRaw, line);
                    } else if (RELATED_START.matcher(line).matches()) {
                        emit(paper, paperSource, paperAbstract, paperRaw, sink);
                        paper = null;
                        part = Part.RELATED;
                    } else if (ListingText.isProse(line)) {
                        append(paperAbstract, line);
                        keep(paperRaw, line);
                    }
                    break;
                }
                case RELATED: {
                    if (RELATED_START.matcher(line).matches()) {
                        break;
                    }
                    Matcher author = RELATED_AUTHOR.matcher(line);
                    if (author.matches() && PersonNames.parse(author.group(1)).isPresent()) {
                        related = new Related(new Provenance(file, lineNumber), author.group(1),
                                Integer.parseInt(author.group(2)));
                        if (author.group(3) == null) {
                            break;
                        }
                        line = author.group(3);
                    }
                    if (ListingText.isProse(line)) {
                        Provenance source = related != null ? related.source : new Provenance(file, lineNumber);
                        BibRecord.Builder record = BibRecord.builder(source, Format.PAPER_PAGE.id()).abstractText(line);
                        if (related != null) {
                            PersonNames.parse(related.authors).orElse(List.of())
                                    .forEach(name -> record.author(RecordAuthor.named(name)));
                            record.year(related.year);
                        }
                        sink.accept(record.build());
                        related = null;
                    } else {
                        part = Part.FOOTER;
                    }
                    break;
                }
                case FOOTER:
                default:
                    break;
            }
        }
        if (paper != null) {
            emit(paper, paperSource, paperAbstract, paperRaw, sink);
        }
        if (part == Part.HEADER && lastText != null) {
            throw new UnreadableInputException(file, 0,
                    "no stats, 'Added by' or 'Publication date' line: not a saved paper page");
        }
    }

    private static String addedByName(String line) {
        Matcher m = ADDED_BY.matcher(line);
        return m.matches() ? m.group(1).strip() : "";
    }

    private static void publication(BibRecord.Builder paper, Matcher published) {
        int year = Integer.parseInt(published.group(1));
        paper.year(year);
        if (published.group(2) != null) {
            try {
                paper.date(LocalDate.of(year, Integer.parseInt(published.group(2)),
                        Integer.parseInt(published.group(3))));
            } catch (DateTimeException noSuchDay) {
                // the year stands on its own
            }
        }
    }

    private static void emit(BibRecord.Builder paper, Provenance source, StringBuilder abstractText,
            StringBuilder raw, RecordSink sink) {
        paper.abstractText(abstractText.toString());
        BibRecord record;
        try {
            record = paper.build();
        } catch (IllegalArgumentException empty) {
            sink.reject(new Rejection(source, "a paper page with neither a title nor an abstract", raw.toString()));
            return;
        }
        sink.accept(record);
    }

    private static void append(StringBuilder text, String line) {
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(line);
    }

    /** Keeps a line of the paper's raw text for a rejection, up to {@link Rejection#RAW_LIMIT}. */
    private static void keep(StringBuilder raw, String line) {
        if (line != null && raw.length() < Rejection.RAW_LIMIT) {
            raw.append(line).append('\n');
        }
    }

    /** Author and year announced for the next related abstract, and the line announcing them. */
    private record Related(Provenance source, String authors, int year) {
    }
}
