package org.scholargraph.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a record came from: the file it was read from and the line it starts on (1-based).
 *
 * @param file the input file as given to the run
 * @param line the first line of the record, 1-based
 */
public record Provenance(Path file, long line) implements Comparable<Provenance> {

    public Provenance {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more, was " + line);
        }
    }

    /** The file's name and line, as in error messages: {@code works.jsonl:12}. */
    public String label() {
        return file.getFileName() + ":" + line;
    }

    @Override
    public int compareTo(Provenance other) {
        int byFile = file.toString().compareTo(other.file.toString());
        return byFile != 0 ? byFile : Long.compare(line, other.line);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
