package org.scholargraph.cli;

import static org.scholargraph.cli.Outcome.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --thesaurus}, {@code --split-list} and {@code --keep-versions} on the shipped sample. */
class RunResolutionOptionsTest {

    @TempDir
    Path temp;

    private static List<String> authorNames(Path export) throws IOException {
        try (Reader in = Files.newBufferedReader(export.resolve("authors.csv"), StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).stream()
                    .map(row -> row.get("name")).toList();
        }
    }

    @Test
    void thesaurusRenamesAndDropsNamesExactlyAsWritten() throws IOException {
        // given: the sample without a thesaurus, then with one that renames Filippo Menczer and drops
        // Alessandro Flammini (both in the sample's OpenAlex works)
        Path plain = temp.resolve("plain");
        Outcome plainRun = run("run", "-o", plain.toString(), "input");
        assertEquals(0, plainRun.code(), plainRun.err());
        List<String> before = authorNames(plain);
        assertTrue(before.contains("Filippo Menczer") && before.contains("Alessandro Flammini"), before.toString());
        Path thesaurus = temp.resolve("thesaurus.txt");
        Files.writeString(thesaurus, "label\treplace by\nFilippo Menczer\tF. Menczer-Renamed\nAlessandro Flammini\t\n");

        // when
        Path out = temp.resolve("out");
        Outcome outcome = run("run", "-o", out.toString(), "--thesaurus", thesaurus.toString(), "input");

        // then
        assertEquals(0, outcome.code(), outcome.err());
        List<String> after = authorNames(out);
        assertTrue(after.contains("F. Menczer-Renamed"), after.toString());
        assertFalse(after.contains("Filippo Menczer"), after.toString());
        assertFalse(after.contains("Alessandro Flammini"), after.toString());
        assertEquals(before.size() - 1, after.size());
    }

    @Test
    void thesaurusOfAnotherShapeIsRefusedWithItsLine() throws IOException {
        // given: a line without the tab that separates a label from its replacement
        Path thesaurus = temp.resolve("bad.txt");
        Files.writeString(thesaurus, "label\treplace by\nno tab on this line\n");

        // when
        Outcome outcome = run("run", "-o", temp.resolve("out").toString(), "--thesaurus", thesaurus.toString(),
                "input");

        // then
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("bad.txt:2"), outcome.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void splitListAndKeepVersionsAreAccepted() throws IOException {
        // given
        Path split = temp.resolve("split.txt");
        Files.writeString(split, "label\nSanto Fortunato\n");

        // when
        Outcome outcome = run("run", "-o", temp.resolve("out").toString(), "--split-list", split.toString(),
                "--keep-versions", "input");

        // then
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(authorNames(temp.resolve("out")).contains("Santo Fortunato"));
    }
}
