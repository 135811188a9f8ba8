package org.scholargraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one bibliographic format. A reader streams: it holds at most one record in memory and
 * hands each to the sink as soon as it is complete. A broken record is rejected and reading goes
 * on; a file that cannot be read at all raises {@link UnreadableInputException}.
 *
 * <p>Readers are stateless and may be shared between threads.
 */
public interface RecordReader {

    /**
     * Whether this reader recognises a file from its first characters ({@link InputText#HEAD_CHARS}
     * at most, the byte-order mark removed, possibly cut inside a record). Detection is by content:
     * no reader goes by the file's name.
     */
    boolean recognises(String head, Path file);

    /** Reads every record of the text, which starts at line 1 of {@code file}. */
    void read(Path file, BufferedReader text, RecordSink sink) throws IOException;

    /**
     * Reads as {@link #read(Path, BufferedReader, RecordSink)} does, each record prepared by
     * {@code workers} before the sink accepts it; a reader that can parse on the workers' threads
     * does, holding a few batches of records instead of one, and still delivers in the file's order
     * on the calling thread. By default the calling thread reads.
     */
    default void read(Path file, BufferedReader text, RecordSink sink, ReadingWorkers workers) throws IOException {
        read(file, text, workers.preparing(sink));
    }
}
