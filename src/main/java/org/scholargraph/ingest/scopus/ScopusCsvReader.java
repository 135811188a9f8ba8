package org.scholargraph.ingest.scopus;

import java.io.BufferedReader;
import java.nio.file.Path;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;

/** Scopus CSV export (old header and current one with 'Author(s) ID'): not yet read; recognises nothing. */
public final class ScopusCsvReader implements RecordReader {

    @Override
    public boolean recognises(String head, Path file) {
        return false;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        throw new UnreadableInputException(file, 0, "scopus-csv is not read yet");
    }
}
