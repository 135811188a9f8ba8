package org.scholargraph.ingest;

import java.nio.file.Path;

/**
 * A file that cannot be read at all (unknown format, cut in half, not text): the run stops with
 * {@code file:line: what is wrong} and writes nothing.
 */
public final class UnreadableInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    public UnreadableInputException(Path file, long line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public UnreadableInputException(Path file, long line, String message, Throwable cause) {
        this(file, line, message);
        initCause(cause);
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** The line where reading failed, or 0 when the whole file is at fault. */
    public long line() {
        return line;
    }
}
