package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;

/** Merging papers and authors, and resolving references, on small hand-made records. */
class CorpusResolverTest {

    private int line = 1;

    private BibRecord.Builder record(String format) {
        return BibRecord.builder(new Provenance(Path.of("test." + format), line++), format);
    }

    private static List<String> names(Corpus corpus, Paper paper) {
        return paper.authors().stream().map(a -> corpus.author(a).name()).toList();
    }

    @Test
    void mergesRecordsOfOnePaperByDoiAndKeepsTheRichestFields() {
        BibRecord crossref = record("crossref").title("Collective dynamics of 'small-world' networks").year(1998)
                .author(RecordAuthor.named("Duncan J. Watts")).author(RecordAuthor.named("Steven H. Strogatz"))
                .id(IdScheme.DOI, "10.1038/30918").venue("Nature").volume("393").pages("440-442").build();
        BibRecord wos = record("wos").title("Collective dynamics of 'small-world' networks").year(1998)
                .author(RecordAuthor.named("Watts, DJ")).author(RecordAuthor.named("Strogatz, SH"))
                .id(IdScheme.DOI, "https://doi.org/10.1038/30918").id(IdScheme.WOS, "WOS:000074081700054")
                .keyword("small-world").keyword("Clustering").build();

        Corpus corpus = CorpusResolver.resolve(List.of(crossref, wos));

        assertEquals(1, corpus.papers().size());
        Paper paper = corpus.paper(0);
        assertEquals(Map.of(IdScheme.DOI, "10.1038/30918", IdScheme.WOS, "WOS:000074081700054"), paper.ids());
        assertEquals(List.of("small-world", "clustering"), paper.keywords());
        assertEquals("440", paper.firstPage());
        assertEquals(List.of("crossref", "wos"), paper.formats());
        assertEquals(2, paper.sources().size());
        // "Watts, DJ" is not "Duncan J. Watts" by name key: the byline of the first record stays
        assertEquals(List.of("Duncan J. Watts", "Steven H. Strogatz"), names(corpus, paper));
    }

    @Test
    void keepsAGuidelinePublishedInTwoJournalsAsTwoPapers() {
        // given: one guideline text co-published in two journals, the same title, year and byline,
        // under two Web of Science accession numbers and two DOIs
        BibRecord first = record("wos").title("Guideline for the management of acute low back pain").year(2018)
                .author(RecordAuthor.named("Koes, BW")).author(RecordAuthor.named("van Tulder, MW"))
                .venue("European Spine Journal").id(IdScheme.WOS, "WOS:000430000100001").id(IdScheme.DOI, "10.1007/s00586-018-0001-1").build();
        BibRecord second = record("wos").title("Guideline for the management of acute low back pain").year(2018)
                .author(RecordAuthor.named("Koes, BW")).author(RecordAuthor.named("van Tulder, MW"))
                .venue("Spine").id(IdScheme.WOS, "WOS:000431000200002").id(IdScheme.DOI, "10.1097/brs.0000000000002002").build();

        Corpus corpus = CorpusResolver.resolve(List.of(first, second));

        // then: two works, each with its own journal and ids; their authors are one pair of persons
        assertEquals(2, corpus.papers().size());
        assertEquals(List.of("European Spine Journal", "Spine"), corpus.papers().stream().map(Paper::venue).toList());
        assertEquals(2, corpus.authors().size());
    }

    @Test
    void keepsABookAndItsIntroductionChapterAsTwoPapers() {
        // given: a book and its first chapter, titled alike, under two Scopus EIDs and two DOIs
        BibRecord book = record("scopus").title("Multiple Criteria Decision Analysis: State of the Art Surveys").year(2016)
                .author(RecordAuthor.named("Greco S.")).author(RecordAuthor.named("Ehrgott M."))
                .id(IdScheme.SCOPUS, "2-s2.0-84956000001").id(IdScheme.DOI, "10.1007/978-1-4939-3094-4").build();
        BibRecord chapter = record("scopus").title("Multiple criteria decision analysis: state of the art surveys").year(2016)
                .author(RecordAuthor.named("Greco S.")).author(RecordAuthor.named("Ehrgott M."))
                .id(IdScheme.SCOPUS, "2-s2.0-84956000002").id(IdScheme.DOI, "10.1007/978-1-4939-3094-4_1").pages("1-10").build();

        Corpus corpus = CorpusResolver.resolve(List.of(book, chapter));

        assertEquals(2, corpus.papers().size());
        assertEquals(1, corpus.papers().stream().filter(p -> p.ids().get(IdScheme.DOI).endsWith("_1")).count());
    }

    @Test
    void mergesByTitleAndYearAndAYearlessRecordOfTheSameTitle() {
        BibRecord a = record("ris").title("Emergence of Scaling in Random Networks").year(1999).build();
        BibRecord b = record("bibtex").title("Emergence of scaling in random networks.").year(1999).build();
        BibRecord c = record("reading-list").title("Emergence of scaling in random  networks").build();
        BibRecord other = record("ris").title("Emergence of scaling in random networks").year(2011).build();

        Corpus corpus = CorpusResolver.resolve(List.of(a, b, c, other));

        // two years of one title: the yearless record cannot say which and stays apart
        assertEquals(3, corpus.papers().size());
        Corpus twoOnly = CorpusResolver.resolve(List.of(a, b, c));
        assertEquals(1, twoOnly.papers().size());
    }

    @Test
    void mergesAbstractOnlyRecordIntoTitledPaper() {
        String text = "We study how the number of links a node gains depends on the number it already has, and show "
                + "that growth with preferential attachment leads to degree distributions that follow a power law "
                + "whose exponent does not depend on the size of the network.";
        String revised = "We study how the number of links a node gains depends on the number it already has, and show "
                + "that growth with preferential attachment leads to degree distributions that follow a power law.";
        BibRecord titled = record("author-page").title("A model of growing networks").year(2001).abstractText(text)
                .author(RecordAuthor.named("Jane Roe")).build();
        BibRecord abstractOnly = record("abstract-list").abstractText(revised).build();
        BibRecord unrelated = record("abstract-list").abstractText("Communities in networks are groups of nodes with "
                + "more links inside than between them, and finding them is a problem of optimisation over partitions.")
                .build();

        Corpus corpus = CorpusResolver.resolve(List.of(titled, abstractOnly, unrelated));

        assertEquals(2, corpus.papers().size());
        assertEquals(List.of("author-page", "abstract-list"), corpus.paper(0).formats());
        assertEquals(text, corpus.paper(0).abstractText());
    }

    @Test
    void doesNotMergeTwoPapersThatShareAWrongIdentifier() {
        BibRecord right = record("reading-list").title("Linearized two-layers neural networks in high dimension")
                .id(IdScheme.ARXIV, "1904.12191").build();
        BibRecord wrong = record("reading-list").title("The generalization error of random features regression")
                .id(IdScheme.ARXIV, "arXiv:1904.12191").build();

        assertEquals(2, CorpusResolver.resolve(List.of(right, wrong)).papers().size());
    }

    @Test
    void oneAuthorPerPersonAcrossSpellings() {
        BibRecord a = record("author-page").title("First paper on deep learning methods").year(2018)
                .author(RecordAuthor.named("Weinan E")).author(RecordAuthor.named("Jiequn Han")).build();
        BibRecord b = record("bibtex").title("Second paper on deep learning methods").year(2019)
                .author(RecordAuthor.named("E, Weinan")).author(RecordAuthor.named("HAN,  Jiequn")).build();
        BibRecord c = record("wos").title("Third paper on deep learning methods").year(2020)
                .author(RecordAuthor.named("Réka Albert")).author(RecordAuthor.named("Reka  Albert")).build();

        Corpus corpus = CorpusResolver.resolve(List.of(a, b, c));

        assertEquals(List.of("Weinan E", "Jiequn Han", "Réka Albert"),
                corpus.authors().stream().map(x -> x.name()).toList());
        assertEquals(List.of(0, 1), corpus.paper(1).authors());
        // the same person twice in one byline is listed once
        assertEquals(List.of(2), corpus.paper(2).authors());
    }

    @Test
    void sourceAuthorIdsSeparateNamesakesAndJoinSpellings() {
        BibRecord a = record("openalex").title("Paper one about community structure").year(2010)
                .author(new RecordAuthor("J. Smith", Optional.of("openalex:A1"))).build();
        BibRecord b = record("openalex").title("Paper two about community structure").year(2011)
                .author(new RecordAuthor("John Smith", Optional.of("openalex:A1")))
                .author(new RecordAuthor("J. Smith", Optional.of("openalex:A2"))).build();
        BibRecord c = record("author-page").title("Paper three about community structure").year(2012)
                .author(RecordAuthor.named("John Smith")).build();

        Corpus corpus = CorpusResolver.resolve(List.of(a, b, c));

        // A1 under two spellings is one person, A2 another; the name-only "John Smith" shares
        // nothing with A1 but the name (no coauthor, venue, keyword or rare title word), and a
        // name alone is no evidence: homonyms share it
        assertEquals(3, corpus.authors().size());
        assertNotEquals(corpus.paper(0).authors().get(0), corpus.paper(2).authors().get(0));
        assertEquals("John Smith", corpus.author(corpus.paper(0).authors().get(0)).name());
        assertEquals("John Smith", corpus.author(corpus.paper(2).authors().get(0)).name());
    }

    @Test
    void namesakesWithTwoIdentifiersInOneBylineStayTwoPersons() {
        // given: an OpenAlex work whose byline holds two different people written "Wei Han"
        BibRecord work = record("openalex").title("Paper about two namesakes").year(2010)
                .author(new RecordAuthor("Wei Han", Optional.of("openalex:A317")))
                .author(new RecordAuthor("Hiroshi Han", Optional.of("openalex:A120")))
                .author(new RecordAuthor("Wei Han", Optional.of("openalex:A58"))).build();

        // when
        Corpus corpus = CorpusResolver.resolve(List.of(work));

        // then: three identifiers, three persons, three byline positions
        assertEquals(3, corpus.authors().size());
        assertEquals(3, corpus.paper(0).authors().size());
    }

    @Test
    void resolvesWebOfScienceAndScopusReferenceStringsToCorpusPapers() {
        BibRecord newman = record("crossref").title("The structure of scientific collaboration networks").year(2001)
                .author(RecordAuthor.named("M. E. J. Newman")).venue("PNAS").volume("98").pages("404-409").build();
        BibRecord watts = record("crossref").title("Collective dynamics of 'small-world' networks").year(1998)
                .author(RecordAuthor.named("Duncan J. Watts")).volume("393").pages("440-442").build();
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference(Map.of(), "NEWMAN MEJ, 2001, P NATL ACAD SCI USA, V98, P404"));
        refs.add(new Reference(Map.of(), "Watts, D.J., Strogatz, S.H., Collective dynamics of small-world networks "
                + "(1998) Nature, 393 (6684), pp. 440-442"));
        refs.add(new Reference(Map.of(), "NEWMAN MEJ, 2001, PHYS REV E, V64, P016131"));
        refs.add(new Reference(Map.of(), "[Anonymous], 1998, NATURE, V393, P440"));
        BibRecord citing = record("wos").title("A paper that cites two classics").year(2005)
                .author(RecordAuthor.named("Ann Other")).reference(refs.get(0)).reference(refs.get(1))
                .reference(refs.get(2)).reference(refs.get(3)).build();

        Corpus corpus = CorpusResolver.resolve(List.of(newman, watts, citing));

        Paper paper = corpus.paper(2);
        assertEquals(4, paper.references().size());
        // the first two resolve; a Newman 2001 in another volume and an anonymous one do not
        assertEquals(List.of(0, 1), paper.citedPapers());
        // on two threads, matching by first author waits for the persons resolved beside it
        Corpus onTwo = CorpusResolver.resolve(List.of(newman, watts, citing), ResolutionOptions.defaults(), 2);
        assertEquals(List.of(0, 1), onTwo.paper(2).citedPapers());
    }

    @Test
    void extractsKeyPhrasesWhenARecordHasNoKeywords() {
        // "in", "are", "we", "with" cut phrases; "solve" is one of the stock words of abstracts
        BibRecord r = record("author-page").title("Deep learning for stochastic control problems").year(2016)
                .abstractText("Stochastic control problems in high dimension are hard. We solve stochastic control "
                        + "problems with deep learning.")
                .build();
        List<String> keywords = CorpusResolver.resolve(List.of(r)).paper(0).keywords();
        assertEquals(List.of("stochastic control problems", "deep learning"), keywords);
    }

    @Test
    void thesaurusMergesDropsAndRenamesKeywordsExactlyAsWrittenBeforeTheyFold() {
        // given four papers with source keywords, and one thesaurus for names and keywords: "complex
        // networks" (as written on P1 and as keywords.csv shows P2's title-case "Complex Networks")
        // merges into "network science"; "graph theory" is dropped; "modularity" is renamed
        // "Modularity (networks)", kept as written; a name line leaves keywords alone
        List<BibRecord> records = List.of(
                record("ris").title("Paper one on networks").year(2001).keyword("complex networks")
                        .keyword("community detection").build(),
                record("ris").title("Paper two on graphs").year(2002).keyword("Complex Networks")
                        .keyword("graph theory").build(),
                record("ris").title("Paper three on science").year(2003).keyword("network science")
                        .keyword("modularity").build(),
                record("ris").title("Paper four on scale").year(2004).keyword("scale-free networks")
                        .keyword("modularities").build());
        NameThesaurus thesaurus = NameThesaurus.of(Map.of("complex networks", "network science", "graph theory", "",
                "modularity", "Modularity (networks)", "Albert-László Barabási", "A.-L. Barabási"), List.of());

        // when
        Corpus plain = CorpusResolver.resolve(records);
        Corpus corrected = CorpusResolver.resolve(records, ResolutionOptions.defaults().withThesaurus(thesaurus));

        // then: without it the forms fold by themselves; "modularity" and "modularities" are one keyword,
        // each form on one paper, the tie going to the first in alphabetical order
        assertEquals(List.of(List.of("complex networks", "community detection"), List.of("complex networks", "graph theory"),
                List.of("network science", "modularities"), List.of("scale-free networks", "modularities")),
                plain.papers().stream().map(Paper::keywords).toList());
        // with it: merged, dropped and renamed; "modularities" is not the label as written, so it stays
        assertEquals(List.of(List.of("network science", "community detection"), List.of("network science"),
                List.of("network science", "Modularity (networks)"), List.of("scale-free networks", "modularities")),
                corrected.papers().stream().map(Paper::keywords).toList());
        assertEquals(Map.of(), corrected.keywordVariants());
    }

    @Test
    void twoThreadsResolveTheSameCorpusAsOne() {
        // A generated set with name variants and namesakes, its author ids removed, so that persons
        // are joined on evidence.
        List<BibRecord> records = AuthorResolutionEvaluation.generated(3, 300, 800).records().stream()
                .map(AuthorResolutionEvaluation::withoutIds).toList();
        Corpus one = CorpusResolver.resolve(records, ResolutionOptions.defaults(), 1);
        Corpus two = CorpusResolver.resolve(records, ResolutionOptions.defaults(), 2);
        assertEquals(one, two);
        assertTrue(one.resolution().authorMerges().stream().anyMatch(m -> m.rule().equals("evidence")),
                "some persons were joined on evidence");
    }
}
