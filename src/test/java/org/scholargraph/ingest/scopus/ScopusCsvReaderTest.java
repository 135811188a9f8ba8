package org.scholargraph.ingest.scopus;

import org.scholargraph.ingest.CollectedRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.ingest.InputText;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;
import org.scholargraph.model.Rejection;

class ScopusCsvReaderTest {

    /** Real Scopus CSV export, 58 rows, BOM, 45-column header (see ../shared/data/SOURCES.md). */
    private static final Path EXPORT = Path.of("../shared/data/scopus/litstudy_scopus_58rec.csv");

    /*
     * Expected numbers, counted independently of this reader with Python's csv module, from the project root:
     *
     *   import csv, re
     *   r = list(csv.reader(open(EXPORT, encoding="utf-8-sig", newline="")))
     *   h = r[0]                                  # 45 names, 'Funding Text 1' at index 24
     *   rows = [x[:25] + x[26:] if len(x) == 46 else x for x in r[1:]]   # 56 rows carry one more funding text
     *   d = [dict(zip(h, x)) for x in rows]
     *   len(d)                                                                   → 58 (56 rows of 46 cells, 2 of 45)
     *   sum(len([a for a in x["Authors"].split(",") if a.strip() and "No author" not in a]) for x in d)  → 213
     *     (9 rows say "[No author name available]" / "[No author id available]"; every other row has as many
     *     ids in 'Author(s) ID' as names, so all 213 carry a Scopus id)
     *   sum(1 for x in d if x["DOI"]), sum(1 for x in d if x["PubMed ID"]), sum(1 for x in d if x["EID"].startswith("2-s2.0-"))
     *                                                                            → 44 24 58
     *   sum(1 for x in d if x["Abstract"] and x["Abstract"] != "[No abstract available]")   → 57
     *   keywords, 'Author Keywords' then 'Index Keywords' split on ';', a repeat (case-insensitive) kept once → 1296,
     *   less the 82 check tags and publication types of SubjectTerms ("article", "human")   → 1214
     *   rows with a non-empty 'References'                                       → 48
     *   start lines: csv.reader's line_num after the previous row, plus 1         → 2, 3, 4, 6, 7 … 60, 61, 62
     *
     * Reference counts follow the documented split rule, written again in Python:
     *   NAME = re.compile(r"[^\W\d_][\w'’\-. ]*, (?:[A-Z]\.[ -]?)+(?:, Eds?\.)?"); PUB = re.compile(r"[^()]{1,120}: [^()]{1,120}")
     *   pieces of re.split(r";\s+", refs), stripped; a piece that fullmatches NAME, or PUB right after a piece
     *   ending in "Eds.", is glued to the one before                              → 2425 (a plain split gives 2452)
     *   of which state a DOI (r"(?i)(?:\bdoi\s*:?\s*|doi\.org/)(10\.\d{4,9}/\S+)" or r"(?:^|,\s*)(10\.\d{4,9}/[^\s,]+)")
     *                                                                            → 289
     *   per row for the first four rows                                          → 131 317 42 101
     *
     * SOURCES.md says "with_refs=3": that count read the rows without realigning them, so in 56 rows it looked
     * at the empty second funding text instead of the references.
     */
    private static final int ROWS = 58;
    private static final int AUTHORS = 213;
    private static final int WITH_DOI = 44;
    private static final int WITH_PMID = 24;
    private static final int WITH_ABSTRACT = 57;
    private static final int KEYWORDS = 1214;
    private static final int WITH_REFERENCES = 48;
    private static final int REFERENCES = 2425;
    private static final int REFERENCES_WITH_DOI = 289;

    private final ScopusCsvReader reader = new ScopusCsvReader();

    // ---- the real export --------------------------------------------------------------------------------------------

    @Test
    void readsEveryRowOfTheRealExportWithNothingRejected() {
        CollectedRecords read = realExport();

        assertEquals(ROWS, read.records.size());
        assertEquals(List.of(), read.rejections);
        assertEquals(AUTHORS, read.records.stream().mapToInt(r -> r.authors().size()).sum());
        assertTrue(read.records.stream().flatMap(r -> r.authors().stream())
                .allMatch(a -> a.sourceId().orElse("").matches("scopus:\\d+")));
        assertEquals(ROWS, read.records.stream().filter(r -> r.year().isPresent()).count());
        assertEquals(WITH_DOI, countWith(read, IdScheme.DOI));
        assertEquals(WITH_PMID, countWith(read, IdScheme.PMID));
        assertEquals(ROWS, countWith(read, IdScheme.SCOPUS));
        assertEquals(WITH_ABSTRACT, read.records.stream().filter(r -> !r.abstractText().isEmpty()).count());
        assertEquals(KEYWORDS, read.records.stream().mapToInt(r -> r.keywords().size()).sum());
        assertEquals(WITH_REFERENCES, read.records.stream().filter(r -> !r.references().isEmpty()).count());
        assertEquals(REFERENCES, read.records.stream().mapToInt(r -> r.references().size()).sum());
        assertEquals(REFERENCES_WITH_DOI, read.records.stream().flatMap(r -> r.references().stream())
                .filter(ref -> ref.ids().containsKey(IdScheme.DOI)).count());
        assertEquals(List.of(131, 317, 42, 101),
                read.records.subList(0, 4).stream().map(r -> r.references().size()).collect(Collectors.toList()));
    }

    @Test
    void keepsTheLineEachRowStartsOnThoughAbstractsSpanLines() {
        CollectedRecords read = realExport();

        List<Long> lines = read.records.stream().map(r -> r.source().line()).collect(Collectors.toList());
        assertEquals(List.of(2L, 3L, 4L, 6L, 7L), lines.subList(0, 5));
        assertEquals(List.of(60L, 61L, 62L), lines.subList(ROWS - 3, ROWS));
    }

    @Test
    void readsTheNamdPaperFieldByField() {
        BibRecord namd = realExport().records.get(0);

        assertEquals("Scalable molecular dynamics with NAMD", namd.title());
        assertEquals(10, namd.authors().size());
        assertEquals(new RecordAuthor("J.C. Phillips", Optional.of("scopus:57202138757")), namd.authors().get(0));
        assertEquals(new RecordAuthor("L. Kalé", Optional.of("scopus:7005862685")), namd.authors().get(8));
        assertEquals(new RecordAuthor("K. Schulten", Optional.of("scopus:7102415947")), namd.authors().get(9));
        assertEquals(OptionalInt.of(2005), namd.year());
        assertEquals("Journal of Computational Chemistry", namd.venue());
        assertEquals("26", namd.volume());
        assertEquals("1781-1802", namd.pages());
        assertEquals(Map.of(IdScheme.DOI, "10.1002/jcc.20289", IdScheme.SCOPUS, "2-s2.0-27344436659"), namd.ids());
        assertTrue(namd.abstractText().startsWith("NAMD is a parallel molecular dynamics code"));
        assertTrue(namd.abstractText().endsWith("© 2005 Wiley Periodicals, Inc."));
        // Author keywords first, then index keywords not already given ("Biomolecular simulation" and two more repeat)
        assertEquals(List.of("Biomolecular simulation", "Molecular dynamics", "Parallel computing", "Algorithms",
                "C (programming language)", "Computer simulation", "Equations of motion", "Free energy",
                "Molecular graphics", "Biomolecular systems", "NAMD"), namd.keywords());
        assertEquals(new Reference(Map.of(), "Kalé, L., Skeel, R., Bhandarkar, M., Brunner, R., Gursoy, A., Krawetz, N., "
                + "Phillips, J., Schulten, K., (1999) J Comp Phys, 151, p. 283"), namd.references().get(0));
    }

    @Test
    void keepsABookChapterWithItsEditorListAsOneReference() {
        BibRecord namd = realExport().records.get(0);

        assertTrue(namd.references().contains(new Reference(Map.of(),
                "Lu, H., Krammer, A., Isralewitz, B., Vogel, V., Schulten, K., (2000) Elastic Filaments of the Cell, p. 143. , "
                        + "Pollack, J.; Granzier, H., Eds.; Kluwer Academic/Plenum Publishers: New York, chap 1")));
        assertTrue(namd.references().stream().noneMatch(r -> r.text().equals("Hermans, J.")));
    }

    @Test
    void realignsRowsThatCarryASecondFundingText() {
        // line 4: 46 cells under a 45-column header; read naively, PubMed ID would be 'English'
        BibRecord row = realExport().records.get(2);

        assertEquals(4, row.source().line());
        assertEquals("Scientific Reports", row.venue());
        assertEquals("1135", row.pages()); // no page range: the article number
        assertEquals(Map.of(IdScheme.DOI, "10.1038/s41598-022-04849-0", IdScheme.PMID, "35064163",
                IdScheme.SCOPUS, "2-s2.0-85123480963"), row.ids());
        assertEquals(new Reference(Map.of(), "Edelstein-Keshet, L., (2005) Mathematical Models in Biology, , SIAM"),
                row.references().get(0));
    }

    @Test
    void givesAReferenceTheDoiItStatesAndNoOtherId() {
        CollectedRecords read = realExport();
        List<Reference> all = read.records.stream().flatMap(r -> r.references().stream()).collect(Collectors.toList());

        Reference withDoi = new Reference(Map.of(IdScheme.DOI, "10.1099/00221287-148-9-2705"),
                "Beuzon, C.R., Salcedo, S.P., Holden, D.W., Growth and killing of a Samonella enterica serovar Typhimurium "
                        + "sifA mutant strain in the cytosol of different host cell lines (2002) Microbiology, 148, pp. 2705-2715. , "
                        + "10.1099/00221287-148-9-2705, 12213917");
        assertTrue(all.contains(withDoi), "the Beuzon reference with its DOI");
        assertTrue(all.stream().allMatch(r -> r.ids().keySet().equals(java.util.Set.of(IdScheme.DOI)) || r.ids().isEmpty()));
    }

    @Test
    void recognisesTheRealExportFromItsHeadAlone() throws IOException {
        Assumptions.assumeTrue(Files.exists(EXPORT), EXPORT + " is absent: this test reads the real sample");
        assertTrue(reader.recognises(InputText.of(EXPORT).head(), EXPORT));
    }

    @Test
    void recognisesNoOtherSampleOrSeed() throws IOException {
        Path data = Path.of("../shared/data");
        Assumptions.assumeTrue(Files.isDirectory(data), data + " is absent: this test reads the real samples");
        List<Path> others = new ArrayList<>();
        for (Path folder : List.of(data, Path.of("../shared/seeds"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.filter(Files::isRegularFile)
                            .filter(p -> !p.startsWith(data.resolve("scopus")))
                            .filter(p -> !p.getFileName().toString().endsWith(".md"))
                            .forEach(others::add);
                }
            }
        }
        assertTrue(others.size() > 10, "expected the other formats' samples, found " + others);
        for (Path other : others) {
            assertFalse(reader.recognises(InputText.of(other).head(), other), other.toString());
        }
    }

    // ---- hand-made edge cases ---------------------------------------------------------------------------------------

    @Test
    void readsTheOldHeaderWithCommaSeparatedAuthorsAndNoIds() {
        String csv = "Authors,Title,Year,Source title,Volume,Issue,Art. No.,Page start,Page end,Page count,Cited by,Link,Abstract,Author Keywords\n"
                + "\"Watts D.J., Strogatz S.H.\",\"Collective dynamics of 'small-world' networks\",1998,\"Nature\",\"393\",\"6684\",,\"440\",\"442\",,,"
                + "\"https://www.scopus.com/inward/record.url?eid=2-s2.0-0032482432&partnerID=40\",\"[No abstract available]\",\n";

        CollectedRecords read = CollectedRecords.read(reader, csv);

        assertEquals(List.of(), read.rejections);
        BibRecord paper = read.records.get(0);
        assertEquals(List.of(RecordAuthor.named("D.J. Watts"), RecordAuthor.named("S.H. Strogatz")), paper.authors());
        assertEquals("440-442", paper.pages());
        assertEquals("", paper.abstractText());
        assertEquals(Map.of(IdScheme.SCOPUS, "2-s2.0-0032482432"), paper.ids()); // from the Link when there is no EID
        assertTrue(reader.recognises(csv, Path.of("scopus.csv")));
    }

    @Test
    void prefersFullNamesWithTheirIdsInTheCurrentHeader() {
        String csv = "\uFEFF\"Authors\",\"Author full names\",\"Author(s) ID\",\"Title\",\"Year\",\"Source title\",\"DOI\",\"EID\"\n"
                + "\"Newman M.E.J.; Girvan M.\",\"Newman, Mark E. J. (7202184023); Girvan, Michelle (6602452577)\","
                + "\"7202184023;6602452577\",\"Finding and evaluating community structure in networks\",2004,"
                + "\"Physical Review E\",\"10.1103/PhysRevE.69.026113\",\"2-s2.0-37649028224\"\n";

        CollectedRecords read = CollectedRecords.read(reader, csv);

        assertEquals(List.of(new RecordAuthor("Newman, Mark E. J.", Optional.of("scopus:7202184023")),
                new RecordAuthor("Girvan, Michelle", Optional.of("scopus:6602452577"))), read.records.get(0).authors());
        assertEquals("10.1103/physreve.69.026113", read.records.get(0).ids().get(IdScheme.DOI));
        assertTrue(reader.recognises(csv.substring(1), Path.of("scopus.csv")));
    }

    @Test
    void pairsSemicolonSeparatedAuthorsWithIdsOnlyWhenTheCountsAgree() {
        String csv = "Authors,Author(s) ID,Title,Year\n"
                + "\"Barabási A.-L.; Albert R.\",\"7005196479;7202316536;\",\"Emergence of scaling in random networks\",1999\n"
                + "\"Barabási A.-L.; Albert R.\",\"7005196479;\",\"Emergence of scaling in random networks\",1999\n";

        CollectedRecords read = CollectedRecords.read(reader, csv);

        assertEquals(List.of(new RecordAuthor("A.-L. Barabási", Optional.of("scopus:7005196479")),
                new RecordAuthor("R. Albert", Optional.of("scopus:7202316536"))), read.records.get(0).authors());
        assertEquals(List.of(RecordAuthor.named("A.-L. Barabási"), RecordAuthor.named("R. Albert")),
                read.records.get(1).authors());
    }

    @Test
    void rejectsARowWithTheWrongNumberOfCellsAndGoesOn() {
        String csv = "Authors,Title,Year,EID\r\n"
                + "\"Erdős P.\",\"On random graphs I\",1959,\"2-s2.0-0000000001\"\r\n"
                + "\"Rényi A.\",\"A stray row\",1960\r\n"
                + "\"Erdős P., Rényi A.\",\"On the evolution of random graphs\",\"1960\",\"2-s2.0-0000000002\"\r\n";

        CollectedRecords read = CollectedRecords.read(reader, csv);

        assertEquals(2, read.records.size());
        assertEquals(1, read.rejections.size());
        Rejection rejection = read.rejections.get(0);
        assertEquals(3, rejection.source().line());
        assertEquals("\"Rényi A.\",\"A stray row\",1960", rejection.raw());
        assertTrue(rejection.reason().contains("3 cells where the header has 4"), rejection.reason());
        assertEquals(4, read.records.get(1).source().line());
    }

    @Test
    void realignsExtraFundingTextsButRejectsOtherExtraCells() {
        String header = "Authors,Title,Funding Details,Funding Text 1,References,EID\n";
        String twoTexts = "\"Price D.J.D.S.\",\"Networks of scientific papers\",\"grant\",\"first text\",\"second text\","
                + "\"Garfield, E., Citation indexes for science (1955) Science, 122, pp. 108-111\",\"2-s2.0-0000000003\"\n";
        String trailing = "\"Price D.J.D.S.\",\"Little science, big science\",\"grant\",\"first\",\"refs\",\"2-s2.0-0000000004\",stray\n";

        CollectedRecords read = CollectedRecords.read(reader, header + twoTexts + trailing);

        assertEquals(1, read.records.size());
        assertEquals(List.of(new Reference(Map.of(), "Garfield, E., Citation indexes for science (1955) Science, 122, pp. 108-111")),
                read.records.get(0).references());
        assertEquals("2-s2.0-0000000003", read.records.get(0).ids().get(IdScheme.SCOPUS));
        assertEquals(3, read.rejections.get(0).source().line());
        assertTrue(read.rejections.get(0).reason().contains("do not line up"), read.rejections.get(0).reason());
    }

    @Test
    void countsLinesInsideQuotedCellsAndSkipsBlankLines() {
        String csv = "Authors,Title,Abstract,EID\n"
                + "\"Granovetter M.S.\",\"The strength of weak ties\",\"First paragraph.\n\nSecond, with \"\"quotes\"\".\",\"2-s2.0-0000000005\"\n"
                + "\n"
                + "\"Burt R.S.\",\"Structural holes\",\"\",\"2-s2.0-0000000006\"\n";

        CollectedRecords read = CollectedRecords.read(reader, csv);

        assertEquals(List.of(2L, 6L), read.records.stream().map(r -> r.source().line()).collect(Collectors.toList()));
        assertEquals("First paragraph.\n\nSecond, with \"quotes\".", read.records.get(0).abstractText());
    }

    @Test
    void rejectsARowWithoutTitleAbstractOrIdentifier() {
        String csv = "Authors,Title,Year,EID\n\"Nobody N.\",\"\",2001,\"\"\n";

        CollectedRecords read = CollectedRecords.read(reader, csv);

        assertEquals(List.of(), read.records);
        assertEquals(2, read.rejections.get(0).source().line());
    }

    @Test
    void cannotReadAFileWhoseFirstRowIsNotAScopusHeader() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> reader.read(Path.of("people.csv"), new BufferedReader(new StringReader("name,age\nAda,36\n")),
                        new CollectedRecords()));
        assertEquals(1, e.line());
    }

    @Test
    void readsAFileCutInsideAQuotedCellToTheEnd() {
        String csv = "Authors,Title,Abstract,EID\n"
                + "\"Milgram S.\",\"The small world problem\",\"\",\"2-s2.0-0000000007\"\n"
                + "\"Travers J.\",\"An experimental study\",\"Cut off in the mid";

        CollectedRecords read = CollectedRecords.read(reader, csv);

        assertEquals(1, read.records.size());
        assertEquals(1, read.rejections.size());
        assertEquals(3, read.rejections.get(0).source().line());
        assertTrue(read.rejections.get(0).raw().startsWith("\"Travers J.\""));
    }

    private CollectedRecords realExport() {
        Assumptions.assumeTrue(Files.exists(EXPORT), EXPORT + " is absent: this test reads the real sample");
        return CollectedRecords.read(reader, EXPORT);
    }

    private static long countWith(CollectedRecords read, IdScheme scheme) {
        return read.records.stream().filter(r -> r.ids().containsKey(scheme)).count();
    }
}
