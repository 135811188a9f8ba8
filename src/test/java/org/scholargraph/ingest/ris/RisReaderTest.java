package org.scholargraph.ingest.ris;

import org.scholargraph.ingest.CollectedRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;

class RisReaderTest {

    /** Real Scopus RIS export: 87 records with keywords and N1 reference notes (see ../shared/data/SOURCES.md). */
    private static final Path SCOPUS = Path.of("../shared/data/ris/scopus4histcite_scopus_export_87rec_kw_refs.ris");
    /** Real rispy test file: one record, UTF-8 BOM, Cyrillic, a two-line abstract, title only in ST. */
    private static final Path RISPY = Path.of("../shared/data/ris/rispy_example_utf_chars.ris");

    /*
     * Expected numbers for the Scopus RIS export, counted independently of this reader, from the project root:
     *   grep -c '^TY  - ' F ; grep -c '^ER  - ' F                               → 87 87
     *   grep -c '^AU  - ' F                                                      → 292 (no A1 lines)
     *   grep -c '^PY  - [0-9]\{4\}' F ; grep -c '^DO  - 10\.' F                  → 87 78
     *   grep -o 'scopus\.com/inward/record\.uri?eid=2-s2\.0-[0-9]*' F | wc -l    → 87 (one of them glued to the end of a
     *     reference line: "…arXiv preprintUR  - https://www.scopus.com/…", so grep -c '^UR' gives 86)
     *   grep -c '^KW  - ' F                                                      → 1371; per record, a repeat
     *     (case-insensitive) kept once, in Python: sum(len({k.strip().lower() for k in re.findall(r'^KW  - (.*)$', rec, re.M)})
     *     for rec in text.split('\nER  -'))                                      → 1235
     *   grep -c '^N1  - References: ' F                                          → 87
     *   references: the N1 References note plus its untagged lines (cut at a glued tag), lines stripped and joined with
     *     a space, split by the rule documented in ScopusReferenceList, written again in Python (see ScopusCsvReaderTest)
     *                                                                            → 2698 (a plain split on ';\s+' also gives 2698:
     *     no editor lists here); of which state a DOI                            → 65
     *   grep -c '^C2  - ' F                                                      → 1 (31022904, a PubMed id; DB is Scopus)
     */
    private static final int RECORDS = 87;
    private static final int AUTHORS = 292;
    private static final int WITH_DOI = 78;
    private static final int KEYWORDS = 1235;
    private static final int REFERENCES = 2698;
    private static final int REFERENCES_WITH_DOI = 65;

    private final RisReader reader = new RisReader();

    // ---- the real files -------------------------------------------------------------------------------------------

    @Test
    void readsEveryRecordOfTheScopusExport() {
        CollectedRecords read = read(SCOPUS);

        assertEquals(RECORDS, read.records.size());
        assertEquals(List.of(), read.rejections);
        assertEquals(AUTHORS, read.records.stream().mapToInt(r -> r.authors().size()).sum());
        assertEquals(RECORDS, read.records.stream().filter(r -> r.year().isPresent()).count());
        assertEquals(WITH_DOI, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.DOI)).count());
        assertEquals(RECORDS, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.SCOPUS)).count());
        assertEquals(1, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.PMID)).count());
        assertEquals(KEYWORDS, read.records.stream().mapToInt(r -> r.keywords().size()).sum());
        assertEquals(RECORDS, read.records.stream().filter(r -> !r.references().isEmpty()).count());
        assertEquals(REFERENCES, read.records.stream().mapToInt(r -> r.references().size()).sum());
        assertEquals(REFERENCES_WITH_DOI, read.records.stream().flatMap(r -> r.references().stream())
                .filter(ref -> ref.ids().containsKey(IdScheme.DOI)).count());
        assertTrue(read.records.stream().flatMap(r -> r.references().stream())
                .noneMatch(ref -> ref.text().startsWith("Export Date") || ref.text().startsWith("Correspondence Address")));
    }

    @Test
    void readsTheFirstScopusRecordFieldByField() {
        BibRecord first = read(SCOPUS).records.get(0);

        assertEquals(1, first.source().line());
        assertEquals("Information fusion in biometrics", first.title());
        assertEquals(List.of(RecordAuthor.named("Ross, A."), RecordAuthor.named("Jain, A.")), first.authors());
        assertEquals(OptionalInt.of(2003), first.year());
        assertEquals("Pattern Recognition Letters", first.venue());
        assertEquals("24", first.volume());
        assertEquals("2115-2125", first.pages());
        assertEquals(Map.of(IdScheme.DOI, "10.1016/s0167-8655(03)00079-5", IdScheme.SCOPUS, "2-s2.0-0038343934"), first.ids());
        assertTrue(first.abstractText().startsWith("User verification systems that use a single biometric indicator"));
        assertEquals(14, first.keywords().size()); // 15 KW lines, "Biometrics" twice
        assertEquals("identification method", first.keywords().get(13));
        assertEquals(27, first.references().size());
        assertEquals(new Reference(Map.of(), "Brunelli, R., Falavigna, D., Person identification using multiple cues (1995) "
                + "IEEE Trans. PAMI, 12 (10), pp. 955-966"), first.references().get(2));
        assertEquals(new Reference(Map.of(), "Zuev, Y., Ivanon, S., The voting as a way to increase the decision reliability (1996) "
                + "Foundations of Information/Decision Fusion With Applications to Engineering Problems, pp. 206-210. , Washington, DC, USA"),
                first.references().get(26));
    }

    @Test
    void splitsATagGluedToTheLastReferenceLine() {
        BibRecord glued = read(SCOPUS).records.get(56);

        assertEquals(4348, glued.source().line());
        assertEquals("Adversarial examples for replay attacks against CNN-based face recognition with anti-spoofing capability",
                glued.title());
        assertEquals("2-s2.0-85085937768", glued.ids().get(IdScheme.SCOPUS));
        List<Reference> references = glued.references();
        assertEquals("Yang, J., Lei, Z., Li, S.Z., Learn convolutional neural network for face anti-spoofing (2014), arXiv preprint",
                references.get(references.size() - 1).text());
    }

    @Test
    void keepsAReferenceWithItsStatedDoi() {
        List<Reference> all = read(SCOPUS).records.stream().flatMap(r -> r.references().stream()).collect(Collectors.toList());

        assertTrue(all.contains(new Reference(Map.of(IdScheme.DOI, "10.1109/tifs.2007.902037"),
                "Kollreider, K., Fronthaler, H., Faraj, M.I., Bigun, J., Real-time face detection and motion analysis with "
                        + "application in \"liveness\" assessment (2007) IEEE Transactions on Information Forensics and Security, "
                        + "2 (3), pp. 548-558. , DOI 10.1109/TIFS.2007.902037")));
        assertTrue(all.stream().allMatch(r -> r.ids().isEmpty() || r.ids().keySet().equals(java.util.Set.of(IdScheme.DOI))));
    }

    @Test
    void readsTheRispySampleWithItsBomAndCyrillicText() {
        CollectedRecords read = read(RISPY);

        assertEquals(1, read.records.size()); // one ER line; the TY line sits behind the BOM
        assertEquals(List.of(), read.rejections);
        BibRecord record = read.records.get(0);
        assertEquals(1, record.source().line());
        assertEquals(5, record.authors().size());
        assertEquals(RecordAuthor.named("Dobrokhotova, Yu E."), record.authors().get(0));
        assertEquals(OptionalInt.of(2009), record.year());
        assertEquals("Gynecology, Obstetrics and Perinatology", record.venue());
        assertEquals("8", record.volume());
        assertEquals("52-57", record.pages());
        assertTrue(record.title().startsWith("Состояние рецепторного аппарата эндометрия"), record.title());
        String[] abstractLines = record.abstractText().split("\n");
        assertEquals(2, abstractLines.length);
        assertTrue(abstractLines[1].startsWith("The state of the receptor apparatus of the endometrium"));
    }

    @Test
    void recognisesBothRealFiles() throws IOException {
        for (Path file : List.of(SCOPUS, RISPY)) {
            Assumptions.assumeTrue(Files.exists(file), file + " is absent: this test reads the real sample");
            assertTrue(reader.recognises(InputText.of(file).head(), file), file.toString());
        }
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
                            .filter(p -> !p.startsWith(data.resolve("ris")))
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
    void readsRecordsWithoutTyAndWithMixedLineEndings() {
        String ris = "AU  - Watts, D. J.\r\nAU  - Strogatz, S. H.\rTI  - Collective dynamics of\n  small-world networks\r\n"
                + "PY  - 1998/06/04/\nER  - \r\n\r\n"
                + "AU  - Milgram, S.\nTI  - The small world problem\nY1  - 1967///\nER  -\n";

        CollectedRecords read = CollectedRecords.read(reader, ris);

        assertEquals(2, read.records.size());
        BibRecord first = read.records.get(0);
        assertEquals("Collective dynamics of small-world networks", first.title());
        assertEquals(Optional.of(LocalDate.of(1998, 6, 4)), first.date());
        assertEquals(2, first.authors().size());
        assertEquals(8, read.records.get(1).source().line());
        assertEquals(OptionalInt.of(1967), read.records.get(1).year());
        assertTrue(reader.recognises(ris, Path.of("x.ris")));
    }

    @Test
    void takesReferencesOnlyFromTheReferencesNote() {
        String ris = "TY  - JOUR\nTI  - A paper\nN1  - Export Date: 3 July 2020\n"
                + "N1  - Correspondence Address: Doe, J.; Somewhere; email: j@example.org\n"
                + "N1  - References: Newman, M.E.J., The structure of scientific collaboration networks (2001) "
                + "Proc. Natl. Acad. Sci. USA, 98 (2), pp. 404-409; \n"
                + "Barabási, A.-L., Albert, R., Emergence of scaling in random networks (1999) Science, 286, pp. 509-512. , "
                + "DOI 10.1126/science.286.5439.509; Watts, D.J., Small worlds (1999), Princeton University Press\n"
                + "ER  - \n";

        BibRecord record = CollectedRecords.read(reader, ris).records.get(0);

        assertEquals(List.of(
                new Reference(Map.of(), "Newman, M.E.J., The structure of scientific collaboration networks (2001) "
                        + "Proc. Natl. Acad. Sci. USA, 98 (2), pp. 404-409"),
                new Reference(Map.of(IdScheme.DOI, "10.1126/science.286.5439.509"),
                        "Barabási, A.-L., Albert, R., Emergence of scaling in random networks (1999) Science, 286, pp. 509-512. , "
                                + "DOI 10.1126/science.286.5439.509"),
                new Reference(Map.of(), "Watts, D.J., Small worlds (1999), Princeton University Press")), record.references());
    }

    @Test
    void takesIdsFromLinksAndThePubmedIdOnlyFromScopus() {
        String ris = "TY  - JOUR\nTI  - From arXiv\nUR  - https://arxiv.org/abs/1812.11118v2\nC2  - 12345\nER  - \n"
                + "TY  - JOUR\nTI  - From Scopus\nDB  - Scopus\nC2  - 31022904\nC7  - e1002\nER  - \n";

        CollectedRecords read = CollectedRecords.read(reader, ris);

        assertEquals(Map.of(IdScheme.ARXIV, "1812.11118"), read.records.get(0).ids());
        assertEquals(Map.of(IdScheme.PMID, "31022904"), read.records.get(1).ids());
        assertEquals("e1002", read.records.get(1).pages());
    }

    @Test
    void acceptsLooseSpacingForKnownTagsOnly() {
        String ris = "TY - JOUR\nTI -  Loose spacing\nAB  - An abstract that goes on\nUS - based prose stays prose\nER -\n";

        BibRecord record = CollectedRecords.read(reader, ris).records.get(0);

        assertEquals("Loose spacing", record.title());
        assertEquals("An abstract that goes on\nUS - based prose stays prose", record.abstractText());
    }

    @Test
    void startsANewRecordAtTyWhenErIsMissing() {
        String ris = "TY  - JOUR\nTI  - First\nTY  - JOUR\nTI  - Second\nER  - \n";

        CollectedRecords read = CollectedRecords.read(reader, ris);

        assertEquals(List.of("First", "Second"), read.records.stream().map(BibRecord::title).collect(Collectors.toList()));
        assertEquals(List.of(1L, 3L), read.records.stream().map(r -> r.source().line()).collect(Collectors.toList()));
    }

    @Test
    void rejectsARecordTheFileEndsInsideAndOneWithNothingToIdentifyIt() {
        String ris = "Provider: a preamble line that is skipped\n\nTY  - JOUR\nAU  - Nobody, N.\nER  - \nTY  - JOUR\nTI  - Cut off\nAB  - mid";

        CollectedRecords read = CollectedRecords.read(reader, ris);

        assertEquals(List.of(), read.records);
        assertEquals(2, read.rejections.size());
        assertEquals(3, read.rejections.get(0).source().line());
        assertTrue(read.rejections.get(0).reason().contains("no title"));
        assertEquals(6, read.rejections.get(1).source().line());
        assertEquals("TY  - JOUR\nTI  - Cut off\nAB  - mid\n", read.rejections.get(1).raw());
    }

    @Test
    void doesNotTakeMedlineForRis() {
        String medline = "PMID- 19872477\nOWN - NLM\nTI  - A title\nAU  - Doe J\nDP  - 1929\nSO  - A journal\n\n";
        assertFalse(reader.recognises(medline, Path.of("pubmed.txt")));
    }

    private CollectedRecords read(Path file) {
        Assumptions.assumeTrue(Files.exists(file), file + " is absent: this test reads the real sample");
        return CollectedRecords.read(reader, file);
    }
}
