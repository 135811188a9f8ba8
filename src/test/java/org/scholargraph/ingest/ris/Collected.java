package org.scholargraph.ingest.ris;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholargraph.ingest.InputText;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Rejection;

/** What a reader delivered from one input: records and rejections, in order. */
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

    /** Reads a real file the way a run opens it (BOM removed, charset detected). */
    static Collected read(RecordReader reader, Path file) {
        Collected sink = new Collected();
        try (BufferedReader text = InputText.of(file).open()) {
            reader.read(file, text, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** Reads hand-made text as if it were a file. */
    static Collected read(RecordReader reader, String text) {
        Collected sink = new Collected();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            reader.read(Path.of("hand-made.ris"), lines, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }
}
