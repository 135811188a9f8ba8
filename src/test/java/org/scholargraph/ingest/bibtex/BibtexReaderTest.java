package org.scholargraph.ingest.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;
import org.scholargraph.model.Rejection;

/** Small hand-made inputs, one BibTeX feature or quirk each. */
class BibtexReaderTest {

    private static List<String> names(BibRecord record) {
        return record.authors().stream().map(RecordAuthor::name).toList();
    }

    @Test
    void expandsStringMacrosMonthsAndConcatenation() {
        Collected read = Collected.read("""
                @string{ pr = "Physical Review" }
                @String(prl = pr # " Letters")
                @article{watts98,
                  title = "Collective dynamics of " # {{small-world}} # " networks",
                  journal = prl,
                  month = jun,
                  year = 1998,
                  volume = 393,
                }
                """);

        assertEquals(List.of(), read.rejections);
        BibRecord record = read.records.get(0);
        assertEquals("Collective dynamics of small-world networks", record.title());
        assertEquals("Physical Review Letters", record.venue());
        assertEquals(OptionalInt.of(1998), record.year());
        assertEquals("393", record.volume());
        assertEquals(3, record.source().line());
    }

    @Test
    void readsEntriesInParenthesesWithParenthesesInQuotedValues() {
        Collected read = Collected.read("""
                @inproceedings(girvan2002,
                  title = "Community structure (in social and biological networks)",
                  booktitle = {Proc. Natl. Acad. Sci. (USA)},
                  year = {2002})
                """);

        BibRecord record = read.records.get(0);
        assertEquals("Community structure (in social and biological networks)", record.title());
        assertEquals("Proc. Natl. Acad. Sci. (USA)", record.venue());
        assertEquals(OptionalInt.of(2002), record.year());
    }

    @Test
    void skipsCommentsPreamblesAndFreeText() {
        Collected read = Collected.read("""
                This file was written by hand; an email like someone@example.org is just text.
                @comment{jabref-meta: databaseType:bibtex;}
                @preamble{ "\\newcommand{\\noopsort}[1]{}" }
                % a percent comment
                @book{knuth84, title = {The {\\TeX}book}, year = 1984}
                """);

        assertEquals(List.of(), read.rejections);
        assertEquals(1, read.records.size());
        assertEquals("The TeXbook", read.records.get(0).title());
        assertEquals(5, read.records.get(0).source().line());
    }

    @Test
    void splitsAuthorsOnAndOutsideBracesAndKeepsEachNameAsWritten() {
        Collected read = Collected.read("""
                @techreport{who2020,
                  author = {{{World Health Organization}} and {Barnes and Noble} and de la Fontaine, Jr, Jean
                            AND Ludwig van Beethoven and M{\\"u}ller, J{\\"o}rg and others},
                  title = {Names},
                }
                """);

        assertEquals(List.of("World Health Organization", "Barnes and Noble", "de la Fontaine, Jr, Jean",
                "Ludwig van Beethoven", "Müller, Jörg"), names(read.records.get(0)));
    }

    @Test
    void inheritsMissingFieldsFromACrossrefTargetThatComesLater() {
        Collected read = Collected.read("""
                @inproceedings{paper1,
                  author = {Ada Lovelace},
                  title = {Notes on the engine},
                  pages = {1--10},
                  crossref = {Proc1843},
                }
                @inproceedings{paper2, title = {Second paper}, crossref = {proc1843}, year = 1844}
                @proceedings{proc1843,
                  title = {Proceedings of the Analytical Society},
                  year = 1843,
                  publisher = {Taylor},
                  doi = {10.9999/proc.1843},
                }
                """);

        assertEquals(List.of(), read.rejections);
        assertEquals(3, read.records.size());
        BibRecord first = read.titled("Notes on the engine");
        assertEquals("Proceedings of the Analytical Society", first.venue());
        assertEquals(OptionalInt.of(1843), first.year());
        assertEquals("1-10", first.pages());
        assertEquals(List.of("Ada Lovelace"), names(first));
        assertTrue(first.ids().isEmpty(), "the proceedings' DOI is not the paper's");
        assertEquals(OptionalInt.of(1844), read.titled("Second paper").year(), "own fields win");
        assertEquals("10.9999/proc.1843", read.titled("Proceedings of the Analytical Society").ids().get(IdScheme.DOI));
    }

    @Test
    void inheritsFromACrossrefTargetThatCameFirstAndReadsEntriesWhoseTargetNeverComes() {
        Collected read = Collected.read("""
                @proceedings{conf, title = {Conference on Graphs}, booktitle = {Graphs 2001}, year = 2001}
                @inproceedings{a, title = {Early target}, crossref = {conf}}
                @inproceedings{b, title = {Lost target}, crossref = {nowhere}, year = 1999}
                """);

        assertEquals(3, read.records.size());
        assertEquals("Graphs 2001", read.titled("Early target").venue());
        assertEquals(OptionalInt.of(2001), read.titled("Early target").year());
        assertEquals(OptionalInt.of(1999), read.titled("Lost target").year());
    }

    @Test
    void setEntriesAreNotPapers() {
        Collected read = Collected.read("""
                @set{both, entryset = {x,y}}
                @article{x, title = {X}}
                @article{y, title = {Y}}
                """);

        assertEquals(List.of("X", "Y"), read.records.stream().map(BibRecord::title).toList());
        assertEquals(List.of(), read.rejections);
    }

    @Test
    void rejectsAnEntryWhoseBracesDoNotBalanceAndResumesAtTheNextEntry() {
        String broken = """
                @article{broken,
                  title = {An unclosed {title},
                  year = 2000,
                }
                """;
        Collected read = Collected.read("@article{before, title = {Before}}\n" + broken
                + "@article{after, title = {After}}\n");

        assertEquals(List.of("Before", "After"), read.records.stream().map(BibRecord::title).toList());
        assertEquals(1, read.rejections.size());
        Rejection rejection = read.rejections.get(0);
        assertEquals(2, rejection.source().line());
        assertTrue(rejection.reason().contains("next entry at line 6"), rejection.reason());
        assertEquals(broken.strip(), rejection.raw().strip());
        assertEquals(6, read.records.get(1).source().line());
    }

    @Test
    void rejectsEntriesWithoutKeyWithoutValueOrWithoutTitleAndReadsTheRest() {
        Collected read = Collected.read("""
                @article{title = {No key}, year = 2001}
                @article{, title = {Empty key}}
                @article{novalue, title = , year = 2002}
                @article{nothing, year = 2003}
                @article{good, title = {Good}}
                @article{unclosed, title = {Never closed}
                """);

        assertEquals(List.of("Good"), read.records.stream().map(BibRecord::title).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 6L), read.rejections.stream().map(r -> r.source().line()).toList());
        assertTrue(read.rejections.get(0).reason().contains("citation key"));
        assertTrue(read.rejections.get(2).reason().contains("novalue") || read.rejections.get(2).reason().contains("title"));
        assertTrue(read.rejections.get(3).reason().contains("no title"));
        assertTrue(read.rejections.get(4).reason().contains("end of the file"));
    }

    @Test
    void readsWebOfScienceBibtexWithCitedReferencesOnePerLine() {
        Collected read = Collected.read("""
                @article{ ISI:000220064200027,
                Author = {Newman, M. E. J. and Girvan, M.},
                Title = {{Finding and evaluating community structure in networks}},
                Journal = {{PHYSICAL REVIEW E}},
                Year = {{2004}},
                Volume = {{69}},
                Number = {{2, 2}},
                DOI = {{10.1103/PhysRevE.69.026113}},
                Article-Number = {{026113}},
                Keywords = {{community structure; networks}},
                Keywords-Plus = {{SOCIAL NETWORKS; SMALL-WORLD; Networks}},
                Cited-References = {{Barabasi AL, 1999, SCIENCE, V286, P509, DOI 10.1126/science.286.5439.509.
                   Girvan M, 2002, P NATL ACAD SCI USA, V99, P7821, DOI {[}10.1073/pnas.122653799].
                   Zachary WW, 1977, J ANTHROPOL RES, V33, P452}},
                Research-Areas = {{Physics}},
                Web-of-Science-Categories = {{Physics, Fluids \\& Plasmas; Physics, Mathematical}},
                Unique-ID = {{ISI:000220064200027}},
                }
                """);

        assertEquals(List.of(), read.rejections);
        BibRecord record = read.records.get(0);
        assertEquals("Finding and evaluating community structure in networks", record.title());
        assertEquals(List.of("Newman, M. E. J.", "Girvan, M."), names(record));
        assertEquals(OptionalInt.of(2004), record.year());
        assertEquals("PHYSICAL REVIEW E", record.venue());
        assertEquals("10.1103/physreve.69.026113", record.ids().get(IdScheme.DOI));
        assertEquals("WOS:000220064200027", record.ids().get(IdScheme.WOS));
        assertEquals(List.of("community structure", "networks", "SOCIAL NETWORKS", "SMALL-WORLD"), record.keywords());
        assertEquals(List.of("Physics, Fluids & Plasmas", "Physics, Mathematical", "Physics"), record.subjectCategories());
        assertEquals(List.of(
                new Reference(java.util.Map.of(IdScheme.DOI, "10.1126/science.286.5439.509"),
                        "Barabasi AL, 1999, SCIENCE, V286, P509, DOI 10.1126/science.286.5439.509."),
                new Reference(java.util.Map.of(IdScheme.DOI, "10.1073/pnas.122653799"), "Girvan M, 2002, P NATL ACAD SCI USA, V99, P7821, DOI [10.1073/pnas.122653799]."),
                new Reference(java.util.Map.of(), "Zachary WW, 1977, J ANTHROPOL RES, V33, P452")), record.references());
    }

    @Test
    void readsAWebOfScienceEntryWhoseCitedReferenceHasAnEscapedBraceInASiciDoi() {
        // Web of Science writes the '<' of a SICI DOI as "\{", with no closing partner: the
        // escaped brace is text, and neither this entry nor the next one is lost.
        Collected read = Collected.read("""
                @article{ ISI:000081180600004,
                Author = {White, HD and McCain, KW},
                Title = {{Visualizing a discipline: An author co-citation analysis of information science}},
                Journal = {{JOURNAL OF THE AMERICAN SOCIETY FOR INFORMATION SCIENCE}},
                Year = {{1998}},
                Cited-References = {{Small H, 1999, J AM SOC INFORM SCI, V50, P799, DOI 10.1002/(SICI)1097-4571(1999)50:9\\{799::AID-ASI9>3.0.CO;2-G.
                   Zachary WW, 1977, J ANTHROPOL RES, V33, P452}},
                Unique-ID = {{ISI:000081180600004}},
                }
                @article{ ISI:000220064200027,
                Author = {Newman, M. E. J. and Girvan, M.},
                Title = {{Finding and evaluating community structure in networks}},
                Year = {{2004}},
                }
                """);

        assertEquals(List.of(), read.rejections);
        assertEquals(2, read.records.size());
        BibRecord record = read.records.get(0);
        assertEquals("WOS:000081180600004", record.ids().get(IdScheme.WOS));
        assertEquals(2, record.references().size());
        assertTrue(record.references().get(0).text().contains("799::AID-ASI9"), record.references().get(0).text());
        assertEquals("Finding and evaluating community structure in networks", read.records.get(1).title());
    }

    @Test
    void splitsScopusReferencesOnSemicolonsAndKeepsFieldNamesWithSpaces() {
        Collected read = Collected.read("""
                @ARTICLE{Roy1968,
                author={Roy, B.},
                title={Classement et choix},
                year={1968},
                funding_text 1={None; really},
                references={Roy, B., Bouyssou, D., Aide multicritère (1993) Economica; Keeney, R.L., Decisions with multiple objectives (1976) Wiley, pp. 3-10;  Saaty, T.L., The analytic hierarchy process (1980)},
                art_number={e1002},
                }
                """);

        BibRecord record = read.records.get(0);
        assertEquals(List.of("Roy, B., Bouyssou, D., Aide multicritère (1993) Economica",
                "Keeney, R.L., Decisions with multiple objectives (1976) Wiley, pp. 3-10",
                "Saaty, T.L., The analytic hierarchy process (1980)"),
                record.references().stream().map(Reference::text).toList());
        assertEquals("e1002", record.pages());
    }

    @Test
    void takesArxivIdsFromEprintArxivIdAndGoogleScholarJournals() {
        Collected read = Collected.read("""
                @article{a, title = {A}, eprint = {1812.11118v2}, archivePrefix = {arXiv}, primaryClass = {cs.LG}}
                @article{b, title = {B}, arxivId = {math/0211159}}
                @article{c, title = {C}, journal = {arXiv preprint arXiv:1706.03762}}
                @article{d, title = {D}, eprint = {12345678}, eprinttype = {pubmed}}
                @online{e, title = {E}, url = {https://arxiv.org/abs/2001.00001v3}, date = {2020-02-29}}
                @online{f, title = {F}, eprint = {hep-th/9901001}, archiveprefix = {HAL}}
                """);

        assertEquals("1812.11118", read.titled("A").ids().get(IdScheme.ARXIV));
        assertEquals("math/0211159", read.titled("B").ids().get(IdScheme.ARXIV));
        assertEquals("1706.03762", read.titled("C").ids().get(IdScheme.ARXIV));
        assertEquals("12345678", read.titled("D").ids().get(IdScheme.PMID));
        assertEquals("2001.00001", read.titled("E").ids().get(IdScheme.ARXIV));
        assertEquals(Optional.of(LocalDate.of(2020, 2, 29)), read.titled("E").date());
        assertEquals(OptionalInt.of(2020), read.titled("E").year());
        assertTrue(read.titled("F").ids().isEmpty(), "an eprint of another archive is not an arXiv id");
    }

    @Test
    void readsEntriesThatShareALineOrOpenOnTheNextLine() {
        Collected read = Collected.read("@misc{a, title={A}}@misc{b, title={B}},\r\n@misc\r\n{c, title={C}}\r\n");

        assertEquals(List.of("A", "B", "C"), read.records.stream().map(BibRecord::title).toList());
        assertEquals(List.of(1L, 1L, 2L), read.records.stream().map(r -> r.source().line()).toList());
    }

    @Test
    void decodesTexInTitlesAndAbstractsAndNormalisesPageDashes() {
        Collected read = Collected.read("""
                @article{erdos, title = {On the {E}volution of {R}andom {G}raphs---{Erd\\H{o}s} and {R\\'enyi}},
                  abstract = {Stra{\\ss}e, \\c{c}a, Espa\\~na,
                     \\^ole, \\`a, \\v{s}, {\\aa}, {\\o}, {\\l}, {\\i}},
                  pages = {17 -- 61}}
                """);

        BibRecord record = read.records.get(0);
        assertEquals("On the Evolution of Random Graphs—Erdős and Rényi", record.title());
        assertEquals("Straße, ça, España, ôle, à, š, å, ø, ł, ı", record.abstractText());
        assertEquals("17-61", record.pages());
    }

    @Test
    void rejectsAnEntryThatNeverClosesWithoutHoldingTheRestOfTheFile() {
        StringBuilder text = new StringBuilder("@article{runaway, title = {Never closed,\n");
        String filler = "x".repeat(99) + "\n";
        while (text.length() < EntryScanner.MAX_ENTRY_CHARS + 500_000) {
            text.append(filler);
        }
        text.append("@article{next, title = {Next}}\n");

        Collected read = Collected.read(text.toString());

        assertEquals(List.of("Next"), read.records.stream().map(BibRecord::title).toList());
        assertEquals(1, read.rejections.size());
        assertTrue(read.rejections.get(0).reason().contains("longer than"), read.rejections.get(0).reason());
        assertTrue(read.rejections.get(0).raw().length() <= Rejection.RAW_LIMIT);
        assertEquals(1, read.rejections.get(0).source().line());
    }

    @Test
    void readsAValueOnOneVeryLongLine() {
        String words = "graph ".repeat(EntryScanner.MAX_LINE_CHARS / 3);
        Collected read = Collected.read("@article{long, abstract = {" + words + "}, title = {Long}}\n@article{b, title = {B}}\n");

        assertEquals(List.of(), read.rejections);
        assertEquals(words.strip(), read.titled("Long").abstractText());
        assertEquals(2, read.titled("B").source().line());
    }
}
