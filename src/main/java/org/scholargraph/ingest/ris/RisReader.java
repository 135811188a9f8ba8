package org.scholargraph.ingest.ris;

import java.io.BufferedReader;
import java.nio.file.Path;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;

/** RIS (reference managers, Scopus RIS with N1 references): not yet read; recognises nothing. */
public final class RisReader implements RecordReader {

    @Override
    public boolean recognises(String head, Path file) {
        return false;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        throw new UnreadableInputException(file, 0, "ris is not read yet");
    }
}
