package org.scholargraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Rejection;

/** What a reader delivered from one input, records and rejections in order: the sink of reader tests. */
public final class CollectedRecords implements RecordSink {

    public final List<BibRecord> records = new ArrayList<>();
    public final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void accept(BibRecord record) {
        records.add(record);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    /** Reads a real file the way a run opens it. */
    public static CollectedRecords read(RecordReader reader, Path file) {
        CollectedRecords sink = new CollectedRecords();
        try (BufferedReader text = InputText.of(file).open()) {
            reader.read(file, text, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** Reads hand-made text as if it were a file. */
    public static CollectedRecords read(RecordReader reader, String text) {
        CollectedRecords sink = new CollectedRecords();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            reader.read(Path.of("hand-made.txt"), lines, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }
}
