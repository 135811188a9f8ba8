package org.scholargraph.ingest.listing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Rejection;

/**
 * Reads a plain list of abstracts, one paragraph each, with no titles, authors or dates: the
 * text left when only the abstracts of a listing are saved. Each paragraph becomes an
 * abstract-only record (empty title); the resolve stage later matches it to a titled record of
 * the same paper, possibly an earlier version of the same text.
 *
 * <p>A paragraph is usually one line, and consecutive lines are separate abstracts even without a
 * blank line between them. A line is continued by the next one only when it was hard-wrapped:
 * it does not end a sentence and the next line starts in lower case (an abstract that ends with a
 * URL, say, is still followed by a new abstract starting with a capital). A blank line always ends
 * a paragraph. A paragraph shorter than {@link #MIN_WORDS} words is a heading or a stray line,
 * not an abstract, and is rejected.
 *
 * <p>This is the loosest listing format, detected last, yet it still demands that most lines of
 * the head be paragraphs of Latin-script prose, and rejects binary data, JSON or XML and tagged
 * formats (RIS {@code TY  -}, MEDLINE {@code PMID-}, Web of Science {@code PT J}, BibTeX
 * <code>@article{</code>).
 */
public final class AbstractListReader implements RecordReader {

    /** Fewest words of a paragraph taken for an abstract. */
    public static final int MIN_WORDS = 8;

    /** Share of the head's non-empty lines that must be prose: author and paper pages stay far below. */
    private static final double MIN_PROSE_SHARE = 0.6;
    /** Characters that end a sentence, so the next line starts a new abstract whatever its case. */
    private static final String SENTENCE_END = ".!?)]\"”'";
    private static final Pattern WORDS = Pattern.compile("\\s+");

    public AbstractListReader() {
        // stateless
    }

    /**
     * Recognises a head whose non-empty lines are mostly prose paragraphs (three in five or more),
     * and that is neither empty, binary, JSON, XML nor tagged.
     */
    @Override
    public boolean recognises(String head, Path file) {
        String start = head.stripLeading();
        if (start.isEmpty() || ListingText.looksBinary(head) || start.startsWith("{") || start.startsWith("[")
                || start.startsWith("<")) {
            return false;
        }
        List<String> lines = ListingText.completeLines(head);
        int nonEmpty = 0;
        int prose = 0;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (ListingText.isTagged(line) || isMarkdownStructure(line)) {
                return false;
            }
            nonEmpty++;
            if (ListingText.isProse(line)) {
                prose++;
            }
        }
        return prose > 0 && prose >= MIN_PROSE_SHARE * nonEmpty;
    }

    /**
     * A Markdown heading or table row: a README or notes file beside the data, whose table rows
     * are long enough to pass for prose but are no abstracts.
     */
    private static boolean isMarkdownStructure(String line) {
        String s = line.strip();
        return s.startsWith("# ") || s.startsWith("## ") || s.startsWith("|") && s.endsWith("|") && s.length() > 1;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) throws IOException {
        StringBuilder paragraph = new StringBuilder();
        long paragraphLine = 0;
        long lineNumber = 0;
        String raw;
        while ((raw = text.readLine()) != null) {
            lineNumber++;
            String line = ListingText.clean(raw);
            boolean continues = paragraph.length() > 0 && !line.isEmpty()
                    && SENTENCE_END.indexOf(paragraph.charAt(paragraph.length() - 1)) < 0 && Character.isLowerCase(line.codePointAt(0));
            if (!continues && paragraph.length() > 0) {
                emit(new Provenance(file, paragraphLine), paragraph.toString(), sink);
                paragraph.setLength(0);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (paragraph.length() == 0) {
                paragraphLine = lineNumber;
            } else {
                paragraph.append(' ');
            }
            paragraph.append(line);
        }
        if (paragraph.length() > 0) {
            emit(new Provenance(file, paragraphLine), paragraph.toString(), sink);
        }
    }

    private static void emit(Provenance source, String paragraph, RecordSink sink) {
        int words = WORDS.split(paragraph).length;
        if (words < MIN_WORDS) {
            sink.reject(new Rejection(source, "a line of " + words + " words is too short to be an abstract",
                    paragraph));
            return;
        }
        sink.accept(BibRecord.builder(source, Format.ABSTRACT_LIST.id()).abstractText(paragraph).build());
    }
}
