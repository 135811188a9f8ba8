package org.scholargraph.ingest.scopus;

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
class ScopusCsvReaderPropertiesTest {

    private static final String HEADER = "Authors,Author(s) ID,Title,Year,Source title,Funding Text 1,Abstract,References,EID\n";
    private static final String ROW = "\"Doe J.%d, Roe R.\",\"1%d;2%d;\",\"Paper %d\",20%02d,\"Venue\",\"funded\","
            + "\"An abstract,\nover \"\"two\"\" lines.\",\"Doe, J., A cited work (2001) J, 1, pp. 1-2; Roe, R., Another (2002) K, 2, p. 3. , "
            + "10.1234/x%d\",\"2-s2.0-%d\"\n";

    private final ScopusCsvReader reader = new ScopusCsvReader();

    @Property
    void neverThrowsAnythingButTheParseError(@ForAll("damagedExports") String text) {
        try {
            reader.read(Path.of("any.csv"), new BufferedReader(new StringReader(text)), new CollectedRecords());
        } catch (UnreadableInputException expected) {
            assertTrue(expected.line() >= 0);
        }
        reader.recognises(text, Path.of("any.csv"));
    }

    @Property
    void accountsForEveryWholeRow(@ForAll @IntRange(min = 1, max = 8) int rows) {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            text.append(String.format(ROW, i, i, i, i, i, i, i));
        }
        CollectedRecords read = CollectedRecords.read(reader, text.toString());

        assertEquals(rows, read.records.size());
        assertEquals(0, read.rejections.size());
        for (int i = 0; i < rows; i++) {
            assertEquals(2 + 2L * i, read.records.get(i).source().line()); // each row spans two lines
            assertEquals(2, read.records.get(i).references().size());
        }
    }

    @Provide
    Arbitrary<String> damagedExports() {
        StringBuilder whole = new StringBuilder(HEADER);
        for (int i = 1; i <= 3; i++) {
            whole.append(String.format(ROW, i, i, i, i, i, i, i));
        }
        String export = whole.toString();
        Arbitrary<String> cut = Arbitraries.integers().between(0, export.length()).map(n -> export.substring(0, n));
        Arbitrary<String> flipped = Arbitraries.integers().between(0, export.length() - 1)
                .flatMap(at -> Arbitraries.strings().ofMaxLength(4).withChars("\",;\n\r\uFEFFx2")
                        .map(junk -> export.substring(0, at) + junk + export.substring(at + 1)));
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(120).map(s -> HEADER + s);
        return Arbitraries.oneOf(cut, flipped, random, Arbitraries.strings().ofMaxLength(80));
    }
}
