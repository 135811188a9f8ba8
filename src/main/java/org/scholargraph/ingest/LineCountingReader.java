package org.scholargraph.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes a text through to Jackson and notes the last line that held anything but white space.
 * A document cut short fails only when the parser stands past the final line break; the error is
 * then named by the last line with text, where the user will look for the cut.
 */
final class LineCountingReader extends Reader {

    private final Reader text;
    private long line = 1;
    private long lastContentLine = 0;
    private boolean afterCarriageReturn;

    LineCountingReader(Reader text) {
        this.text = text;
    }

    /** The last line, 1-based, that held a character other than white space; 0 before any. */
    long lastContentLine() {
        return lastContentLine;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = text.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '\n') {
                line += afterCarriageReturn ? 0 : 1; // CR LF is one break, as Jackson counts it
            } else if (c == '\r') {
                line++;
            } else if (!Character.isWhitespace(c)) {
                lastContentLine = line;
            }
            afterCarriageReturn = c == '\r';
        }
        return n;
    }

    @Override
    public void close() {
        // the caller owns the text and closes it
    }
}
