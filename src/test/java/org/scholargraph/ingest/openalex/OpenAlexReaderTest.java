package org.scholargraph.ingest.openalex;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.ingest.InputText;
import org.scholargraph.ingest.RecordSink;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;
import org.scholargraph.model.Rejection;

class OpenAlexReaderTest {

    /** Real API page, 49 works on one line (see ../shared/data/SOURCES.md). */
    private static final Path PAGE = Path.of("../shared/data/openalex/peneira_openalex_works_page_49works.json");

    /*
     * Expected numbers, counted independently of this reader, from the project root:
     *   python3 -c 'import json; r=json.load(open("../shared/data/openalex/peneira_openalex_works_page_49works.json"))["results"];
     *     print(len(r), sum(len(w["authorships"]) for w in r), sum(len(set(w["referenced_works"])) for w in r),
     *           sum(1 for w in r if w.get("doi")), sum(1 for w in r if (w.get("ids") or {}).get("pmid")),
     *           sum(1 for w in r if w.get("abstract_inverted_index")),
     *           sum(1 for w in r if ((w.get("primary_location") or {}).get("source") or {}).get("display_name")),
     *           sum(len(w["keywords"]) for w in r),
     *           sum(len(p) for w in r for p in (w.get("abstract_inverted_index") or {}).values()))'
     *   → 49 164 930 47 16 46 33 95 26784
     * (the last: word positions over all abstracts; no indexed word holds a space, so it is also the
     * number of space-separated words in the rebuilt abstracts)
     * (No authorship lacks a name and no work repeats a referenced work, so nothing is skipped;
     * SOURCES.md independently states referenced_works=930 authorships=164 years=2013-2024. Every
     * work has keywords[], so the keyword rule takes them and 95 is their total.)
     */
    private static final int WORKS = 49;
    private static final int AUTHORSHIPS = 164;
    private static final int REFERENCED_WORKS = 930;
    private static final int WITH_DOI = 47;
    private static final int WITH_PMID = 16;
    private static final int WITH_ABSTRACT = 46;
    private static final int WITH_VENUE = 33;
    private static final int KEYWORDS = 95;
    private static final int ABSTRACT_WORDS = 26784;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenAlexReader reader = new OpenAlexReader();

    @TempDir
    Path dir;

    // ---- the real page --------------------------------------------------------------------------------------------

    @Test
    void readsEveryWorkOfTheRealApiPage() throws IOException {
        Collected page = readFile(realPage());

        assertEquals(List.of(), page.rejections);
        assertEquals(WORKS, page.records.size());
        assertEquals(AUTHORSHIPS, page.records.stream().mapToInt(r -> r.authors().size()).sum());
        assertEquals(REFERENCED_WORKS, page.records.stream().mapToInt(r -> r.references().size()).sum());
        assertEquals(WITH_DOI, count(page, r -> r.ids().containsKey(IdScheme.DOI)));
        assertEquals(WITH_PMID, count(page, r -> r.ids().containsKey(IdScheme.PMID)));
        assertEquals(WITH_ABSTRACT, count(page, r -> !r.abstractText().isEmpty()));
        assertEquals(WITH_VENUE, count(page, r -> !r.venue().isEmpty()));
        assertEquals(KEYWORDS, page.records.stream().mapToInt(r -> r.keywords().size()).sum());
        // python: sum(1 for w in r if w["primary_topic"]["field"]["display_name"]) → 49: one subject category each
        assertEquals(WORKS, count(page, r -> r.subjectCategories().size() == 1));
        assertEquals(ABSTRACT_WORDS, page.records.stream().filter(r -> !r.abstractText().isEmpty())
                .mapToInt(r -> r.abstractText().split(" ").length).sum());
        assertEquals(WORKS, count(page, r -> r.ids().containsKey(IdScheme.OPENALEX) && !r.title().isEmpty()));
        assertEquals(WORKS, page.records.stream().map(r -> r.ids().get(IdScheme.OPENALEX)).distinct().count());
        page.records.forEach(r -> {
            int year = r.year().orElseThrow();
            assertTrue(year >= 2013 && year <= 2024, r.source() + " year " + year);
            assertEquals("openalex", r.format());
            assertEquals(1, r.source().line(), "the page is one line");
            r.authors().forEach(a -> assertTrue(a.sourceId().orElseThrow().matches("openalex:A\\d+"), a.toString()));
        });
        assertEquals(2013, page.records.stream().mapToInt(r -> r.year().orElseThrow()).min().orElseThrow());
        assertEquals(2024, page.records.stream().mapToInt(r -> r.year().orElseThrow()).max().orElseThrow());
    }

    @Test
    void mapsTheFirstWorkOfThePageFieldByField() throws IOException {
        BibRecord work = readFile(realPage()).records.get(0);

        assertEquals("Redefining climate regions in the United States of America using satellite remote sensing "
                + "and machine learning for public health applications", work.title());
        assertEquals(List.of(
                new RecordAuthor("Alexander Liss", Optional.of("openalex:A5040992156")),
                new RecordAuthor("Magaly Koch", Optional.of("openalex:A5056924374")),
                new RecordAuthor("Elena N. Naumova", Optional.of("openalex:A5079371724"))), work.authors());
        assertEquals("W2068311567", work.ids().get(IdScheme.OPENALEX));
        assertEquals("10.4081/gh.2014.294", work.ids().get(IdScheme.DOI));
        assertEquals("25599636", work.ids().get(IdScheme.PMID));
        assertEquals(OptionalInt.of(2014), work.year());
        assertEquals(Optional.of(LocalDate.of(2014, 12, 1)), work.date());
        assertEquals("Geospatial Health", work.venue());
        assertEquals(List.of("Exposure Assessment"), work.keywords());
        assertEquals(List.of("Environmental Science"), work.subjectCategories(), "primary_topic.field.display_name");
        assertEquals(50, work.references().size());
        assertEquals(Reference.of(IdScheme.OPENALEX, "W34240753"), work.references().get(0));
        assertEquals(Reference.of(IdScheme.OPENALEX, "W3145427446"), work.references().get(49));
        assertTrue(work.abstractText().startsWith("Existing climate classification has not been designed for an "
                + "efficient handling of public health scenarios. This work aims"), work.abstractText());
    }

    @Test
    void findsArxivIdsInDataciteDoisAndSecondaryLocations() throws IOException {
        List<BibRecord> records = readFile(realPage()).records;

        // W4365441044: DOI 10.48550/arxiv.2304.04761; W4307407919: journal paper whose second location is arXiv.
        assertEquals("2304.04761", byOpenAlexId(records, "W4365441044").ids().get(IdScheme.ARXIV));
        assertEquals("2208.03461", byOpenAlexId(records, "W4307407919").ids().get(IdScheme.ARXIV));
        assertEquals("10.1162/99608f92.18da72db", byOpenAlexId(records, "W4307407919").ids().get(IdScheme.DOI));
        // the four works with an arxiv.org location (found with grep -o 'arxiv.org/abs/[0-9.]*')
        assertEquals(4, records.stream().filter(r -> r.ids().containsKey(IdScheme.ARXIV)).count());
    }

    @Test
    void recognisesTheRealPageFromItsHeadAlone() throws IOException {
        String head = InputText.of(realPage()).head();
        assertEquals(InputText.HEAD_CHARS, head.length(), "the head is cut inside the first work");
        assertTrue(reader.recognises(head, PAGE));
    }

    // ---- JSON Lines ------------------------------------------------------------------------------------------------

    @Test
    void readsTheSameRecordsFromJsonLinesAsFromThePage() throws IOException {
        List<BibRecord> fromPage = readFile(realPage()).records;
        Path jsonl = writeLines("works.jsonl", workLines());

        Collected fromLines = readFile(jsonl);

        assertEquals(List.of(), fromLines.rejections);
        assertEquals(sameSource(fromPage), sameSource(fromLines.records));
        assertEquals(IntStream.rangeClosed(1, WORKS).boxed().collect(Collectors.toList()),
                fromLines.records.stream().map(r -> (int) r.source().line()).collect(Collectors.toList()));
    }

    @Test
    void readsGzippedJsonLinesThroughInputText() throws IOException {
        List<BibRecord> fromPage = readFile(realPage()).records;
        Path gz = dir.resolve("works.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((String.join("\n", workLines()) + "\n").getBytes(UTF_8));
        }

        Collected fromGzip = readFile(gz);

        assertTrue(InputText.of(gz).gzip());
        assertTrue(reader.recognises(InputText.of(gz).head(), gz));
        assertEquals(List.of(), fromGzip.rejections);
        assertEquals(sameSource(fromPage), sameSource(fromGzip.records));
    }

    @Test
    void rejectsExactlyTheCorruptedLineAndKeepsTheOthers() throws IOException {
        List<String> lines = new ArrayList<>(workLines());
        String cut = lines.get(6).substring(0, lines.get(6).length() / 2);
        lines.set(6, cut);
        lines.add(10, ""); // a blank line is no record and no rejection; works after it move down one line

        Collected read = readFile(writeLines("works.jsonl", lines));

        assertEquals(WORKS - 1, read.records.size());
        assertEquals(1, read.rejections.size());
        Rejection rejection = read.rejections.get(0);
        assertEquals(7, rejection.source().line());
        assertEquals(cut, rejection.raw());
        assertTrue(rejection.reason().startsWith("broken JSON at column "), rejection.reason());
        assertFalse(read.records.stream().anyMatch(r -> r.source().line() == 7 || r.source().line() == 11));
        assertEquals(WORKS + 1, read.records.get(read.records.size() - 1).source().line());
    }

    @Test
    void rejectsABrokenFirstLineOfJsonLinesWithoutLosingTheRest() throws IOException {
        List<String> lines = new ArrayList<>(workLines());
        lines.set(0, lines.get(0).substring(0, 500));

        Collected read = readFile(writeLines("works.jsonl", lines));

        assertEquals(WORKS - 1, read.records.size());
        assertEquals(List.of(1L), read.rejections.stream().map(r -> r.source().line()).collect(Collectors.toList()));
    }

    @Test
    void rejectsObjectsThatAreNotWorksWithTheirLines() throws IOException {
        List<String> lines = List.of(
                "{\"id\":\"https://openalex.org/W1\",\"title\":\"A work\"}",
                "{\"id\":\"https://openalex.org/A5040992156\",\"display_name\":\"An author, not a work\"}",
                "{\"error\":\"Invalid query parameters error.\",\"message\":\"bad filter\"}",
                "42",
                "{\"id\":\"https://openalex.org/W2\",\"title\":\"Another\"} trailing",
                "{\"title\":\"No id, but a title\"}");

        Collected read = readFile(writeLines("mixed.jsonl", lines));

        assertEquals(List.of("W1", "No id, but a title"), read.records.stream()
                .map(r -> r.ids().getOrDefault(IdScheme.OPENALEX, r.title())).collect(Collectors.toList()));
        assertEquals(List.of(2L, 3L, 4L, 5L),
                read.rejections.stream().map(r -> r.source().line()).collect(Collectors.toList()));
        assertTrue(read.rejections.get(0).reason().contains("not an OpenAlex work"), read.rejections.get(0).reason());
        assertTrue(read.rejections.get(1).reason().contains("needs an id, a title or an abstract"));
        assertEquals(lines.get(3), read.rejections.get(2).raw());
    }

    // ---- JSON documents over many lines ----------------------------------------------------------------------------

    @Test
    void givesEachWorkOfAPrettyPrintedPageTheLineItsObjectStartsOn() throws IOException {
        List<BibRecord> fromPage = readFile(realPage()).records;
        Path pretty = dir.resolve("page.json");
        Files.writeString(pretty, prettyPage());
        List<String> text = Files.readAllLines(pretty);

        Collected read = readFile(pretty);

        assertEquals(sameSource(fromPage), sameSource(read.records));
        for (BibRecord record : read.records) {
            int line = (int) record.source().line();
            assertEquals("{", text.get(line - 1).strip(), "line " + line + " opens the work");
            assertTrue(text.get(line).contains("\"https://openalex.org/" + record.ids().get(IdScheme.OPENALEX) + "\""),
                    "line " + (line + 1) + " holds the work's id");
        }
    }

    @Test
    void readsASingleWorkObject() throws IOException {
        JsonNode first = JSON.readTree(realPage().toFile()).path("results").get(0);
        Path single = dir.resolve("W2068311567.json");
        Files.writeString(single, "\n\n" + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(first));

        Collected read = readFile(single);

        assertEquals(List.of(), read.rejections);
        assertEquals(1, read.records.size());
        assertEquals(3, read.records.get(0).source().line(), "after two blank lines");
        assertEquals(sameSource(readFile(realPage()).records.subList(0, 1)), sameSource(read.records));
        assertTrue(reader.recognises(Files.readString(single), single));
    }

    @Test
    void deliversTheCompleteWorksOfAPageCutInHalfThenFailsAtTheParsersLine() throws IOException {
        String page = prettyPage();
        String half = page.substring(0, page.length() / 2);
        long lastLine = half.lines().count();
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, half);
        List<BibRecord> whole = readFile(realPage()).records;
        Collected read = new Collected();

        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> read(cut, read));

        assertEquals(cut, e.file());
        assertEquals(lastLine, e.line());
        assertTrue(e.getMessage().startsWith(cut + ":" + lastLine + ": broken JSON"), e.getMessage());
        assertTrue(read.records.size() > 0 && read.records.size() < WORKS, read.records.size() + " works");
        assertEquals(sameSource(whole.subList(0, read.records.size())), sameSource(read.records));
    }

    @Test
    void namesTheLineOfASyntaxErrorInsideAPage() throws IOException {
        List<String> lines = new ArrayList<>(prettyPage().lines().collect(Collectors.toList()));
        // the line of the 40th work's "id" (1-based); any line inside the page would do
        int broken = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).contains("\"id\" : \"https://openalex.org/W4307407919\""))
                .findFirst().orElseThrow() + 1;
        lines.set(broken - 1, lines.get(broken - 1).replace(" : ", " ; "));
        Path bad = writeLines("bad.json", lines);
        Collected read = new Collected();

        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> read(bad, read));

        assertEquals(broken, e.line());
        assertEquals(39, read.records.size(), "the 39 works before the 40th");
    }

    @Test
    void failsAtLineOneOnTheRealOneLinePageCutInHalf() throws IOException {
        String page = Files.readString(realPage());
        Path cut = dir.resolve("cut.json");
        Files.writeString(cut, page.substring(0, page.length() / 2));
        Collected read = new Collected();

        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> read(cut, read));

        assertEquals(1, e.line());
        assertTrue(read.records.size() > 0 && read.records.size() < WORKS);
    }

    @Test
    void readsATopLevelArrayOfWorks() throws IOException {
        JsonNode results = JSON.readTree(realPage().toFile()).path("results");
        Path array = dir.resolve("works.json");
        Files.writeString(array, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));

        assertEquals(sameSource(readFile(realPage()).records), sameSource(readFile(array).records));
    }

    // ---- recognition -----------------------------------------------------------------------------------------------

    @Test
    void recognisesPagesWorksAndJsonLinesButNotOtherJsonOrText() throws IOException {
        Path any = Path.of("input.json");
        assertTrue(reader.recognises(String.join("\n", workLines().subList(0, 3)), any));
        assertTrue(reader.recognises(prettyPage(), any));
        assertTrue(reader.recognises("  {\"meta\":{\"count\":1},\"results\":[{\"id\":\"https://openalex.org/W1\"}]}", any));

        assertFalse(reader.recognises("Title: Deep learning\nAuthors: A, B\n2015\n", any));
        assertFalse(reader.recognises("", any));
        assertFalse(reader.recognises("{\"id\":\"10.1038/nature14539\",\"title\":\"Deep learning\",\"type\":\"article\"}", any));
        assertFalse(reader.recognises("{\"id\":\"https://openalex.org/A5040992156\",\"display_name\":\"Alexander Liss\"}", any));
        assertFalse(reader.recognises("{\"meta\":{\"count\":0},\"results\":[]}", any));
        assertFalse(reader.recognises("{\"status\":\"ok\",\"message\":{\"DOI\":\"10.1/x\",\"id\":\"https://openalex.org/W1\"}}", any));
    }

    @Test
    void doesNotRecogniseARealCrossrefWork() throws IOException {
        Path crossref = Path.of("../shared/data/crossref/commonmeta_crossref_work_single_27refs.json");
        Assumptions.assumeTrue(Files.isReadable(crossref), "shared Crossref sample absent: " + crossref);
        assertFalse(reader.recognises(InputText.of(crossref).head(), crossref));
    }

    // ---- hand-made schema quirks -----------------------------------------------------------------------------------

    @Test
    void fallsBackToOlderAndRawFieldsWhereTheUsualOnesAreMissing() throws IOException {
        String work = "{\"id\":\"https://openalex.org/W7\",\"title\":null,"
                + "\"display_name\":\"The <i>Drosophila</i> H<sub>2</sub>O  paper\","
                + "\"publication_year\":2019,\"publication_date\":\"2019-13-45\","
                + "\"host_venue\":{\"display_name\":\"Old Venue\",\"url\":\"https://arxiv.org/abs/math/0211159v2\"},"
                + "\"primary_location\":null,"
                + "\"authorships\":[{\"author\":{\"id\":null,\"display_name\":null},\"raw_author_name\":\"Raw Name\"},"
                + "{\"author\":{},\"raw_author_name\":\"  \"},"
                + "{\"author\":{\"id\":\"https://openalex.org/A9\",\"display_name\":\"Known Person\"}}],"
                + "\"referenced_works\":[\"https://openalex.org/W1\",\"https://openalex.org/W1\",\"junk\",null],"
                + "\"abstract_inverted_index\":{\"the\":[0,3],\"sat\":[2],\"cat\":[1],\"mat.\":[5],\"on\":[4]},"
                + "\"keywords\":[],\"topics\":[],"
                + "\"concepts\":[{\"display_name\":\"Computer science\",\"level\":0,\"score\":0.9},"
                + "{\"display_name\":\"Machine learning\",\"level\":1,\"score\":0.5},"
                + "{\"display_name\":\"Weak\",\"level\":2,\"score\":0.29},"
                + "{\"display_name\":\"machine learning\",\"level\":2,\"score\":0.4}]}";

        BibRecord record = readString(work).records.get(0);

        assertEquals("The Drosophila H2O paper", record.title());
        assertEquals(OptionalInt.of(2019), record.year());
        assertEquals(Optional.empty(), record.date(), "an impossible date is dropped, the year stays");
        assertEquals("Old Venue", record.venue());
        assertEquals("math/0211159", record.ids().get(IdScheme.ARXIV));
        assertEquals(List.of(RecordAuthor.named("Raw Name"), new RecordAuthor("Known Person", Optional.of("openalex:A9"))),
                record.authors());
        assertEquals(List.of(Reference.of(IdScheme.OPENALEX, "W1")), record.references());
        assertEquals("the cat sat the on mat.", record.abstractText());
        assertEquals(List.of("Machine learning"), record.keywords());
    }

    @Test
    void prefersKeywordsThenTopicsThenConcepts() {
        assertEquals(List.of("Graph theory", "Networks"), OpenAlexWork.keywords(tree(
                "{\"keywords\":[{\"display_name\":\"Graph theory\"},{\"keyword\":\"Networks\"}],"
                        + "\"topics\":[{\"display_name\":\"Topic\"}]}")));
        assertEquals(List.of("Topic A", "Topic B"), OpenAlexWork.keywords(tree(
                "{\"keywords\":null,\"topics\":[{\"display_name\":\"Topic A\"},{\"display_name\":\"Topic B\"}],"
                        + "\"concepts\":[{\"display_name\":\"C\",\"level\":1,\"score\":0.9}]}")));
        assertEquals(List.of(), OpenAlexWork.keywords(tree("{\"concepts\":[{\"display_name\":\"C\",\"level\":0,\"score\":0.9}]}")));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static Path realPage() {
        Assumptions.assumeTrue(Files.isReadable(PAGE), "shared OpenAlex sample absent: " + PAGE.toAbsolutePath());
        return PAGE;
    }

    /** The page's works, one compact JSON object per line, as in an OpenAlex snapshot. */
    private static List<String> workLines() throws IOException {
        List<String> lines = new ArrayList<>();
        JSON.readTree(realPage().toFile()).path("results").forEach(work -> lines.add(work.toString()));
        return lines;
    }

    /** The page pretty-printed with each array element on a line of its own, as {@code jq .} writes it. */
    private static String prettyPage() throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return JSON.writer(printer).writeValueAsString(JSON.readTree(realPage().toFile()));
    }

    private Path writeLines(String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, lines, UTF_8);
        return file;
    }

    private Collected readFile(Path file) throws IOException {
        Collected collected = new Collected();
        read(file, collected);
        return collected;
    }

    private void read(Path file, Collected into) throws IOException {
        try (BufferedReader text = InputText.of(file).open()) {
            reader.read(file, text, into);
        }
    }

    private Collected readString(String text) throws IOException {
        Collected collected = new Collected();
        reader.read(Path.of("inline.json"), new BufferedReader(new StringReader(text)), collected);
        return collected;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int count(Collected c, Predicate<BibRecord> test) {
        return (int) c.records.stream().filter(test).count();
    }

    private static BibRecord byOpenAlexId(List<BibRecord> records, String id) {
        return records.stream().filter(r -> id.equals(r.ids().get(IdScheme.OPENALEX))).findFirst().orElseThrow();
    }

    /** The records with one provenance, to compare what two layouts of the same works give. */
    private static List<BibRecord> sameSource(List<BibRecord> records) {
        Provenance any = new Provenance(Path.of("any"), 1);
        return records.stream().map(r -> new BibRecord(any, r.format(), r.title(), r.authors(), r.year(), r.date(),
                r.venue(), r.volume(), r.pages(), r.abstractText(), r.ids(), r.keywords(), r.references())).collect(Collectors.toList());
    }

    /** A sink that keeps what it is given. */
    static final class Collected implements RecordSink {
        final List<BibRecord> records = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();

        @Override
        public void accept(BibRecord record) {
            records.add(record);
        }

        @Override
        public void reject(Rejection rejection) {
            rejections.add(rejection);
        }
    }
}
