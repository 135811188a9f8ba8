package org.scholargraph.ingest.wos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scholargraph.ingest.wos.CollectedRecords.EDGE_CASES;
import static org.scholargraph.ingest.wos.CollectedRecords.SAVEDRECS;
import static org.scholargraph.ingest.wos.CollectedRecords.realSample;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;
import org.scholargraph.model.Rejection;

class WosPlainReaderTest {

    /*
     * Expected numbers, counted independently of this reader with a short Python script over the
     * files (from the project root), which splits records at "PT "/"ER", gives each tag line
     * ("XX value") and each three-space continuation line to the current tag, and calls a record
     * bad when it holds any other non-blank line:
     *
     *   import sys,re,collections
     *   for fn in sys.argv[1:]:
     *       recs=[];cur=None;tag=None
     *       for line in open(fn,encoding='utf-8-sig'):
     *           line=line.rstrip('\n')
     *           if line.startswith('PT '): cur=collections.defaultdict(list);cur['_bad']=[];tag=None;continue
     *           if cur is None: continue
     *           if line=='ER': recs.append(cur);cur=None;continue
     *           if re.match(r'^[A-Z][A-Z0-9] ',line): tag=line[:2];cur[tag].append(line[3:])
     *           elif line.startswith('   '): cur[tag].append(line[3:])
     *           elif line.strip(): cur['_bad'].append(line)
     *       good=[r for r in recs if not r['_bad']]
     *       kw=lambda r: [k.strip() for t in ('DE','ID') for k in ' '.join(r[t]).split(';') if k.strip()]
     *       print(len(recs), len(good), sum(len(r['AF']) for r in good), sum(len(r['CR']) for r in good),
     *             sum(1 for r in good for c in r['CR'] if ' DOI ' in c), sum(1 for r in good if r['DI']),
     *             sum(1 for r in good if r['UT']), sum(1 for r in good if r['PM']), sum(1 for r in good if r['PY']),
     *             sum(len(kw(r)) for r in good), sum(len(set(k.lower() for k in kw(r))) for r in good),
     *             sum(1 for r in good if r['AB']))
     *
     *   savedrecs:  32 32 66 958 424 17 32 3 32 60 59 10
     *   edge cases: 34 33 72 871 384 18 32 3 33 61 60 11
     *
     * Cross-checks: grep -c '^PT ' gives 32 and 34, grep -c '^ER' 32 and 34; SOURCES.md states PT=32
     * and PT=34. Per record, awk '/^NR /{nr=$2} /^[A-Z][A-Z0-9]( |$)/{t=substr($0,1,2)} t=="CR"{n++}
     * /^ER/{print nr, n; n=0}' shows NR equal to the CR line count in every savedrecs record (958 in
     * all), and in the edge-case file NR=104 against 1 CR line for its first record (its CR tag is
     * missing, the lines sit under C1). The one bad record is at line 415 ("AUGilles, H", line 416) and
     * holds 12 CR lines: 883 CR lines in the file, 871 in the records read. One record repeats a
     * keyword across DE and ID ("Sensitivity"/"SENSITIVITY"), so 60 keyword items are 59 keywords.
     */
    private static final int SAVEDRECS_RECORDS = 32;
    private static final int SAVEDRECS_AUTHORS = 66;
    private static final int SAVEDRECS_CITED = 958;
    private static final int SAVEDRECS_CITED_WITH_DOI = 424;
    private static final int SAVEDRECS_DOIS = 17;
    private static final int SAVEDRECS_PMIDS = 3;
    private static final int SAVEDRECS_KEYWORDS = 59;
    private static final int SAVEDRECS_ABSTRACTS = 10;

    private static final int EDGE_PT_LINES = 34;
    private static final int EDGE_RECORDS = 33;
    private static final int EDGE_AUTHORS = 72;
    private static final int EDGE_CITED = 871;
    private static final int EDGE_CITED_WITH_DOI = 384;
    private static final int EDGE_DOIS = 18;
    private static final int EDGE_ACCESSIONS = 32;
    private static final int EDGE_KEYWORDS = 60;

    private final WosPlainReader reader = new WosPlainReader();

    @TempDir
    Path dir;

    // ---- the clean real export -------------------------------------------------------------------------------------

    @Test
    void readsEveryRecordOfTheCleanExportWithItsAuthorsIdsKeywordsAndCitedReferences() {
        // given the clean savedrecs export (BOM, FN/VR header, 32 records)
        Path file = realSample(SAVEDRECS);

        // when it is read
        CollectedRecords read = CollectedRecords.read(reader, file);

        // then every record is there with everything the independent count found
        assertEquals(List.of(), read.rejections);
        assertEquals(SAVEDRECS_RECORDS, read.records.size());
        assertEquals(SAVEDRECS_AUTHORS, read.records.stream().mapToInt(r -> r.authors().size()).sum());
        assertEquals(SAVEDRECS_CITED, read.records.stream().mapToInt(r -> r.references().size()).sum());
        assertEquals(SAVEDRECS_CITED_WITH_DOI, read.records.stream()
                .flatMap(r -> r.references().stream()).filter(c -> c.ids().containsKey(IdScheme.DOI)).count());
        assertEquals(SAVEDRECS_DOIS, count(read, IdScheme.DOI));
        assertEquals(SAVEDRECS_RECORDS, count(read, IdScheme.WOS));
        assertEquals(SAVEDRECS_PMIDS, count(read, IdScheme.PMID));
        assertEquals(SAVEDRECS_KEYWORDS, read.records.stream().mapToInt(r -> r.keywords().size()).sum());
        // WC and SC joined over their lines, split on ';', each once per record ignoring case (python, as above) → 56;
        // the first record: "WC Physics, Multidisciplinary", "SC Physics"
        assertEquals(56, read.records.stream().mapToInt(r -> r.subjectCategories().size()).sum());
        assertEquals(List.of("Physics, Multidisciplinary", "Physics"), read.records.get(0).subjectCategories());
        assertEquals(SAVEDRECS_ABSTRACTS, read.records.stream().filter(r -> !r.abstractText().isEmpty()).count());
        assertTrue(read.records.stream().allMatch(r -> r.year().isPresent() && r.format().equals("wos")));
        assertTrue(read.records.stream().allMatch(r -> r.ids().get(IdScheme.WOS).startsWith("WOS:")));
    }

    @Test
    void readsTheFirstRecordFieldByField() {
        // given the first record of the clean export (PT on line 3, after the BOM and the FN/VR header)
        CollectedRecords read = CollectedRecords.read(reader, realSample(SAVEDRECS));

        // when it is looked up by its line
        BibRecord brevik = read.at(3);

        // then its wrapped title is joined, and its fields are as in the file
        assertEquals("EXPERIMENTS IN PHENOMENOLOGICAL ELECTRODYNAMICS AND THE ELECTROMAGNETIC ENERGY-MOMENTUM TENSOR",
                brevik.title());
        assertEquals(List.of(RecordAuthor.named("BREVIK, I")), brevik.authors());
        assertEquals(OptionalInt.of(1979), brevik.year());
        assertEquals("PHYSICS REPORTS-REVIEW SECTION OF PHYSICS LETTERS", brevik.venue());
        assertEquals("52", brevik.volume());
        assertEquals("133-201", brevik.pages());
        assertEquals(Map.of(IdScheme.DOI, "10.1016/0370-1573(79)90074-7", IdScheme.WOS, "WOS:A1979GV55600001"),
                brevik.ids());
        assertEquals(104, brevik.references().size());
        assertEquals(new Reference(Map.of(), "Abraham M., 1909, RC CIRC MAT PALERMO, V28, P1"),
                brevik.references().get(0));
        assertEquals(new Reference(Map.of(IdScheme.DOI, "10.1119/1.1972585"),
                "ALLEN PJ, 1966, AM J PHYS, V34, P1185, DOI 10.1119/1.1972585"), brevik.references().get(2));
    }

    @Test
    void readsDayOfPublicationPubmedIdAndKeywordsPlus() {
        CollectedRecords read = CollectedRecords.read(reader, realSample(SAVEDRECS));

        // the record on line 306: PD "MAR 20", PY 2004, PM, a wrapped title, ID with one keyword
        BibRecord pillon = read.at(306);
        assertEquals("Experimental observation of the Imbert-Fedorov transverse displacement after a single total reflection",
                pillon.title());
        assertEquals(List.of("Pillon, F", "Gilles, H", "Girard, S"), names(pillon));
        assertEquals(Optional.of(LocalDate.of(2004, 3, 20)), pillon.date());
        assertEquals("APPLIED OPTICS", pillon.venue());
        assertEquals("1863-1869", pillon.pages());
        assertEquals(Map.of(IdScheme.DOI, "10.1364/ao.43.001863", IdScheme.WOS, "WOS:000220362400013",
                IdScheme.PMID, "15072036"), pillon.ids());
        assertEquals(List.of("BEAM"), pillon.keywords());
        assertEquals(13, pillon.references().size());
        assertTrue(pillon.abstractText().startsWith("We describe a simple experimental setup"));

        // the record on line 478: DE and ID both wrap in the middle of their lists
        BibRecord flory = read.at(478);
        assertEquals(List.of("optical properties", "thin films", "nanostructure", "dielectric", "water adsorption",
                "ION-ASSISTED DEPOSITION", "GUIDED-WAVE TECHNIQUE", "REFRACTIVE-INDEX", "COLUMNAR MICROSTRUCTURE",
                "ANISOTROPY", "FILTERS", "TEMPERATURE", "COUPLER", "LAYERS"), flory.keywords());
        assertEquals(Optional.empty(), flory.date()); // PD "JAN": a month is not a day
        assertEquals(58, flory.references().size());
    }

    @Test
    void prefersFullNamesAndTakesTheArticleNumberForPages() {
        CollectedRecords read = CollectedRecords.read(reader, realSample(SAVEDRECS));

        // the record on line 1740: AU "Zhang, ZW", AF "Zhang Zhi-Wei"; AR 034214 and no BP
        BibRecord zhang = read.at(1740);
        assertEquals(List.of("Zhang Zhi-Wei", "Wen Ting-Dun", "Zhang Ji-Long"), names(zhang));
        assertEquals("A Novel Method for Enhancing Goos-Hanchen Shift in Total Internal Reflection", zhang.title());
        assertEquals("034214", zhang.pages());
        assertEquals(OptionalInt.of(2009), zhang.year());
        assertEquals(21, zhang.references().size());
        assertEquals(List.of("OPTICAL BEAM DISPLACEMENTS", "SURFACE-PLASMON RESONANCE"), zhang.keywords());
    }

    // ---- the deliberately broken real file ---------------------------------------------------------------------------

    @Test
    void readsWhatIsReadableInTheBrokenFileAndRejectsTheRecordWithATagMissingItsSpace() {
        // given metaknowledge's broken variant: no BOM, a missing CR tag, PT B, "AUGilles, H", a record without UT
        Path file = realSample(EDGE_CASES);

        // when it is read
        CollectedRecords read = CollectedRecords.read(reader, file);

        // then one record is rejected, at its PT line, naming the line and what is wrong with it
        assertEquals(1, read.rejections.size());
        Rejection gilles = read.rejections.get(0);
        assertEquals(415, gilles.source().line());
        assertTrue(gilles.reason().contains("line 416 'AUGilles, H'"), gilles.reason());
        assertTrue(gilles.reason().contains("space after the tag 'AU' is missing"), gilles.reason());
        assertTrue(gilles.raw().startsWith("PT J\nAUGilles, H\n"), gilles.raw());
        assertTrue(gilles.raw().endsWith("ER\n"));

        // and the other 33 records are read with the independent counts
        assertEquals(EDGE_PT_LINES, read.records.size() + read.rejections.size());
        assertEquals(EDGE_RECORDS, read.records.size());
        assertEquals(EDGE_AUTHORS, read.records.stream().mapToInt(r -> r.authors().size()).sum());
        assertEquals(EDGE_CITED, read.records.stream().mapToInt(r -> r.references().size()).sum());
        assertEquals(EDGE_CITED_WITH_DOI, read.records.stream()
                .flatMap(r -> r.references().stream()).filter(c -> c.ids().containsKey(IdScheme.DOI)).count());
        assertEquals(EDGE_DOIS, count(read, IdScheme.DOI));
        assertEquals(EDGE_ACCESSIONS, count(read, IdScheme.WOS));
        assertEquals(EDGE_KEYWORDS, read.records.stream().mapToInt(r -> r.keywords().size()).sum());
    }

    @Test
    void keepsOnlyTheCitedReferenceStillUnderCrWhenTheCrTagIsLost() {
        CollectedRecords read = CollectedRecords.read(reader, realSample(EDGE_CASES));

        // the first record lost its CR tag: its 103 references sit under C1, a stray "CR" line follows NR
        BibRecord brevik = read.at(3);

        // documented limit: only the line under CR is a reference; the lines under C1 are not guessed at
        assertEquals(List.of(new Reference(Map.of(), "[ANONYMOUS], 1968, PHYS REV, V171, P1385")), brevik.references());
        assertEquals("EXPERIMENTS IN PHENOMENOLOGICAL ELECTRODYNAMICS AND THE ELECTROMAGNETIC ENERGY-MOMENTUM TENSOR",
                brevik.title());
    }

    @Test
    void readsABookRecordAndARecordWithoutAccessionNumber() {
        CollectedRecords read = CollectedRecords.read(reader, realSample(EDGE_CASES));

        // PT B on line 140 is read like a journal record
        BibRecord cowan = read.at(140);
        assertEquals(List.of("COWAN, JJ", "ANICIN, B"), names(cowan));
        assertEquals(34, cowan.references().size());

        // the record on line 534 has no UT: its DOI identifies it
        BibRecord pillon = read.at(534);
        assertEquals(Map.of(IdScheme.DOI, "10.1364/josab.22.001290"), pillon.ids());
        assertEquals(6, pillon.authors().size());
        assertEquals(16, pillon.references().size());
    }

    // ---- hand-made edge cases ------------------------------------------------------------------------------------------

    @Test
    void readsTheHandMadeExportOfFourPapers() {
        CollectedRecords read = CollectedRecords.read(reader, NetworkPapers.PLAIN);

        assertEquals(List.of(), read.rejections);
        assertEquals(4, read.records.size());
        BibRecord watts = read.records.get(0);
        assertEquals(List.of("Watts, Duncan J.", "Strogatz, Steven H."), names(watts));
        assertEquals(Optional.of(LocalDate.of(1998, 6, 4)), watts.date());
        assertEquals("440-442", watts.pages());
        BibRecord barabasi = read.records.get(1);
        assertEquals(List.of("scale-free networks", "preferential attachment"), barabasi.keywords());
        BibRecord pnas = read.records.get(2);
        assertEquals("PROCEEDINGS OF THE NATIONAL ACADEMY OF SCIENCES OF THE UNITED STATES OF AMERICA", pnas.venue());
        BibRecord girvan = read.records.get(3);
        assertEquals("026113", girvan.pages());
        assertEquals(Optional.empty(), girvan.date());
        assertEquals(OptionalInt.of(2004), girvan.year());
        assertEquals(new Reference(Map.of(IdScheme.DOI, "10.1038/30918"),
                "Watts DJ, 1998, NATURE, V393, P440, DOI [10.1038/30918, 10.1038/30918]"), girvan.references().get(1));
        assertEquals(Map.of(IdScheme.DOI, "10.1103/physreve.69.026113"), girvan.ids());
    }

    @Test
    void readsConcatenatedExportsWithTheirBomsHeadersAndTrailers() {
        // given two savedrecs files joined with cat: the second one's BOM, FN, VR and EF sit between records
        String second = "\uFEFFFN Clarivate Analytics Web of Science\r\nVR 1.0\r\nPT J\r\nAU Albert, R\r\n"
                + "TI Statistical mechanics of complex networks\r\nPY 2002\r\nDI 10.1103/RevModPhys.74.47\r\nER\r\n\r\nEF\r\n";

        CollectedRecords read = CollectedRecords.read(reader, NetworkPapers.PLAIN + second);

        assertEquals(List.of(), read.rejections);
        assertEquals(5, read.records.size());
        assertEquals("Statistical mechanics of complex networks", read.records.get(4).title());
    }

    @Test
    void readsARecordWhoseErLineIsMissingButRejectsOneCutByTheEndOfTheFile() {
        String text = """
                PT J
                AU Girvan, M
                TI Community structure in social and biological networks
                PY 2002
                PT J
                AU Newman, MEJ
                TI The structure and function of complex networks
                CR Watts DJ, 1998, NATURE, V393, P440, DOI 10.1038/30918
                """;

        CollectedRecords read = CollectedRecords.read(reader, text);

        assertEquals(1, read.records.size());
        assertEquals("Community structure in social and biological networks", read.records.get(0).title());
        assertEquals(1, read.rejections.size());
        assertEquals(5, read.rejections.get(0).source().line());
        assertTrue(read.rejections.get(0).reason().contains("cut short"));
        assertTrue(read.rejections.get(0).raw().contains("CR Watts DJ"));
    }

    @Test
    void rejectsLinesOutsideAnyRecordAndARecordWithNothingToIdentifyIt() {
        String text = """
                FN Clarivate Analytics Web of Science
                VR 1.0
                AU Lost, P
                TI A record that lost its PT line
                ER

                PT J
                AU Nameless, N
                LA English
                ER

                PT J
                TI Kept
                ER
                EF
                """;

        CollectedRecords read = CollectedRecords.read(reader, text);

        assertEquals(List.of("Kept"), read.records.stream().map(BibRecord::title).toList());
        assertEquals(List.of(3L, 7L), read.rejections.stream().map(r -> r.source().line()).toList());
        assertTrue(read.rejections.get(0).reason().contains("outside any record"));
        assertTrue(read.rejections.get(1).reason().contains("without title"));
    }

    @Test
    void failsOnAFileWithoutAnyRecord() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> CollectedRecords.read(reader, "\n\nThis is a letter, not an export.\nRegards\n"));

        assertEquals(3, e.line());
    }

    @Test
    void readsAnEmptyExportAsNoRecords() {
        CollectedRecords read = CollectedRecords.read(reader, "FN Clarivate Analytics Web of Science\nVR 1.0\nEF\n");

        assertEquals(0, read.records.size() + read.rejections.size());
    }

    @Test
    void takesTheYearFromEarlyAccessAndBringsOldAccessionNumbersToTheWosForm() {
        String text = """
                PT J
                AU Doe, J
                TI An early-access article
                EA JAN 2021
                UT ISI:000600000000001
                ER
                PT J
                AU Roe, R
                TI An old record
                PD 1977
                UT A1977DW70300003
                ER
                """;

        CollectedRecords read = CollectedRecords.read(reader, text);

        assertEquals(OptionalInt.of(2021), read.records.get(0).year());
        assertEquals("WOS:000600000000001", read.records.get(0).ids().get(IdScheme.WOS));
        assertEquals(OptionalInt.of(1977), read.records.get(1).year());
        assertEquals("WOS:A1977DW70300003", read.records.get(1).ids().get(IdScheme.WOS));
    }

    @Test
    void givesAnOrcidOnlyToTheAuthorWhoseFullNameItNames() {
        String text = """
                PT J
                AU Newman, MEJ
                   Girvan, M
                AF Newman, Mark E. J.
                   Girvan, Michelle
                TI Finding and evaluating community structure in networks
                OI newman, mark e. j./0000-0000-0000-000X; Girvan, M./0000-0000-0000-0001
                ER
                """;

        BibRecord record = CollectedRecords.read(reader, text).records.get(0);

        assertEquals(Optional.of("orcid:0000-0000-0000-000X"), record.authors().get(0).sourceId());
        assertEquals(Optional.empty(), record.authors().get(1).sourceId()); // "Girvan, M." is not "Girvan, Michelle"
    }

    @Test
    void readsAGzippedExportTheWayARunOpensIt() throws Exception {
        Path file = dir.resolve("savedrecs.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(NetworkPapers.PLAIN.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        CollectedRecords read = CollectedRecords.read(reader, file);

        assertEquals(4, read.records.size());
        assertEquals(3, read.records.get(0).source().line());
    }

    @Test
    void rejectsARunawayRecordWithoutHoldingItAndReadsTheNextOne() {
        // given a record that never ends: more lines than any real record, then a sound record
        StringBuilder text = new StringBuilder("PT J\nTI Runaway\n");
        for (int i = 0; i <= WosPlainReader.MAX_RECORD_LINES; i++) {
            text.append("   line ").append(i).append('\n');
        }
        text.append("PT J\nTI Sound\nER\n");

        CollectedRecords read = CollectedRecords.read(reader, text.toString());

        assertEquals(List.of("Sound"), read.records.stream().map(BibRecord::title).toList());
        assertEquals(1, read.rejections.size());
        assertTrue(read.rejections.get(0).reason().contains("without an ER line"));
        assertTrue(read.rejections.get(0).raw().length() <= Rejection.RAW_LIMIT + 1);
    }

    private static long count(CollectedRecords read, IdScheme scheme) {
        return read.records.stream().filter(r -> r.ids().containsKey(scheme)).count();
    }

    private static List<String> names(BibRecord record) {
        return record.authors().stream().map(RecordAuthor::name).toList();
    }
}
