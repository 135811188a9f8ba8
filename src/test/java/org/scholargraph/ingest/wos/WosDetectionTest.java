package org.scholargraph.ingest.wos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scholargraph.ingest.wos.CollectedRecords.EDGE_CASES;
import static org.scholargraph.ingest.wos.CollectedRecords.SAVEDRECS;
import static org.scholargraph.ingest.wos.CollectedRecords.realSample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.InputText;

class WosDetectionTest {

    private final WosPlainReader plain = new WosPlainReader();
    private final WosTabReader tab = new WosTabReader();

    @TempDir
    Path dir;

    @Test
    void recognisesBothRealPlainTextExportsAndDetectionPicksThem() throws IOException {
        for (Path file : List.of(realSample(SAVEDRECS), realSample(EDGE_CASES))) {
            String head = InputText.of(file).head();

            assertTrue(plain.recognises(head, file), file.toString());
            assertFalse(tab.recognises(head, file), file.toString());
            assertEquals(Optional.of(Format.WOS_PLAIN), Format.detect(head, file), file.toString());
        }
    }

    @Test
    void recognisesTheTabDelimitedExportAndDetectionPicksIt() throws IOException {
        Path file = dir.resolve("savedrecs.txt");
        Files.writeString(file, "\uFEFF" + NetworkPapers.TAB, StandardCharsets.UTF_8);
        String head = InputText.of(file).head();

        assertTrue(tab.recognises(head, file));
        assertFalse(plain.recognises(head, file));
        assertEquals(Optional.of(Format.WOS_TAB), Format.detect(head, file));
    }

    @Test
    void recognisesNoOtherFormatsRealSampleNorTheSeeds() throws IOException {
        Path data = Path.of("../shared/data");
        Path seeds = Path.of("../shared/seeds");
        Assumptions.assumeTrue(Files.isDirectory(data), "../shared/data is absent: this test reads the real samples");
        List<Path> others;
        try (Stream<Path> files = Stream.concat(Files.walk(data), Files.isDirectory(seeds) ? Files.walk(seeds) : Stream.empty())) {
            others = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getParent().getFileName().toString().equals("wos"))
                    .filter(p -> !p.getFileName().toString().equals("SOURCES.md"))
                    .sorted().toList();
        }
        assertTrue(others.size() > 20, "expected the other formats' samples, found " + others);
        for (Path file : others) {
            String head = InputText.of(file).head();

            assertFalse(plain.recognises(head, file), file.toString());
            assertFalse(tab.recognises(head, file), file.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PT J\nAU Newman, MEJ\nTI x\n",
        "\n\nFN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Newman, MEJ\n",
        "FN Thomson Reuters Web of Science\n",
        "FN ISI Export Format\nVR 1.0\n"
    })
    void recognisesPlainTextHeads(String head) {
        assertTrue(plain.recognises(head, Path.of("savedrecs.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PMID- 10521342\nPT  - Journal Article\nTI  - Emergence of scaling\n",
        "PT  - Journal Article\nTI  - Emergence of scaling\n",
        "TY  - JOUR\nAU  - Watts, D. J.\n",
        "PT\tAU\tTI\nJ\tWatts, DJ\tCollective dynamics\n",
        "PT Journal\nAU Watts\n",
        "FN Notes\nThese are my notes.\n",
        ""
    })
    void recognisesNoOtherHeadAsPlainText(String head) {
        assertFalse(plain.recognises(head, Path.of("notes.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PT\tAU\tTI\tSO\nJ\tWatts, DJ\tCollective dynamics\tNATURE\n",
        "FN\tPT\tAU\tTI\n"
    })
    void recognisesTabHeaders(String head) {
        assertTrue(tab.recognises(head, Path.of("savedrecs.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "PT J\nAU Newman, MEJ\n",
        "PT\tAU\tSO\n",
        "Authors\tTitle\tYear\n",
        "PT\tAU\tTitle\tTI\n",
        ""
    })
    void recognisesNoOtherHeadAsTab(String head) {
        assertFalse(tab.recognises(head, Path.of("export.txt")));
    }
}
