package org.scholargraph.ingest.scopus;

import java.io.IOException;
import java.io.Reader;
import org.scholargraph.model.Rejection;

/**
 * Hands the text to the CSV parser and keeps what the parser has read since the current row
 * began, so that a row can be reported with the line it starts on and its text as it stands in
 * the file. Commons CSV gives each row's character offset ({@code CSVRecord.getCharacterPosition()})
 * but no start line, and a quoted Scopus abstract makes one row span many lines; counting the line
 * breaks before that offset here gives the start line whatever the quoting.
 *
 * <p>Holds one row plus the parser's read-ahead: everything before the current row is dropped.
 */
final class CapturingReader extends Reader {

    private final Reader in;
    private final StringBuilder kept = new StringBuilder();
    private long keptFrom;
    private long lineBreaksBefore;

    CapturingReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            kept.append(buffer, offset, n);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Moves to the row the parser reports at character {@code offset} and returns the 1-based line it
     * starts on. The parser reports the offset where it began looking, before any empty lines it
     * skipped, so those are skipped here too.
     */
    long startRowAt(long offset) {
        int cut = (int) Math.max(0, Math.min(offset - keptFrom, kept.length()));
        while (cut < kept.length() && (kept.charAt(cut) == '\n' || kept.charAt(cut) == '\r')) {
            cut++;
        }
        for (int i = 0; i < cut; i++) {
            char c = kept.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= kept.length() || kept.charAt(i + 1) != '\n')) {
                lineBreaksBefore++;
            }
        }
        kept.delete(0, cut);
        keptFrom += cut;
        return lineBreaksBefore + 1;
    }

    /** The line the text read so far has reached, for a message about a row that cannot be parsed. */
    long lineReached() {
        long lines = lineBreaksBefore + 1;
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= kept.length() || kept.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return lines;
    }

    /**
     * The current row's text: from its start to the first line end outside quotes (or as far as
     * read), at most {@link Rejection#RAW_LIMIT} characters.
     */
    String rowText() {
        boolean quoted = false;
        int end = 0;
        int limit = Math.min(kept.length(), Rejection.RAW_LIMIT);
        while (end < limit) {
            char c = kept.charAt(end);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            end++;
        }
        return kept.substring(0, end);
    }
}
