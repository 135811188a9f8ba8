package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;

/** The user's thesaurus and split list, applied before the automatic step exactly as written. */
class NameThesaurusTest {

    @TempDir
    Path dir;

    private int line = 1;

    private BibRecord paper(String title, int year, String... authors) {
        BibRecord.Builder b = BibRecord.builder(new Provenance(Path.of("test.ris"), line++), "ris").title(title).year(year);
        for (String a : authors) {
            b.author(RecordAuthor.named(a));
        }
        return b.build();
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<BibRecord> records() {
        return List.of(
                paper("Graphene transistors at terahertz frequencies", 2001, "Wei Wang", "Jun Wang"),
                paper("Protein folding kinetics in crowded cells", 2019, "W. Wang", "Li Wang"),
                paper("Risk assessment of dredged sediments", 2005, "Igor Linkov", "Todd S Bridges"),
                paper("Weight of evidence in risk assessment", 2007, "I Linkov", "Todd Bridges"));
    }

    @Test
    void replacesNamesAsWrittenAndDropsNamesWithAnEmptyReplacement() throws IOException {
        NameThesaurus thesaurus = NameThesaurus.readThesaurus(file("thesaurus.txt",
                "label\treplace by\nW. Wang\tWei Wang\nJun Wang\t\n# a comment\n\n"));

        Corpus without = CorpusResolver.resolve(records());
        Corpus with = CorpusResolver.resolve(records(), ResolutionOptions.defaults().withThesaurus(thesaurus));

        // without the thesaurus "W. Wang" has no evidence to join "Wei Wang"
        assertNotEquals(without.paper(0).authors().get(0), without.paper(1).authors().get(0));
        assertEquals(with.paper(0).authors().get(0), with.paper(1).authors().get(0));
        assertEquals(1, with.paper(0).authors().size(), "Jun Wang is dropped");
        assertTrue(with.resolution().authorMerges().stream()
                .anyMatch(m -> m.variant().equals("W. Wang") && m.rule().equals("thesaurus")));
        assertTrue(with.author(with.paper(1).authors().get(0)).nameForms().contains("W. Wang"));
    }

    @Test
    void keepsANameOfTheSplitListOutOfTheAutomaticStep() throws IOException {
        NameThesaurus splits = NameThesaurus.readSplits(file("split.txt", "label\nI Linkov\n"));

        Corpus without = CorpusResolver.resolve(records());
        Corpus with = CorpusResolver.resolve(records(), ResolutionOptions.defaults().withThesaurus(splits));

        assertEquals(without.paper(2).authors().get(0), without.paper(3).authors().get(0));
        assertNotEquals(with.paper(2).authors().get(0), with.paper(3).authors().get(0));
        // the rest is resolved as before
        assertEquals(with.paper(2).authors().get(1), with.paper(3).authors().get(1));
    }

    @Test
    void refusesAFileOfAnotherShapeSayingWhereAndWhat() throws IOException {
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> NameThesaurus.readThesaurus(file("a.txt", "name,replacement\nW. Wang,Wei Wang\n")));
        assertTrue(header.getMessage().endsWith("a.txt:1: the first line must be 'label<TAB>replace by', was "
                + "'name,replacement'"), header.getMessage());
        IllegalArgumentException noTab = assertThrows(IllegalArgumentException.class,
                () -> NameThesaurus.readThesaurus(file("b.txt", "label\treplace by\nW. Wang Wei Wang\n")));
        assertTrue(noTab.getMessage().contains("b.txt:2: "), noTab.getMessage());
    }
}
