package org.scholargraph.ingest.listing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.scholargraph.ingest.InputText;

/**
 * The four real listing pages in {@code ../shared/seeds/} (read, never copied into the repository).
 * A test that needs one is skipped, with the reason, when the folder is absent.
 */
enum SeedPages {
    AUTHOR_PAGE("000_"),
    ABSTRACT_LIST("001_"),
    READING_LIST("002_"),
    PAPER_PAGE("003_");

    private static final Path FOLDER = Path.of("../shared/seeds");

    private final String prefix;

    SeedPages(String prefix) {
        this.prefix = prefix;
    }

    /** The seed file, or the calling test is skipped. */
    Path file() {
        Assumptions.assumeTrue(Files.isDirectory(FOLDER), "seed pages not available at " + FOLDER.toAbsolutePath());
        try (Stream<Path> files = Files.list(FOLDER)) {
            Path found = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
            Assumptions.assumeTrue(found != null, "no seed page " + prefix + "* in " + FOLDER.toAbsolutePath());
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first characters of the seed, as detection sees them. */
    String head() {
        try {
            return InputText.of(file()).head();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
