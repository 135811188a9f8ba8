package org.scholargraph.ingest.semanticscholar;

import java.io.BufferedReader;
import java.nio.file.Path;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;

/** Semantic Scholar JSON: a paper with references and citations, or search results ('data'): not yet read; recognises nothing. */
public final class SemanticScholarReader implements RecordReader {

    @Override
    public boolean recognises(String head, Path file) {
        return false;
    }

    @Override
    public void read(Path file, BufferedReader text, RecordSink sink) {
        throw new UnreadableInputException(file, 0, "semantic-scholar is not read yet");
    }
}
