package org.scholargraph.ingest.crossref;

import org.scholargraph.ingest.CollectedRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.InputText;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;

class CrossrefReaderTest {

    private static final Path DATA = Path.of("../shared/data/crossref");
    private static final String ORGLETT = "abbotsbury_crossref_work_10.1021_acs.orglett.9b00971_68refs.json";
    private static final String NATURE = "abbotsbury_crossref_work_10.1038_d41586-020-02761-z_authors_without_given.json";
    private static final String ELIFE = "commonmeta_crossref_work_single_27refs.json";
    private static final String SAMOS = "crossref_work_10.1109_2FSAMOS.2013.6621096.json";
    private static final String SSRN = "crossref_work_10.2139_2Fssrn.4079400.json";
    private static final String DOI_LIST = "crossref_works_query_litstudy_select_DOI.json";

    /*
     * Expected numbers, counted independently of this reader, from ../shared/data/crossref:
     *   python3 -c 'import json,sys; d=json.load(open(f)); m=d.get("message",d); ws=m["items"] if "items" in m else [m];
     *     print(len(ws), [len(w.get("author",[])) for w in ws], [len(w.get("reference",[])) for w in ws],
     *           [sum("DOI" in r for r in w.get("reference",[])) for w in ws],
     *           [sum("unstructured" in r for r in w.get("reference",[])) for w in ws],
     *           [len(w.get("subject",[])) for w in ws], [w.get("issued") for w in ws])'
     *   orglett: 1 work, 5 authors (1 with ORCID), 68 references all with DOI, 0 unstructured, 3 subjects, issued 2019-4-3
     *   nature:  1 work, 2 authors (family only), 1 reference with DOI and unstructured, 1 subject, 2020-9-29
     *   elife:   1 work, 5 authors, 27 references all with DOI, 0 unstructured, 4 subjects, 2014-2-11
     *   samos:   1 work, 1 author, 0 references, 0 subjects, issued 2013-7
     *   ssrn:    1 work, 7 authors, 0 references, 0 subjects, issued 2022
     *   DOI list: 2 items, each with only a DOI
     * No reference in any file is empty (none has only its 'key'), so every reference is kept.
     */

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CrossrefReader reader = new CrossrefReader();

    @TempDir
    Path dir;

    // ---- the real files ----------------------------------------------------------------------------------------------

    @Test
    void readsTheEnvelopedWorkWith68ReferencesAndAnOrcid() {
        BibRecord work = single(ORGLETT);

        assertEquals("A General Copper-Catalyzed Synthesis of Ynamides from 1,2-Dichloroenamides", work.title());
        assertEquals(List.of(RecordAuthor.named("Steven J. Mansfield"), RecordAuthor.named("Russell C. Smith"),
                RecordAuthor.named("Jonathan R. J. Yong"), RecordAuthor.named("Olivia L. Garry"),
                new RecordAuthor("Edward A. Anderson", Optional.of("orcid:0000-0002-4149-0494"))), work.authors());
        assertEquals(OptionalInt.of(2019), work.year());
        assertEquals(Optional.of(LocalDate.of(2019, 4, 3)), work.date(), "issued, not published-print (2019-4-19)");
        assertEquals("Organic Letters", work.venue());
        assertEquals("21", work.volume());
        assertEquals("2918-2922", work.pages());
        assertEquals(Map.of(IdScheme.DOI, "10.1021/acs.orglett.9b00971"), work.ids());
        assertEquals(List.of("Physical and Theoretical Chemistry", "Organic Chemistry", "Biochemistry"), work.subjectCategories());
        assertEquals(List.of(), work.keywords(), "the journal's subject areas are no topics of the work");
        assertEquals(68, work.references().size());
        assertTrue(work.references().stream().allMatch(r -> r.ids().containsKey(IdScheme.DOI) && r.text().isEmpty()));
        assertEquals(Reference.of(IdScheme.DOI, "10.1021/jacs.7b06007"), work.references().get(67));
        assertEquals(1, work.source().line());
    }

    @Test
    void keepsFamilyNamesOfAuthorsWithoutGivenNamesAndTheUnstructuredReference() {
        BibRecord work = single(NATURE);

        assertEquals(List.of(RecordAuthor.named("Sheherazade"), RecordAuthor.named("Ardiantiono")), work.authors());
        assertEquals(List.of(new Reference(Map.of(IdScheme.DOI, "10.1038/452530d"),
                "Puniamoorthy, N. et al. Nature 452, 530 (2008).")), work.references());
        assertEquals(List.of("Multidisciplinary"), work.subjectCategories());
        assertEquals(OptionalInt.of(2020), work.year());
    }

    @Test
    void readsTheBareWorkWithAJatsAbstractAndComposesReferenceTexts() {
        BibRecord work = single(ELIFE);

        assertEquals("Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl secondary growth",
                work.title());
        assertEquals(List.of("Martial Sankar", "Kaisa Nieminen", "Laura Ragni", "Ioannis Xenarios", "Christian S Hardtke"),
                work.authors().stream().map(RecordAuthor::name).collect(Collectors.toList()));
        assertEquals(Optional.of(LocalDate.of(2014, 2, 11)), work.date());
        assertEquals("eLife", work.venue());
        assertEquals("3", work.volume());
        assertEquals("10.7554/elife.01567", work.ids().get(IdScheme.DOI));
        assertEquals(4, work.subjectCategories().size());
        assertTrue(work.abstractText().startsWith("Among various advantages, their small size"), work.abstractText());
        assertTrue(work.abstractText().endsWith("equidistant phloem pole formation."), work.abstractText());
        assertFalse(work.abstractText().contains("<"));
        assertEquals(27, work.references().size());
        assertTrue(work.references().stream().allMatch(r -> r.ids().containsKey(IdScheme.DOI)));
        assertEquals(new Reference(Map.of(IdScheme.DOI, "10.1038/nature02100"),
                "Bonke, APL regulates vascular tissue identity in Arabidopsis (2003) Nature, 426, p. 181"),
                work.references().get(0));
        assertEquals(1, work.source().line(), "the pretty-printed work opens on line 1");
    }

    @Test
    void readsTheEnvelopedWorksWithoutReferences() {
        BibRecord samos = single(SAMOS);
        assertEquals(List.of(RecordAuthor.named("Wen-mei W. Hwu")), samos.authors());
        assertEquals(OptionalInt.of(2013), samos.year());
        assertEquals(Optional.empty(), samos.date(), "issued holds a year and a month only");
        assertEquals("2013 International Conference on Embedded Computer Systems: Architectures, Modeling, and Simulation (SAMOS)",
                samos.venue());
        assertEquals(List.of(), samos.references());

        BibRecord ssrn = single(SSRN);
        assertEquals("Litstudy: A Python Package for Literature Reviews", ssrn.title());
        assertEquals(7, ssrn.authors().size());
        assertEquals("Ben van Werkhoven", ssrn.authors().get(3).name());
        assertEquals(OptionalInt.of(2022), ssrn.year());
        assertEquals("SSRN Electronic Journal", ssrn.venue());
        assertEquals("10.2139/ssrn.4079400", ssrn.ids().get(IdScheme.DOI));
    }

    @Test
    void keepsEachItemOfADoiOnlyWorksListAsARecordKnownByItsDoi() {
        CollectedRecords read = CollectedRecords.read(reader, real(DOI_LIST));

        assertEquals(List.of(), read.rejections);
        assertEquals(List.of(Map.of(IdScheme.DOI, "10.2139/ssrn.4079400"), Map.of(IdScheme.DOI, "10.1016/j.softx.2022.101207")),
                read.records.stream().map(BibRecord::ids).collect(Collectors.toList()));
        assertTrue(read.records.stream().allMatch(r -> r.title().isEmpty() && r.authors().isEmpty()));
    }

    // ---- layouts and lines -------------------------------------------------------------------------------------------

    @Test
    void readsAPrettyPrintedWorksListAndABareArrayGivingEachWorkItsLine() throws IOException {
        ArrayNode works = JSON.createArrayNode();
        for (String name : List.of(ORGLETT, NATURE, ELIFE, SAMOS, SSRN)) {
            JsonNode whole = JSON.readTree(real(name).toFile());
            works.add(whole.has("message") ? whole.get("message") : whole);
        }
        String list = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.createObjectNode()
                .put("status", "ok").put("message-type", "work-list")
                .set("message", JSON.createObjectNode().put("total-results", 5).set("items", works)));
        String array = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(works);

        for (String text : List.of(list, array)) {
            CollectedRecords read = CollectedRecords.read(reader, text);
            assertEquals(List.of(), read.rejections);
            assertEquals(5, read.records.size());
            assertEquals(68 + 1 + 27, read.records.stream().mapToInt(r -> r.references().size()).sum());
            List<String> lines = text.lines().collect(Collectors.toList());
            for (BibRecord record : read.records) {
                int line = (int) record.source().line();
                assertTrue(lines.get(line - 1).endsWith("{"), "line " + line + " opens the work: " + lines.get(line - 1));
                assertTrue(lines.get(line).contains("\"indexed\""), "its first key follows: " + lines.get(line));
            }
            assertTrue(reader.recognises(text, Path.of("works.json")));
        }
    }

    @Test
    void readsTheItemsOfAPublicDataFileAndSavedResponsesOneALine() {
        String dataFile = "{\"items\":[{\"DOI\":\"10.1/a\",\"title\":[\"A\"],\"member\":\"1\"},\n{\"DOI\":\"10.1/b\",\"title\":[\"B\"]}]}";
        String jsonLines = "{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{\"DOI\":\"10.1/a\",\"title\":[\"A\"]}}\n"
                + "{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{\"DOI\":\"10.1/b\",\"title\":[\"B\"]}}\n";

        assertEquals(List.of(1L, 2L), CollectedRecords.read(reader, dataFile).records.stream().map(r -> r.source().line())
                .collect(Collectors.toList()));
        assertEquals(List.of("A", "B"), CollectedRecords.read(reader, jsonLines).records.stream().map(BibRecord::title)
                .collect(Collectors.toList()));
        assertTrue(reader.recognises(dataFile, Path.of("0.json")));
    }

    @Test
    void rejectsWorksOfTheWrongShapeAndGoesOn() {
        String text = "[\n"
                + "  {\"DOI\":\"10.1/ok\",\"title\":[\"Fine\"]},\n"
                + "  \"10.1/just-a-string\",\n"
                + "  {\"publisher\":\"Nobody\",\"author\":[{\"given\":\"A\",\"family\":\"B\"}]},\n"
                + "  {\"DOI\":\"not a doi\",\"title\":[]},\n"
                + "  {\"title\":[\"Also fine\"],\"author\":[{\"given\":\"  \"},{\"name\":\"A Consortium\"}]}\n"
                + "]";

        CollectedRecords read = CollectedRecords.read(reader, text);

        assertEquals(List.of("Fine", "Also fine"), read.records.stream().map(BibRecord::title).collect(Collectors.toList()));
        assertEquals(List.of(RecordAuthor.named("A Consortium")), read.records.get(1).authors());
        assertEquals(List.of(3L, 4L, 5L), read.rejections.stream().map(r -> r.source().line()).collect(Collectors.toList()));
        assertTrue(read.rejections.get(0).reason().startsWith("not a Crossref work"), read.rejections.get(0).reason());
        assertTrue(read.rejections.get(1).reason().contains("neither a title nor a DOI"));
        assertEquals("{\"publisher\":\"Nobody\",\"author\":[{\"given\":\"A\",\"family\":\"B\"}]}", read.rejections.get(1).raw());
    }

    @Test
    void rejectsAnApiErrorResponse() {
        CollectedRecords read = CollectedRecords.read(reader,
                "{\"status\":\"failed\",\"message-type\":\"validation-failure\",\"message\":[{\"type\":\"parameter-not-allowed\"}]}");

        assertEquals(List.of(), read.records);
        assertEquals(1, read.rejections.size());
        assertTrue(read.rejections.get(0).reason().contains("validation-failure"), read.rejections.get(0).reason());
    }

    @Test
    void deliversTheCompleteWorksOfAListCutInHalfThenFailsAtTheParsersLine() throws IOException {
        ArrayNode works = JSON.createArrayNode();
        for (int i = 0; i < 10; i++) {
            works.add(JSON.readTree(real(ELIFE).toFile()));
        }
        String whole = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(works);
        String half = whole.substring(0, whole.length() / 2);
        long lastLine = half.lines().count();
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, half);
        CollectedRecords read = new CollectedRecords();

        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> {
            try (BufferedReader text = InputText.of(cut).open()) {
                reader.read(cut, text, read);
            }
        });

        assertEquals(cut, e.file());
        assertEquals(lastLine, e.line());
        assertTrue(e.getMessage().startsWith(cut + ":" + lastLine + ": broken JSON"), e.getMessage());
        assertEquals(List.of(), read.rejections);
        assertTrue(read.records.size() >= 4 && read.records.size() < 10, read.records.size() + " works");
    }

    @Test
    void namesTheLineOfASyntaxErrorInsideAWork() {
        String text = "[\n{\"DOI\":\"10.1/a\",\"title\":[\"A\"]},\n{\"DOI\":\"10.1/b\",\n\"title\" [\"B\"]}\n]";
        CollectedRecords read = new CollectedRecords();

        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> reader.read(Path.of("w.json"), new BufferedReader(new StringReader(text)), read));

        assertEquals(4, e.line());
        assertEquals(1, read.records.size());
    }

    @Test
    void takesTheFirstYearOfIssuedThenPublishedAndStripsMarkupFromTitles() {
        String text = "{\"DOI\":\"10.48550/arXiv.1812.11118\",\"title\":[\"H<sub>2</sub>O &amp; <i>E. coli</i>\"],"
                + "\"issued\":{\"date-parts\":[[null]]},\"published-print\":{\"date-parts\":[[\"2019\",\"2\",\"30\"]]},"
                + "\"reference\":[{\"key\":\"r1\"},{\"key\":\"r2\",\"article-title\":\"A cited title\",\"year\":\"2001\"}]}";

        BibRecord work = CollectedRecords.read(reader, text).records.get(0);

        assertEquals("H2O & E. coli", work.title());
        assertEquals(OptionalInt.of(2019), work.year());
        assertEquals(Optional.empty(), work.date(), "the 30th of February is no date");
        assertEquals("1812.11118", work.ids().get(IdScheme.ARXIV));
        assertEquals(List.of(new Reference(Map.of(), "A cited title (2001)")), work.references(),
                "a reference with only its key says nothing");
    }

    // ---- recognition -------------------------------------------------------------------------------------------------

    @Test
    void recognisesEveryRealCrossrefFileAndDetectsItAsCrossref() throws IOException {
        for (String name : List.of(ORGLETT, NATURE, ELIFE, SAMOS, SSRN, DOI_LIST)) {
            String head = InputText.of(real(name)).head();
            assertTrue(reader.recognises(head, real(name)), name);
            assertEquals(Optional.of(Format.CROSSREF), Format.detect(head, real(name)), name);
        }
        assertEquals(List.of("crossref"), CollectedRecords.read(reader, real(ORGLETT)).records.stream().map(BibRecord::format)
                .distinct().collect(Collectors.toList()));
    }

    @Test
    void recognisesNoOtherSharedSampleNorSeed() throws IOException {
        Path data = Path.of("../shared/data");
        Assumptions.assumeTrue(Files.isDirectory(data), "../shared/data is absent: this test reads the real samples");
        List<Path> others;
        try (Stream<Path> files = Stream.concat(Files.walk(data), Files.walk(Path.of("../shared/seeds")))) {
            others = files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/crossref/"))
                    .filter(f -> !f.getFileName().toString().endsWith(".md")).collect(Collectors.toList());
        }
        assertTrue(others.size() > 20, others.size() + " files");
        for (Path other : others) {
            assertFalse(reader.recognises(InputText.of(other).head(), other), other.toString());
        }
    }

    @Test
    void doesNotClaimCslJsonOpenAlexOrSemanticScholarObjects() {
        Path any = Path.of("x.json");
        assertFalse(reader.recognises("[{\"id\":\"x\",\"type\":\"article-journal\",\"DOI\":\"10.1/x\","
                + "\"container-title\":\"Nature\",\"issued\":{\"date-parts\":[[2015]]},\"author\":[{\"family\":\"Doe\"}]}]", any));
        assertFalse(reader.recognises("{\"id\":\"https://openalex.org/W1\",\"doi\":\"https://doi.org/10.1/x\","
                + "\"indexed_in\":[\"crossref\"],\"DOI\":\"10.1/x\",\"member\":\"1\"}", any));
        assertFalse(reader.recognises("{\"paperId\":\"abc\",\"DOI\":\"10.1/x\",\"reference-count\":3}", any));
        assertFalse(reader.recognises("{\"DOI\":\"10.1/x\"}", any));
        assertFalse(reader.recognises("PMID- 1\nTI  - x\n", any));
        assertTrue(reader.recognises("{\"indexed\":{\"date-parts\":[[2022,9,8]]},\"reference-count\":27,\"publisher\":\"eLife\",\"abs",
                any), "a work whose DOI lies beyond the head, known by two Crossref keys");
    }

    private static BibRecord single(String name) {
        CollectedRecords read = CollectedRecords.read(new CrossrefReader(), real(name));
        assertEquals(List.of(), read.rejections, name);
        assertEquals(1, read.records.size(), name);
        return read.records.get(0);
    }

    private static Path real(String name) {
        Path file = DATA.resolve(name);
        Assumptions.assumeTrue(Files.isReadable(file), file + " is absent: this test reads the real sample");
        return file;
    }
}
