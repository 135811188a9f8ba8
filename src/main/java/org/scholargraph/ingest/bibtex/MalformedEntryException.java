package org.scholargraph.ingest.bibtex;

/** An entry that cannot be read; the reader rejects it and goes on with the next one. */
final class MalformedEntryException extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedEntryException(String reason) {
        super(reason, null, false, false);
    }
}
