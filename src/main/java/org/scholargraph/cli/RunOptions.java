package org.scholargraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The options of {@code scholargraph run}, checked once here.
 *
 * @param output the export folder
 * @param strict whether the first bad record is fatal
 * @param threads worker threads, 1 or more
 * @param inputs files and folders to read, at least one
 */
record RunOptions(Path output, boolean strict, int threads, List<Path> inputs) {

    RunOptions {
        Objects.requireNonNull(output, "output");
        inputs = List.copyOf(inputs);
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be 1 or more, was " + threads);
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
    }
}
