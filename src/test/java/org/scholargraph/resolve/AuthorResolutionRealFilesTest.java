package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholargraph.ingest.Ingest;
import org.scholargraph.model.Author;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Corpus;

/**
 * The name forms of one person in the real samples of {@code ../shared} come out as one author:
 * a PubMed export, Scopus BibTeX and CSV exports and a RIS file read together, and the seeds.
 */
class AuthorResolutionRealFilesTest {

    private static Corpus exports;
    private static Corpus seeds;

    private static Corpus read(String... inputs) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            Path path = Path.of("..", "shared").resolve(input);
            Assumptions.assumeTrue(Files.exists(path), path + " is absent: this test reads the real samples");
            paths.add(path);
        }
        return CorpusResolver.resolve(Ingest.defaults().withWarnings(w -> { }).read(paths).records());
    }

    @BeforeAll
    static void readSamples() throws IOException {
        exports = read("data/medline", "data/bibtex", "data/scopus", "data/ris", "data/csljson");
        seeds = read("seeds");
    }

    private static Author withForm(Corpus corpus, String form) {
        List<Author> found = corpus.authors().stream().filter(a -> a.nameForms().contains(form)).toList();
        assertEquals(1, found.size(), form + ": " + found);
        return found.get(0);
    }

    /** Some person carries every one of the forms (other persons may carry one of them too: namesakes kept apart). */
    private static void onePerson(Corpus corpus, String... forms) {
        List<Author> all = corpus.authors().stream().filter(a -> a.nameForms().containsAll(List.of(forms))).toList();
        assertEquals(1, all.size(), List.of(forms) + " in "
                + corpus.authors().stream().filter(a -> a.nameForms().contains(forms[0])).toList());
    }

    @Test
    void joinsTheNameFormsOfOnePersonAcrossExports() {
        onePerson(exports, "Linkov, Igor", "Linkov, I");
        onePerson(exports, "Bridges, Todd S", "Bridges, T", "Bridges, Todd");
        onePerson(exports, "Figueira, J.R.", "Figueira, J.", "Rui Figueira, J.");
        onePerson(exports, "Dias, L.C.", "Dias, L.");
        onePerson(exports, "Bridges, John F P", "Bridges, John Fp");
        onePerson(exports, "Richard D. Norris", "R. D. Norris");
    }

    @Test
    void keepsTheIdsSemanticScholarGivesOneResearcherApartUntilTheThesaurusJoinsThem() throws IOException {
        // W. Daughton under two Semantic Scholar ids, read by hand as one researcher
        // (bench/resolution-audit.tsv): two persons as the source says, one with a thesaurus line
        Path folder = Path.of("..", "shared", "data", "semanticscholar");
        Assumptions.assumeTrue(Files.isDirectory(folder), folder + " is absent: this test reads the real samples");
        List<BibRecord> records = Ingest.defaults().withWarnings(w -> { }).read(List.of(folder)).records();
        Corpus asTheSourceSays = CorpusResolver.resolve(records);
        Corpus withThesaurus = CorpusResolver.resolve(records, ResolutionOptions.defaults()
                .withThesaurus(new NameThesaurus(Map.of("W. Daughton", "W. Daughton"), Set.of())));

        assertEquals(2, withIds(asTheSourceSays, "s2:1919003", "s2:2073898633").size());
        List<Author> joined = withIds(withThesaurus, "s2:1919003", "s2:2073898633");
        assertEquals(1, joined.size(), joined.toString());
        assertTrue(joined.get(0).sourceIds().containsAll(List.of("s2:1919003", "s2:2073898633")), joined.toString());
    }

    private static List<Author> withIds(Corpus corpus, String... ids) {
        return corpus.authors().stream().filter(a -> a.sourceIds().stream().anyMatch(List.of(ids)::contains)).toList();
    }

    @Test
    void keepsTheTwoBridgesApart() {
        assertTrue(!withForm(exports, "Bridges, Todd S").equals(withForm(exports, "Bridges, John F P")));
    }

    @Test
    void joinsTheNameFormsOfOnePersonInTheSeeds() {
        onePerson(seeds, "Nathan Srebro", "Srebro, N");
        onePerson(seeds, "Behnam Neyshabur", "Neyshabur, B.");
    }

    @Test
    void logsEveryNameFormOfEveryPerson() {
        Set<String> logged = new java.util.HashSet<>();
        exports.resolution().authorMerges().forEach(m -> logged.add(m.authorId() + "|" + m.variant()));
        for (Author author : exports.authors()) {
            for (String form : author.nameForms()) {
                assertTrue(logged.contains(author.id() + "|" + form), author.id() + " " + form);
            }
        }
    }
}
