package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    void aRareFullNameAloneDoesNotJoinTwoPapersOfDifferentFields() {
        // "Aino Virtanen-Kask" is the only name of its family, yet the two papers share nothing else
        Corpus corpus = CorpusResolver.resolve(List.of(
                paper("Sediment transport in glacial rivers", 2004, "Hydrology Letters", "Aino Virtanen-Kask", "Pekka Lahti"),
                paper("Lexical tone in child speech", 2016, "Journal of Phonetics", "Aino Virtanen-Kask", "Mari Oja")));

        assertNotEquals(person(corpus, 0, 0), person(corpus, 1, 0));
        assertTrue(corpus.resolution().authorAmbiguities().stream().anyMatch(a -> a.block().endsWith("kask|a")));
    }

    @Test
    void aSharedVenueJoinsARareNameButNotACommonOne() {
        Corpus corpus = CorpusResolver.resolve(List.of(
                paper("Tidal mixing on the shelf", 2004, "Ocean Science", "Aino Virtanen-Kask", "Pekka Lahti"),
                paper("Internal waves over rough topography", 2006, "Ocean Science", "Aino Virtanen-Kask", "Mari Oja"),
                // Wang with Wei, Jun, Li and Hui: the name is common, a venue does not tell namesakes apart
                paper("Tidal energy dissipation", 2004, "Ocean Science", "Wei Wang", "Jun Wang"),
                paper("Eddy fluxes in the Southern Ocean", 2006, "Ocean Science", "Wei Wang", "Li Wang"),
                paper("Coastal upwelling", 2005, "Marine Policy", "Hui Wang")));

        assertEquals(person(corpus, 0, 0), person(corpus, 1, 0));
        assertNotEquals(person(corpus, 2, 0), person(corpus, 3, 0));
        // with a shared coauthor the common name joins too
        Corpus linked = CorpusResolver.resolve(List.of(
                paper("Tidal energy dissipation", 2004, "Ocean Science", "Wei Wang", "Kari Nygaard"),
                paper("Eddy fluxes in the Southern Ocean", 2006, "Ocean Science", "W. Wang", "K. Nygaard"),
                paper("Coastal upwelling", 2005, "Marine Policy", "Hui Wang", "Jun Wang", "Li Wang")));
        assertEquals(person(linked, 0, 0), person(linked, 1, 0));
    }

    @Test
    void aMedlineNameIsReadWithTheFamilyNameTheCorpusWritesElsewhere() {
        // "Zusa LA" could be Zusa, L. A. or LA, Zusa; the corpus writes Zusa as a family name
        Corpus corpus = CorpusResolver.resolve(List.of(
                paper("Soil carbon under grazing", 2010, "Ecology Letters", "Li A. Zusa", "Omar Haddad"),
                paper("Grazing and soil respiration", 2012, "Ecology Letters", "Zusa LA", "Haddad O"),
                // "Wei LI": the corpus writes Li as a family name, and no Wei
                paper("Rangeland soils", 2011, "Geoderma", "Li, Wei", "Haddad, Omar"),
                paper("Soil carbon maps", 2013, "Geoderma", "Wei LI", "O. Haddad")));

        assertEquals(person(corpus, 0, 0), person(corpus, 1, 0));
        assertEquals(person(corpus, 0, 1), person(corpus, 1, 1), "Haddad O is Omar Haddad");
        assertEquals(person(corpus, 2, 0), person(corpus, 3, 0));
        assertEquals("Li A. Zusa", corpus.author(person(corpus, 1, 0)).name());
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

    private static BibRecord withIds(int line, String title, int year, RecordAuthor... authors) {
        BibRecord.Builder b = BibRecord.builder(new Provenance(Path.of("s2.json"), line), "semantic-scholar").title(title).year(year);
        for (RecordAuthor a : authors) {
            b.author(a);
        }
        return b.build();
    }

    @Test
    void twoIdsOfOneSchemeAreTwoPersonsUntilTheThesaurusNamesThemOne() {
        // given: one researcher under two Semantic Scholar ids (the source split him), with the
        // same coauthor on both papers
        List<BibRecord> records = List.of(
                withIds(1, "Plasmoid instability in reconnecting current sheets", 2009,
                        new RecordAuthor("W. Daughton", Optional.of("s2:101")), new RecordAuthor("A. Bhattacharjee", Optional.of("s2:7"))),
                withIds(2, "Kinetic simulations of magnetic reconnection onset", 2011,
                        new RecordAuthor("William Daughton", Optional.of("s2:202")), new RecordAuthor("A. Bhattacharjee", Optional.of("s2:7"))));

        // when: resolved as the source says, then with a thesaurus line naming them one person
        Corpus asTheSourceSays = CorpusResolver.resolve(records);
        Corpus withThesaurus = CorpusResolver.resolve(records, ResolutionOptions.defaults().withThesaurus(
                new NameThesaurus(Map.of("W. Daughton", "William Daughton"), Set.of())));

        // then: two persons, then one person with both ids
        assertNotEquals(person(asTheSourceSays, 0, 0), person(asTheSourceSays, 1, 0));
        assertEquals(person(withThesaurus, 0, 0), person(withThesaurus, 1, 0));
        assertEquals(List.of("s2:101", "s2:202"), withThesaurus.author(person(withThesaurus, 0, 0)).sourceIds());
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
