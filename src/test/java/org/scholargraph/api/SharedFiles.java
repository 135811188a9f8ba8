package org.scholargraph.api;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real files beside the project in {@code ../shared}; tests that need them skip when it is absent. */
final class SharedFiles {

    static final Path SHARED = Path.of("..", "shared");

    private SharedFiles() {
    }

    /** The one file of {@code ../shared/<folder>} matching {@code glob}; skips the test when there is none. */
    static Path file(String folder, String glob) {
        Path dir = SHARED.resolve(folder);
        assumeTrue(Files.isDirectory(dir), "../shared/" + folder + " is absent: this test reads real files from there");
        try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, glob)) {
            for (Path match : matches) {
                return match;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assumeTrue(false, "no file " + glob + " in ../shared/" + folder);
        return null;
    }

    /** The folder {@code ../shared/<folder>}; skips the test when it is absent. */
    static Path folder(String folder) {
        Path dir = SHARED.resolve(folder);
        assumeTrue(Files.isDirectory(dir), "../shared/" + folder + " is absent: this test reads real files from there");
        return dir;
    }
}
