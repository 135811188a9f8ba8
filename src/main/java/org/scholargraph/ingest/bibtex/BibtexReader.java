package org.scholargraph.ingest.bibtex;

import java.io.BufferedReader;
import java.nio.file.Path;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;

/** BibTeX (@string, # concatenation, TeX accents, crossref; Scopus and WoS BibTeX exports): not yet read; recognises nothing. */
public final class BibtexReader implements RecordReader {

    @Override
    public boolean recognises(String head, Path file) {
        return false;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        throw new UnreadableInputException(file, 0, "bibtex is not read yet");
    }
}
