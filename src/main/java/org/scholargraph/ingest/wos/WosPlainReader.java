package org.scholargraph.ingest.wos;

import java.io.BufferedReader;
import java.nio.file.Path;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;

/** Web of Science plain text export (tagged: PT, AU, TI, …, ER): not yet read; recognises nothing. */
public final class WosPlainReader implements RecordReader {

    @Override
    public boolean recognises(String head, Path file) {
        return false;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        throw new UnreadableInputException(file, 0, "wos is not read yet");
    }
}
