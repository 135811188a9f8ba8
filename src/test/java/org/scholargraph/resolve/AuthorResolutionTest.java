package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;

/** Which names are one person, on small hand-made records. */
class AuthorResolutionTest {

    private int line = 1;

    private BibRecord paper(String title, int year, String venue, String... authors) {
        BibRecord.Builder b = BibRecord.builder(new Provenance(Path.of("test.ris"), line++), "ris").title(title).year(year)
                .venue(venue);
        for (String a : authors) {
            b.author(RecordAuthor.named(a));
        }
        return b.build();
    }

    private static int person(Corpus corpus, int paper, int position) {
        return corpus.paper(paper).authors().get(position);
    }

    @Test
    void joinsInitialsToTheFullNameOfAPersonWithTheSameCoauthor() {
        Corpus corpus = CorpusResolver.resolve(List.of(
                paper("Risk assessment of dredged sediments", 2005, "Risk Analysis", "Igor Linkov", "Todd S Bridges"),
                paper("Multi-criteria decision analysis for sediments", 2006, "", "Linkov, I.", "Bridges, T."),
                paper("Weight of evidence in risk assessment", 2007, "", "I Linkov", "Todd Bridges")));

        assertEquals(2, corpus.authors().size());
        assertEquals("Igor Linkov", corpus.author(person(corpus, 1, 0)).name());
        assertEquals("Todd S Bridges", corpus.author(person(corpus, 2, 1)).name());
        assertTrue(corpus.resolution().authorMerges().stream()
                .anyMatch(m -> m.variant().equals("Linkov, I.") && m.rule().equals("evidence") && m.score() >= 4));
    }

    @Test
    void keepsHomonymsApartWithoutEvidenceAndListsThemAsAnAmbiguity() {
        Corpus corpus = CorpusResolver.resolve(List.of(
                paper("Graphene transistors at terahertz frequencies", 2001, "Nano Letters", "Wei Wang", "Jun Wang"),
                paper("Protein folding kinetics in crowded cells", 2019, "Biophysical Journal", "Wei Wang", "Li Wang"),
                paper("Something else entirely about oceans", 2010, "Ocean Science", "Hui Wang")));

        assertNotEquals(person(corpus, 0, 0), person(corpus, 1, 0));
        assertEquals(1, corpus.resolution().authorAmbiguities().size());
        assertEquals("wang|w", corpus.resolution().authorAmbiguities().get(0).block());
    }

    @Test
    void neverJoinsTwoDifferentFullGivenNames() {
        Corpus corpus = CorpusResolver.resolve(List.of(
                paper("Community detection in social networks", 2010, "Physical Review E", "John Smith", "Ann Lee"),
                paper("Community structure in social networks", 2010, "Physical Review E", "Jane Smith", "Ann Lee"),
                paper("Modularity of social networks", 2011, "Physical Review E", "J. Smith", "Ann Lee")));

        assertNotEquals(person(corpus, 0, 0), person(corpus, 1, 0));
        // "J. Smith" may be either of them, and is joined to at most one
        int j = person(corpus, 2, 0);
        assertTrue(j == person(corpus, 0, 0) || j == person(corpus, 1, 0) || corpus.authors().size() == 4);
        assertEquals(corpus.papers().get(0).authors().get(1), person(corpus, 1, 1), "Ann Lee is one person");
    }

    @Test
    void oneIdentifierIsOnePersonAndTwoIdentifiersOfOneSchemeAreTwo() {
        BibRecord a = BibRecord.builder(new Provenance(Path.of("a.json"), 1), "openalex").title("Paper one on graphs").year(2010)
                .author(new RecordAuthor("J. Smith", Optional.of("orcid:0000-0001"))).author(RecordAuthor.named("Ann Lee")).build();
        BibRecord b = BibRecord.builder(new Provenance(Path.of("a.json"), 2), "openalex").title("Paper two on graphs").year(2011)
                .author(new RecordAuthor("John Smith", Optional.of("orcid:0000-0001"))).author(RecordAuthor.named("Ann Lee")).build();
        BibRecord c = BibRecord.builder(new Provenance(Path.of("a.json"), 3), "openalex").title("Paper three on graphs").year(2011)
                .author(new RecordAuthor("John Smith", Optional.of("orcid:0000-0002"))).author(RecordAuthor.named("Ann Lee")).build();

        Corpus corpus = CorpusResolver.resolve(List.of(a, b, c));

        assertEquals(person(corpus, 0, 0), person(corpus, 1, 0));
        assertNotEquals(person(corpus, 1, 0), person(corpus, 2, 0));
    }

    @Test
    void resolvesTheSameWayEveryTime() {
        List<BibRecord> records = List.of(
                paper("Risk assessment of dredged sediments", 2005, "Risk Analysis", "Igor Linkov", "Todd S Bridges"),
                paper("Multi-criteria decision analysis for sediments", 2006, "", "Linkov, I.", "Bridges, T."),
                paper("Community detection in social networks", 2010, "Physical Review E", "John Smith", "Ann Lee"),
                paper("Modularity of social networks", 2011, "Physical Review E", "J. Smith", "Ann Lee"));

        assertEquals(CorpusResolver.resolve(records), CorpusResolver.resolve(records));
    }
}
