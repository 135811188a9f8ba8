package org.scholargraph.ingest.crossref;

import java.io.BufferedReader;
import java.nio.file.Path;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;

/** Crossref works JSON: one work (with or without 'message') or a works list ('items'): not yet read; recognises nothing. */
public final class CrossrefReader implements RecordReader {

    @Override
    public boolean recognises(String head, Path file) {
        return false;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        throw new UnreadableInputException(file, 0, "crossref is not read yet");
    }
}
