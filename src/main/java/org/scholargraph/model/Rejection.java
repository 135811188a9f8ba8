package org.scholargraph.model;

import java.util.Objects;

/**
 * A record that could not be read, kept whole so that nothing is silently dropped.
 *
 * @param source file and line where the record starts
 * @param reason what is wrong, in words a user can act on
 * @param raw the record's text as it stood in the file (possibly shortened for very long records)
 */
public record Rejection(Provenance source, String reason, String raw) {

    /** Longest raw text kept: enough to find and fix the record, not a whole broken file. */
    public static final int RAW_LIMIT = 10_000;

    public Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        raw = raw == null ? "" : raw.length() > RAW_LIMIT ? raw.substring(0, RAW_LIMIT) : raw;
    }

    /** The message printed on stderr: {@code file:line: reason}. */
    public String message() {
        return source + ": " + reason;
    }
}
