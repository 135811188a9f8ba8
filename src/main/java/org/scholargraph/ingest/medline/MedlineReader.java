package org.scholargraph.ingest.medline;

import java.io.BufferedReader;
import java.nio.file.Path;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;

/** PubMed/MEDLINE text (FAU, AU, DP, MH, OT, PMID): not yet read; recognises nothing. */
public final class MedlineReader implements RecordReader {

    @Override
    public boolean recognises(String head, Path file) {
        return false;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        throw new UnreadableInputException(file, 0, "medline is not read yet");
    }
}
