package org.scholargraph.ingest.medline;

import org.scholargraph.ingest.CollectedRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.InputText;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;

class MedlineReaderTest {

    /** Real PubMed export, 335 records, CR LF line ends (see ../shared/data/SOURCES.md). */
    private static final Path PUBMED = Path.of("../shared/data/medline/pybibx_pubmed_335rec.txt");

    /*
     * Expected numbers, counted independently of this reader, from the project root:
     *   grep -c '^PMID- ' …/pybibx_pubmed_335rec.txt                     → 335 records
     *   grep -c '^FAU - ' …  → 2076;  grep -c '^CN  - ' … → 8  (authors: 2084; no record has AU without FAU)
     *   grep -c '^AUID- ORCID' …                                           → 202 ORCIDs
     *   grep -c '^MH  - ' … → 2263;  grep -c '^OT  - ' … → 1161
     * and, with continuation lines joined, per record (python3, records split on blank lines after
     * `tr -d '\r'`; MH stripped of '*' and '/subheading'; duplicates within a record ignoring case):
     *   3358 distinct keywords (66 repeats dropped), of which 307 are check tags of SubjectTerms
     *   ("Humans", "Female", …): 3051 keywords; with the 569 PT lines, each value once per record
     *   ignoring case, 875 subject categories (PMID 36510398 has PT "Review" and OT "review", 27709837
     *   OT "child" and MH "Child"); 331 records with an LID/AID '[doi]',
     *   335 with AB, 335 with TI or BTI (one NCBI Bookshelf record has BTI only: PMID 30329254),
     *   DP years 1990..2023 with 48 in 2022.
     */
    private static final int RECORDS = 335;
    private static final int AUTHORS = 2076 + 8;
    private static final int ORCIDS = 202;
    private static final int KEYWORDS = 3051;
    private static final int SUBJECT_CATEGORIES = 875;
    private static final int WITH_DOI = 331;
    private static final int IN_2022 = 48;

    private final MedlineReader reader = new MedlineReader();

    @Test
    void readsEveryRecordOfTheRealPubmedExport() {
        CollectedRecords read = CollectedRecords.read(reader, realFile());

        assertEquals(List.of(), read.rejections);
        assertEquals(RECORDS, read.records.size());
        assertEquals(RECORDS, read.records.stream().map(r -> r.ids().get(IdScheme.PMID)).distinct().count());
        assertEquals(AUTHORS, read.records.stream().mapToInt(r -> r.authors().size()).sum());
        assertEquals(ORCIDS, read.records.stream().flatMap(r -> r.authors().stream())
                .filter(a -> a.sourceId().isPresent()).count());
        assertEquals(KEYWORDS, read.records.stream().mapToInt(r -> r.keywords().size()).sum());
        assertEquals(SUBJECT_CATEGORIES, read.records.stream().mapToInt(r -> r.subjectCategories().size()).sum());
        assertEquals(WITH_DOI, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.DOI)).count());
        assertTrue(read.records.stream().allMatch(r -> !r.title().isEmpty() && !r.abstractText().isEmpty()));
        assertTrue(read.records.stream().allMatch(r -> r.year().isPresent()));
        assertEquals(IN_2022, read.records.stream().filter(r -> r.year().equals(OptionalInt.of(2022))).count());
        assertEquals(1990, read.records.stream().mapToInt(r -> r.year().getAsInt()).min().getAsInt());
        assertTrue(read.records.stream().allMatch(r -> r.references().isEmpty()), "MEDLINE has no cited references");
    }

    @Test
    void readsTheFirstRealRecordFieldByField() throws IOException {
        BibRecord first = CollectedRecords.read(reader, realFile()).records.get(0);

        assertEquals(1, first.source().line());
        assertEquals("medline", first.format());
        assertEquals("Knowledge Mapping of Multicriteria Decision Analysis in Healthcare: A Bibliometric Analysis.",
                first.title(), "the continuation line joined with one space");
        assertEquals(List.of("Dai, Zeqi", "Xu, Simin", "Wu, Xue", "Hu, Ruixue", "Li, Huimin", "He, Haoqiang", "Hu, Jing",
                "Liao, Xing"), first.authors().stream().map(RecordAuthor::name).collect(Collectors.toList()));
        assertEquals(OptionalInt.of(2022), first.year());
        assertEquals(Optional.empty(), first.date(), "DP is the year alone");
        assertEquals("Frontiers in public health", first.venue());
        assertEquals("10", first.volume());
        assertEquals("895552", first.pages());
        assertEquals("35757629", first.ids().get(IdScheme.PMID));
        assertEquals("10.3389/fpubh.2022.895552", first.ids().get(IdScheme.DOI));
        assertEquals(List.of("Bibliometrics", "COVID-19", "Decision Support Techniques", "Delivery of Health Care",
                "Technology Assessment, Biomedical", "United States", "CiteSpace", "R-bibliometrix", "VOSviewer",
                "bibliometric analysis", "healthcare", "multicriteria decision analysis"), first.keywords());
        assertTrue(first.abstractText().startsWith("OBJECTIVE: Multicriteria decision analysis (MCDA) is a useful tool in complex decision-making"));
        assertTrue(first.abstractText().endsWith("(e.g., telemedicine)."));
        assertFalse(first.abstractText().contains("  "));
    }

    @Test
    void readsTheRealBookshelfRecordWithItsOrcids() {
        BibRecord book = CollectedRecords.read(reader, realFile()).records.stream()
                .filter(r -> "30329254".equals(r.ids().get(IdScheme.PMID))).findFirst().orElseThrow();

        assertTrue(book.title().startsWith("The impact of home energy efficiency interventions and winter fuel payments on"));
        assertEquals("Public Health Research", book.venue(), "CTI, the collection title, for a book without JT");
        assertEquals(OptionalInt.of(2018), book.year());
        assertEquals(new RecordAuthor("Armstrong, Ben", Optional.of("orcid:0000-0003-4407-0409")), book.authors().get(0));
        assertEquals(new RecordAuthor("Bonnington, Oliver", Optional.of("orcid:0000-0001-5389-4042")), book.authors().get(1));
    }

    @Test
    void givesEachRealRecordTheLineOfItsPmid() throws IOException {
        List<String> lines = Files.readAllLines(realFile());
        for (BibRecord record : CollectedRecords.read(reader, realFile()).records) {
            assertEquals("PMID- " + record.ids().get(IdScheme.PMID), lines.get((int) record.source().line() - 1).strip());
        }
    }

    // ---- hand-made quirks --------------------------------------------------------------------------------------------

    @Test
    void takesShortNamesOfOldRecordsCollectiveAuthorsAndADoiAmongOtherIds() {
        String text = "PMID- 1111\n"
                + "DP  - 1995 Mar 7\n"
                + "TI  - An old record\n"
                + "AU  - Fisher RA\n"
                + "CN  - Study Group on Old Records\n"
                + "AU  - Tukey JW\n"
                + "AUID- ORCID: https://orcid.org/0000-0002-1825-0097\n"
                + "TA  - J Old Rec\n"
                + "AID - S0140-6736(95)00001-1 [pii]\n"
                + "AID - 10.1016/S0140-6736(95)00001-1 [doi]\n"
                + "MH  - *Neoplasms/*therapy/mortality\n"
                + "MH  - neoplasms/diagnosis\n"
                + "OT  - survival\n";

        BibRecord record = CollectedRecords.read(reader, text).records.get(0);

        assertEquals(List.of(RecordAuthor.named("Fisher RA"), RecordAuthor.named("Study Group on Old Records"),
                new RecordAuthor("Tukey JW", Optional.of("orcid:0000-0002-1825-0097"))), record.authors());
        assertEquals(Optional.of(LocalDate.of(1995, 3, 7)), record.date());
        assertEquals("J Old Rec", record.venue(), "TA when there is no JT");
        assertEquals("10.1016/s0140-6736(95)00001-1", record.ids().get(IdScheme.DOI));
        assertEquals(List.of("Neoplasms", "survival"), record.keywords(), "a heading repeated with another subheading once");
    }

    @Test
    void splitsRecordsWithoutBlankLinesAndRejectsTextBetweenThem() {
        String text = "\r\n"
                + "PMID- 1\r\nTI  - First\r\n"
                + "PMID- 2\r\nTI  - Second, wrapped \r\n      over two lines.\r\n"
                + "\r\n"
                + "Saved from PubMed on a Tuesday\r\nby someone\r\n"
                + "\r\n\r\n"
                + "PMID- x\r\nOWN - NLM\r\n"
                + "\r\n"
                + "PMID- 4\r\nDP  - Spring\r\nTI  - Fourth\r\n";

        CollectedRecords read = CollectedRecords.read(reader, text);

        assertEquals(List.of("First", "Second, wrapped over two lines.", "Fourth"),
                read.records.stream().map(BibRecord::title).collect(Collectors.toList()));
        assertEquals(List.of(2L, 4L, 15L), read.records.stream().map(r -> r.source().line()).collect(Collectors.toList()));
        assertEquals(OptionalInt.empty(), read.records.get(2).year());
        assertEquals(List.of(8L, 12L), read.rejections.stream().map(r -> r.source().line()).collect(Collectors.toList()));
        assertEquals("Saved from PubMed on a Tuesday\nby someone", read.rejections.get(0).raw());
        assertTrue(read.rejections.get(1).reason().contains("no title, abstract or PMID"), read.rejections.get(1).reason());
    }

    @Test
    void stripsStarAndSubheadingsFromMeshHeadings() {
        assertEquals("Humans", MedlineReader.meshHeading("Humans"));
        assertEquals("Neoplasms", MedlineReader.meshHeading("Neoplasms/*therapy"));
        assertEquals("Decision Making", MedlineReader.meshHeading("*Decision Making"));
        assertEquals("Delivery of Health Care", MedlineReader.meshHeading("Delivery of Health Care/organization & administration"));
    }

    // ---- recognition -------------------------------------------------------------------------------------------------

    @Test
    void recognisesTheRealExportAndDetectsItAsMedline() throws IOException {
        String head = InputText.of(realFile()).head();
        assertTrue(reader.recognises(head, realFile()));
        assertEquals(Optional.of(Format.MEDLINE), Format.detect(head, realFile()));
    }

    @Test
    void recognisesNoOtherSharedSampleNorSeed() throws IOException {
        Path data = Path.of("../shared/data");
        Assumptions.assumeTrue(Files.isDirectory(data), "../shared/data is absent: this test reads the real samples");
        List<Path> others;
        try (Stream<Path> files = Stream.concat(Files.walk(data), Files.walk(Path.of("../shared/seeds")))) {
            others = files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/medline/"))
                    .filter(f -> !f.getFileName().toString().endsWith(".md")).collect(Collectors.toList());
        }
        assertTrue(others.size() > 20, others.size() + " files");
        for (Path other : others) {
            assertFalse(reader.recognises(InputText.of(other).head(), other), other.toString());
        }
        assertFalse(reader.recognises("TY  - JOUR\nAU  - Smith, J\nER  - \n", Path.of("x.ris")));
        assertFalse(reader.recognises("The PMID- 123 is quoted in a sentence", Path.of("x.txt")));
    }

    private static Path realFile() {
        Assumptions.assumeTrue(Files.isReadable(PUBMED), PUBMED + " is absent: this test reads the real sample");
        return PUBMED;
    }
}
