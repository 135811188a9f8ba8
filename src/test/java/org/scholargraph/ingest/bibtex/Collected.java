package org.scholargraph.ingest.bibtex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholargraph.ingest.InputText;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Rejection;

/** What the reader delivered from one input: records and rejections, in order. */
final class Collected implements RecordSink {

    final List<BibRecord> records = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void accept(BibRecord record) {
        records.add(record);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    /** Reads a real file the way a run opens it. */
    static Collected read(Path file) {
        Collected sink = new Collected();
        try (BufferedReader text = InputText.of(file).open()) {
            new BibtexReader().read(file, text, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** Reads hand-made text as if it were a file. */
    static Collected read(String text) {
        Collected sink = new Collected();
        new BibtexReader().read(Path.of("hand-made.bib"), new BufferedReader(new StringReader(text)), sink);
        return sink;
    }

    /** The record whose title is {@code title}. */
    BibRecord titled(String title) {
        return records.stream().filter(r -> r.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no record titled " + title + " among " + records));
    }
}
