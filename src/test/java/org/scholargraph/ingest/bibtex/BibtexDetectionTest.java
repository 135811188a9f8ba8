package org.scholargraph.ingest.bibtex;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scholargraph.ingest.InputText;

/** {@code recognises}: true on BibTeX, false on every other sample and on the seed pages. */
class BibtexDetectionTest {

    private static final Path DATA = Path.of("../shared/data");
    private static final Path SEEDS = Path.of("../shared/seeds");

    private final BibtexReader reader = new BibtexReader();

    static List<Path> bibtexSamples() throws IOException {
        return filesUnder(DATA.resolve("bibtex"));
    }

    static List<Path> otherSamples() throws IOException {
        Stream<Path> data = filesUnder(DATA).stream().filter(p -> !p.startsWith(DATA.resolve("bibtex")));
        return Stream.concat(data, filesUnder(SEEDS).stream()).distinct().toList();
    }

    /** The files of a folder; when it is absent, the folder itself, so that each test skips saying why. */
    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of(folder);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("bibtexSamples")
    void recognisesTheBibtexSamples(Path file) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " is absent: this test reads the real samples");
        assertTrue(reader.recognises(InputText.of(file).head(), file), file.toString());
    }

    @ParameterizedTest
    @MethodSource("otherSamples")
    void doesNotRecogniseOtherFormats(Path file) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(file), file + " is absent: this test reads the real samples");
        assertFalse(reader.recognises(InputText.of(file).head(), file), file.toString());
    }

    @Test
    void samplesArePresent() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(DATA.resolve("bibtex")), "../shared/data is absent: these tests read the real samples");
        assertTrue(bibtexSamples().size() >= 6);
        assertTrue(otherSamples().size() >= 20);
    }

    @Test
    void recognisesAnEntryAfterFreeTextButNotJsonOrAnEmailAddress() {
        assertTrue(reader.recognises("Scopus\nEXPORT DATE: 08 July 2023\n\n@ARTICLE{Haseli202079,\n", Path.of("x.txt")));
        assertTrue(reader.recognises("  @book (knuth84,\n", Path.of("x")));
        assertFalse(reader.recognises("{\"title\": \"@article{x,\"}\n", Path.of("x.json")));
        assertFalse(reader.recognises("[\n@article{x,\n]", Path.of("x.json")));
        assertFalse(reader.recognises("AU  - Smith, J.\nN1  - mail someone@example.org{x}\n", Path.of("x.ris")));
        assertFalse(reader.recognises("", Path.of("empty.bib")));
    }
}
