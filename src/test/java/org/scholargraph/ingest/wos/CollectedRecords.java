package org.scholargraph.ingest.wos;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.scholargraph.ingest.InputText;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Rejection;

/** What a reader delivered from one input: records and rejections, in order. */
final class CollectedRecords implements RecordSink {

    /** The real WoS samples beside the project (see ../shared/data/SOURCES.md). */
    static final Path SAVEDRECS = Path.of("../shared/data/wos/metaknowledge_savedrecs_32rec.txt");
    static final Path EDGE_CASES = Path.of("../shared/data/wos/metaknowledge_testFile_edgecases.isi");

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

    /** Skips the calling test when a real sample is absent. */
    static Path realSample(Path file) {
        Assumptions.assumeTrue(Files.exists(file), file + " is absent: this test reads the real sample");
        return file;
    }

    /** Reads a file the way a run opens it (gzip, BOM, charset by {@link InputText}). */
    static CollectedRecords read(RecordReader reader, Path file) {
        CollectedRecords sink = new CollectedRecords();
        try (BufferedReader text = InputText.of(file).open()) {
            reader.read(file, text, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** Reads hand-made text as if it were a file. */
    static CollectedRecords read(RecordReader reader, String text) {
        CollectedRecords sink = new CollectedRecords();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            reader.read(Path.of("hand-made.txt"), lines, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sink;
    }

    /** The record that starts on a line. */
    BibRecord at(long line) {
        return records.stream().filter(r -> r.source().line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no record starts on line " + line));
    }
}
