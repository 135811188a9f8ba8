package org.scholargraph.ingest.ris;

import org.scholargraph.ingest.CollectedRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scholargraph.ingest.UnreadableInputException;

/** Laws that hold for any input, not only for the samples. */
class RisReaderPropertiesTest {

    private static final String RECORD = "TY  - JOUR\nAU  - Doe, J.\nAU  - Roe, R.\nTI  - Paper %d\nPY  - 20%02d\n"
            + "AB  - An abstract\nover two lines\nKW  - graphs\nDO  - 10.1234/x%d\n"
            + "N1  - References: Doe, J., A cited work (2001) J, 1, pp. 1-2; \nRoe, R., Another (2002) K, 2, p. 3\nER  - \n\n";

    private final RisReader reader = new RisReader();

    @Property
    void neverThrowsAnythingButTheParseError(@ForAll("damagedFiles") String text) {
        try {
            reader.read(Path.of("any.ris"), new BufferedReader(new StringReader(text)), new CollectedRecords());
        } catch (UnreadableInputException expected) {
            assertTrue(expected.line() >= 0);
        }
        reader.recognises(text, Path.of("any.ris"));
    }

    @Property
    void accountsForEveryRecordWhateverTheLineEndings(@ForAll @IntRange(min = 1, max = 8) int records,
            @ForAll("lineEndings") String ending) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= records; i++) {
            text.append(String.format(RECORD, i, i, i));
        }
        CollectedRecords read = CollectedRecords.read(reader, text.toString().replace("\n", ending));

        assertEquals(records, read.records.size());
        assertEquals(0, read.rejections.size());
        for (int i = 0; i < records; i++) {
            assertEquals(1 + 13L * i, read.records.get(i).source().line()); // 13 lines a record, blank line included
            assertEquals(2, read.records.get(i).references().size());
        }
    }

    @Provide
    Arbitrary<String> lineEndings() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }

    @Provide
    Arbitrary<String> damagedFiles() {
        String file = String.format(RECORD, 1, 1, 1) + String.format(RECORD, 2, 2, 2) + String.format(RECORD, 3, 3, 3);
        Arbitrary<String> cut = Arbitraries.integers().between(0, file.length()).map(n -> file.substring(0, n));
        Arbitrary<String> flipped = Arbitraries.integers().between(0, file.length() - 1)
                .flatMap(at -> Arbitraries.strings().ofMaxLength(5).withChars("- \n\rTYERAUN1;\uFEFF")
                        .map(junk -> file.substring(0, at) + junk + file.substring(at + 1)));
        return Arbitraries.oneOf(cut, flipped, Arbitraries.strings().ofMaxLength(120));
    }
}
