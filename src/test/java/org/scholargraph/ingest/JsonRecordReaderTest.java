package org.scholargraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Rejection;

class JsonRecordReaderTest {

    private static final Path DATA = Path.of("../shared/data");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /**
     * Each JSON format's real samples written as JSON Lines, one value a line: OpenAlex's 49 works
     * of its API page, Crossref's 6 saved responses (5 works and a list of 2 DOIs), the 17 + 3 items
     * of the two CSL-JSON lists, and Semantic Scholar's 9 responses (7 v1 papers giving 323 + 81 +
     * 70 + 28 + 22 + 3 + 1 records with their referenced and citing papers, and two search pages of
     * one paper each; the counts of SemanticScholarReaderTest). The middle line is then cut in half:
     * 1 of 49 works, the SAMOS work (line 4 of 6), item 11 of 20, and the ACL paper's 28 records (line
     * 5 of 9) are lost with it.
     */
    @ParameterizedTest
    @CsvSource({
        "OPENALEX, 49, 48",
        "CROSSREF, 7, 6",
        "CSL_JSON, 20, 19",
        "SEMANTIC_SCHOLAR, 530, 502",
    })
    void oneBrokenLineInTheMiddleIsOneRejectionAndEveryOtherRecordIsKept(Format format, int whole, int kept)
            throws IOException {
        // given the format's real records as JSON Lines, and the same lines with the middle one cut in half
        List<String> lines = jsonLines(format);
        int middle = lines.size() / 2;
        String cut = lines.get(middle).substring(0, lines.get(middle).length() / 2);
        List<String> broken = new ArrayList<>(lines);
        broken.set(middle, cut);

        // when
        CollectedRecords all = CollectedRecords.read(format.reader(), write("whole.jsonl", lines));
        CollectedRecords read = CollectedRecords.read(format.reader(), write("broken.jsonl", broken));

        // then the whole file gives every record, and the broken one every record of the other lines
        assertEquals(List.of(), all.rejections);
        assertEquals(whole, all.records.size());
        long brokenLine = middle + 1;
        assertEquals(kept, read.records.size());
        assertEquals(described(all.records.stream().filter(r -> r.source().line() != brokenLine)),
                described(read.records.stream()));
        // and one rejection: the broken line, where it stands, as it stood
        assertEquals(1, read.rejections.size(), read.rejections.toString());
        Rejection rejection = read.rejections.get(0);
        assertEquals(brokenLine, rejection.source().line());
        assertEquals(cut, rejection.raw());
        assertTrue(rejection.reason().startsWith("broken JSON at column "), rejection.reason());
    }

    @Test
    void readsAFileWhoseFirstLineIsLongerThanTheProbeAsOneStreamedDocument() throws IOException {
        // given an array of works on one line, longer than what is looked at to tell the layout
        JsonNode results = JSON.readTree(real("openalex/peneira_openalex_works_page_49works.json").toFile()).path("results");
        String works = results.toString().substring(1, results.toString().length() - 1);
        String array = "[" + works + "," + works + "]";
        assertTrue(array.length() > JsonRecordReader.PROBE_CHARS, array.length() + " characters");

        CollectedRecords read = CollectedRecords.read(Format.OPENALEX.reader(), write("works.json", List.of(array)));

        assertEquals(List.of(), read.rejections);
        assertEquals(2 * 49, read.records.size());
        assertTrue(read.records.stream().allMatch(r -> r.source().line() == 1));
    }

    @Test
    void aDocumentCutShortStopsAtItsLastLineAfterTheRecordsBeforeIt() {
        // given a pretty-printed list of records cut inside its third record
        String text = "[\n  {\"type\":\"book\",\"title\":\"One\"},\n  {\"type\":\"book\",\"title\":\"Two\"},\n  {\"type\":\"bo";
        CollectedRecords read = new CollectedRecords();

        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> Format.CSL_JSON.reader().read(Path.of("list.json"), new BufferedReader(new StringReader(text)), read));

        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith("list.json:4: broken JSON: Unexpected end-of-input"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; the file ends in the middle (cut short by a download or copy? fetch it again)"
                + " (2 items before it were read)"), e.getMessage());
        assertEquals(List.of("One", "Two"), read.records.stream().map(BibRecord::title).collect(Collectors.toList()));
    }

    /** The values of the format's real samples, one compact JSON value a line. */
    private static List<String> jsonLines(Format format) throws IOException {
        switch (format) {
            case OPENALEX:
                return elements(tree("openalex/peneira_openalex_works_page_49works.json").path("results"));
            case CSL_JSON:
                return Stream.concat(elements(tree("csljson/commonmeta_csl-list_17items.json")).stream(),
                        elements(tree("csljson/manubot_input-bibliography_3items.json")).stream()).collect(Collectors.toList());
            case CROSSREF:
                return wholeFiles("crossref");
            case SEMANTIC_SCHOLAR:
                return wholeFiles("semanticscholar");
            default:
                throw new IllegalArgumentException(format + " is not JSON");
        }
    }

    private static List<String> elements(JsonNode array) {
        List<String> lines = new ArrayList<>();
        array.forEach(element -> lines.add(element.toString()));
        return lines;
    }

    private static List<String> wholeFiles(String folder) throws IOException {
        try (Stream<Path> files = Files.list(real(folder))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().map(f -> {
                try {
                    return JSON.readTree(f.toFile()).toString();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.toList());
        }
    }

    private static JsonNode tree(String name) throws IOException {
        return JSON.readTree(real(name).toFile());
    }

    private static Path real(String name) {
        Path path = DATA.resolve(name);
        Assumptions.assumeTrue(Files.exists(path), "shared sample absent: " + path.toAbsolutePath());
        return path;
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(dir.resolve(name), lines);
    }

    /** What identifies each record, with its line: the title, the ids, the number of references. */
    private static List<String> described(Stream<BibRecord> records) {
        return records.map(r -> r.source().line() + " " + r.title() + " " + new TreeMap<>(r.ids()) + " " + r.references().size())
                .collect(Collectors.toList());
    }
}
