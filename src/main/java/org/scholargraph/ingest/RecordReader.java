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
}
