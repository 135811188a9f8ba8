package org.scholargraph.ingest.csl;

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

class CslJsonReaderTest {

    private static final Path ZOTERO_LIST = Path.of("../shared/data/csljson/commonmeta_csl-list_17items.json");
    private static final Path MANUBOT = Path.of("../shared/data/csljson/manubot_input-bibliography_3items.json");

    /*
     * Expected numbers, counted independently of this reader:
     *   python3 -c 'import json; d=json.load(open(f)); print(len(d), sum(len(i.get("author",[])) for i in d),
     *     sum("DOI" in i for i in d), sum("PMID" in i for i in d), [i["issued"]["date-parts"][0][0] for i in d],
     *     sum("keyword" in i for i in d), sum("reference" in i or "references" in i for i in d),
     *     [i.get("note") for i in d if "note" in i])'
     *   commonmeta list: 17 items, 55 authors, 14 DOIs, 0 PMID fields, years 2007..2016 (8 in 2015),
     *     no keyword, no reference; notes "arXiv: 1501.04916" and "PMID: 25992719"
     *   manubot: 3 items, 42 authors (5, 1, 36), 3 DOIs, 2 PMIDs, years 2018, 2014, 2018; one arXiv URL
     *   grep -c $'^\t{' commonmeta_csl-list_17items.json → 17 item openings (lines 2, 69, 92, …)
     */
    private static final int ZOTERO_ITEMS = 17;
    private static final int ZOTERO_AUTHORS = 55;
    private static final int ZOTERO_DOIS = 14;

    private final CslJsonReader reader = new CslJsonReader();

    @TempDir
    Path dir;

    @Test
    void readsEveryItemOfTheRealZoteroList() throws IOException {
        CollectedRecords read = CollectedRecords.read(reader, real(ZOTERO_LIST));

        assertEquals(List.of(), read.rejections);
        assertEquals(ZOTERO_ITEMS, read.records.size());
        assertEquals(ZOTERO_AUTHORS, read.records.stream().mapToInt(r -> r.authors().size()).sum());
        assertEquals(ZOTERO_DOIS, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.DOI)).count());
        assertTrue(read.records.stream().allMatch(r -> r.year().isPresent()));
        assertEquals(8, read.records.stream().filter(r -> r.year().equals(OptionalInt.of(2015))).count());
        List<String> lines = Files.readAllLines(real(ZOTERO_LIST));
        for (BibRecord record : read.records) {
            assertEquals("\t{", lines.get((int) record.source().line() - 1));
        }
        assertEquals(List.of(2L, 69L, 92L), read.records.subList(0, 3).stream().map(r -> r.source().line())
                .collect(Collectors.toList()));
    }

    @Test
    void readsTheFirstRealZoteroItemFieldByField() {
        BibRecord first = CollectedRecords.read(reader, real(ZOTERO_LIST)).records.get(0);

        assertEquals("Changes in Data Sharing and Data Reuse Practices and Perceptions among Scientists Worldwide", first.title());
        assertEquals(List.of("Carol Tenopir", "Elizabeth D. Dalton", "Suzie Allard", "Mike Frame", "Ivanka Pjesivac",
                "Ben Birch", "Danielle Pollock", "Kristina Dorsett"),
                first.authors().stream().map(RecordAuthor::name).collect(Collectors.toList()));
        assertEquals(OptionalInt.of(2015), first.year(), "the year written as a string, as Zotero does");
        assertEquals(Optional.of(LocalDate.of(2015, 8, 26)), first.date());
        assertEquals("PLOS ONE", first.venue());
        assertEquals("10", first.volume());
        assertEquals("e0134826", first.pages());
        assertEquals(Map.of(IdScheme.DOI, "10.1371/journal.pone.0134826"), first.ids());
        assertTrue(first.abstractText().startsWith("The incorporation of data sharing into the research lifecycle"));
        assertEquals(List.of(), first.keywords());
    }

    @Test
    void takesIdentifiersZoteroPutInTheNote() {
        List<BibRecord> items = CollectedRecords.read(reader, real(ZOTERO_LIST)).records;
        BibRecord arxiv = items.get(3);
        BibRecord pubmed = items.stream().filter(r -> r.title().startsWith("Modeling Macromolecular Motions")).findFirst()
                .orElseThrow();

        assertEquals("1501.04916", arxiv.ids().get(IdScheme.ARXIV));
        assertEquals("arXiv:1501.04916 [physics]", arxiv.venue());
        assertEquals("25992719", pubmed.ids().get(IdScheme.PMID));
        assertEquals("10.1016/j.bpj.2015.04.023", pubmed.ids().get(IdScheme.DOI));
    }

    @Test
    void readsTheRealManubotBibliography() {
        CollectedRecords read = CollectedRecords.read(reader, real(MANUBOT));

        assertEquals(List.of(), read.rejections);
        assertEquals(List.of(5, 1, 36), read.records.stream().map(r -> r.authors().size()).collect(Collectors.toList()));
        BibRecord preprint = read.records.get(0);
        assertEquals(List.of("Trang T. Le", "Zach Osman", "D. K. Watson", "Martin Dunn", "B. A. McKinney"),
                preprint.authors().stream().map(RecordAuthor::name).collect(Collectors.toList()), "literal names");
        assertEquals("1806.05726", preprint.ids().get(IdScheme.ARXIV));
        assertEquals("10.1088/1402-4896/ab0811", preprint.ids().get(IdScheme.DOI));
        assertEquals(Optional.of(LocalDate.of(2018, 6, 14)), preprint.date());
        BibRecord review = read.records.get(2);
        assertEquals("Travers Ching", review.authors().get(0).name());
        assertEquals("Casey S Greene", review.authors().get(35).name());
        assertEquals("29618526", review.ids().get(IdScheme.PMID));
        assertEquals("Journal of the Royal Society, Interface", review.venue());
        assertEquals(OptionalInt.of(2018), review.year());
        assertEquals(Optional.empty(), review.date(), "year and month only");
        assertEquals(2, read.records.stream().filter(r -> r.ids().containsKey(IdScheme.PMID)).count());
    }

    // ---- hand-made quirks --------------------------------------------------------------------------------------------

    @Test
    void readsOneItemWithParticlesKeywordsReferencesAndARawDate() {
        String item = "\n{\"type\":\"paper-conference\",\"title\":\"Graphs of <i>E. coli</i>\","
                + "\"author\":[{\"family\":\"Werkhoven\",\"given\":\"Ben\",\"non-dropping-particle\":\"van\"},"
                + "{\"family\":\"King\",\"given\":\"Martin Luther\",\"suffix\":\"Jr.\"},{\"literal\":\"The Team\"},{\"given\":\" \"}],"
                + "\"issued\":{\"raw\":\"Spring 2012\"},\"keyword\":\"networks, graphs; citation analysis\","
                + "\"container-title\":[\"Proc. X\"],\"page\":12,"
                + "\"reference\":[\"Doe J (2001) A cited work.\",{\"DOI\":\"https://doi.org/10.1000/Cited\",\"title\":\"Cited\","
                + "\"author\":[{\"family\":\"Roe\"}],\"issued\":{\"date-parts\":[[1999]]},\"container-title\":\"J\"},{}]}";

        CollectedRecords read = CollectedRecords.read(reader, item);

        assertEquals(List.of(), read.rejections);
        BibRecord record = read.records.get(0);
        assertEquals(2, record.source().line());
        assertEquals("Graphs of E. coli", record.title());
        assertEquals(List.of("Ben van Werkhoven", "Martin Luther King, Jr.", "The Team"),
                record.authors().stream().map(RecordAuthor::name).collect(Collectors.toList()));
        assertEquals(OptionalInt.of(2012), record.year());
        assertEquals(List.of("networks", "graphs", "citation analysis"), record.keywords());
        assertEquals("Proc. X", record.venue());
        assertEquals("12", record.pages());
        assertEquals(List.of(new Reference(Map.of(), "Doe J (2001) A cited work."),
                new Reference(Map.of(IdScheme.DOI, "10.1000/cited"), "Roe, Cited (1999) J")), record.references());
    }

    @Test
    void splitsAReferencesStringIntoLines() {
        String item = "[{\"type\":\"article\",\"title\":\"T\",\"references\":\"First cited.\\nSecond cited.\\n\"}]";

        assertEquals(List.of("First cited.", "Second cited."), CollectedRecords.read(reader, item).records.get(0).references()
                .stream().map(Reference::text).collect(Collectors.toList()));
    }

    @Test
    void rejectsItemsOfTheWrongShapeAndGoesOn() {
        String text = "[\n  {\"type\":\"book\",\"title\":\"Kept\"},\n  42,\n  {\"type\":\"book\",\"author\":[{\"family\":\"Doe\"}]},\n"
                + "  {\"type\":\"book\",\"PMID\":\"123\"}\n]";

        CollectedRecords read = CollectedRecords.read(reader, text);

        assertEquals(List.of(2L, 5L), read.records.stream().map(r -> r.source().line()).collect(Collectors.toList()));
        assertEquals(List.of(3L, 4L), read.rejections.stream().map(r -> r.source().line()).collect(Collectors.toList()));
        assertTrue(read.rejections.get(0).reason().startsWith("not a CSL-JSON item"), read.rejections.get(0).reason());
        assertEquals("42", read.rejections.get(0).raw());
        assertTrue(read.rejections.get(1).reason().contains("neither a title nor a DOI"));
    }

    @Test
    void deliversTheCompleteItemsOfAListCutInHalfThenFailsAtTheParsersLine() throws IOException {
        String whole = Files.readString(real(ZOTERO_LIST));
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

        assertEquals(lastLine, e.line());
        assertTrue(e.getMessage().startsWith(cut + ":" + lastLine + ": broken JSON"), e.getMessage());
        List<BibRecord> all = CollectedRecords.read(reader, real(ZOTERO_LIST)).records;
        assertTrue(read.records.size() > 3 && read.records.size() < ZOTERO_ITEMS, read.records.size() + " items");
        assertEquals(all.subList(0, read.records.size()).stream().map(r -> r.source().line() + " " + r.title())
                .collect(Collectors.toList()),
                read.records.stream().map(r -> r.source().line() + " " + r.title()).collect(Collectors.toList()));
    }

    @Test
    void namesTheLineOfASyntaxError() {
        String text = "[\n{\"type\":\"book\",\"title\":\"A\"},\n{\"type\":\"book\",\n\"title\" \"B\"}\n]";
        CollectedRecords read = new CollectedRecords();

        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> reader.read(Path.of("c.json"), new BufferedReader(new StringReader(text)), read));

        assertEquals(4, e.line());
        assertEquals(1, read.records.size());
    }

    // ---- recognition -------------------------------------------------------------------------------------------------

    @Test
    void recognisesBothRealFilesAndDetectsThemAsCslJson() throws IOException {
        for (Path file : List.of(real(ZOTERO_LIST), real(MANUBOT))) {
            String head = InputText.of(file).head();
            assertTrue(reader.recognises(head, file), file.toString());
            assertEquals(Optional.of(Format.CSL_JSON), Format.detect(head, file), file.toString());
        }
        assertEquals(List.of("csl-json"), CollectedRecords.read(reader, real(ZOTERO_LIST)).records.stream().map(BibRecord::format)
                .distinct().collect(Collectors.toList()));
    }

    @Test
    void recognisesNoOtherSharedSampleNorSeed() throws IOException {
        Path data = Path.of("../shared/data");
        Assumptions.assumeTrue(Files.isDirectory(data), "../shared/data is absent: this test reads the real samples");
        List<Path> others;
        try (Stream<Path> files = Stream.concat(Files.walk(data), Files.walk(Path.of("../shared/seeds")))) {
            others = files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/csljson/"))
                    .filter(f -> !f.getFileName().toString().endsWith(".md")).collect(Collectors.toList());
        }
        assertTrue(others.size() > 20, others.size() + " files");
        for (Path other : others) {
            assertFalse(reader.recognises(InputText.of(other).head(), other), other.toString());
        }
    }

    @Test
    void recognisesSingleItemsAndCutHeadsButNotCrossrefWorks() {
        Path any = Path.of("x.json");
        assertTrue(reader.recognises("{\"type\":\"article-journal\",\"title\":\"T\",\"author\":[{\"family\":\"Doe\",\"given\":\"J\"}],"
                + "\"issued\":{\"date-parts\":[[2015]]},\"DOI\":\"10.1/x\"}", any));
        assertTrue(reader.recognises("[{\"id\":\"a\",\"type\":\"book\",\"author\":[{\"literal\":\"WHO\"}],\"abstract\":\"Cut he", any));
        assertTrue(reader.recognises("[{\"type\":\"misc-thing\",\"author\":[{\"family\":\"Doe\"}],\"issued\":{\"raw\":\"2015\"}}]",
                any), "an unknown type with both an issued date and named authors");
        assertFalse(reader.recognises("[{\"type\":\"misc-thing\",\"author\":[{\"family\":\"Doe\"}]}]", any));
        assertFalse(reader.recognises("{\"type\":\"journal-article\",\"title\":[\"T\"],\"author\":[{\"family\":\"Doe\"}],"
                + "\"issued\":{\"date-parts\":[[2015]]}}", any));
        assertFalse(reader.recognises("{\"type\":\"book\",\"member\":\"78\",\"author\":[{\"family\":\"Doe\"}],"
                + "\"issued\":{\"date-parts\":[[2015]]}}", any));
        assertFalse(reader.recognises("{\"status\":\"ok\",\"message-type\":\"work\",\"message\":{\"type\":\"book\"}}", any));
        assertFalse(reader.recognises("{\"id\":\"https://openalex.org/W1\",\"type\":\"article\",\"author\":[{\"family\":\"Doe\"}]}", any));
        assertFalse(reader.recognises("{\"paperId\":\"abc\",\"type\":\"article\",\"issued\":{}}", any));
        assertFalse(reader.recognises("PMID- 1\n", any));
    }

    private static Path real(Path file) {
        Assumptions.assumeTrue(Files.isReadable(file), file + " is absent: this test reads the real sample");
        return file;
    }
}
