package org.scholargraph.cli;

import static org.scholargraph.cli.Outcome.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.analysis.AuthorColumns;
import org.scholargraph.analysis.NodeColumn;
import org.scholargraph.analysis.PaperColumns;

/** The command line, run in-process on the shipped sample in {@code input/}. */
class MainTest {

    private static final List<String> CONTRACT_FILES = List.of("network.graphml", "coauthorship.graphml",
            "citation.graphml", "topics.graphml", "coauthorship.gexf", "authors.csv", "papers.csv",
            "coauthorships.csv", "citations.csv", "topic_edges.csv", "keywords.csv", "communities.csv",
            "timeline_years.csv", "timeline_authors.csv", "timeline_pairs.csv", "rejected.csv", "summary.json");

    @TempDir
    Path temp;

    @Test
    void runOnTheSampleWritesEveryContractFileAndRepeatsByteForByte() throws IOException {
        // given the sample input, exported twice and once more on one thread
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Path single = temp.resolve("single");

        // when
        Outcome a = run("run", "-o", first.toString(), "input");
        Outcome b = run("run", "-o", second.toString(), "input");
        Outcome c = run("run", "-o", single.toString(), "--threads", "1", "input");

        // then every file of the contract is there, and nothing else differs than the run block
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        assertEquals(0, c.code(), c.err());
        for (String name : CONTRACT_FILES) {
            assertTrue(Files.isRegularFile(first.resolve(name)), name + " missing");
        }
        for (Path other : List.of(second, single)) {
            for (String name : CONTRACT_FILES) {
                if (name.equals("summary.json")) {
                    assertEquals(withoutRun(first.resolve(name)), withoutRun(other.resolve(name)));
                } else {
                    assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(other.resolve(name)),
                            name + " differs between " + first.getFileName() + " and " + other.getFileName());
                }
            }
        }
        // the sample has 27 OpenAlex works and a 3-paper author page, two of whose papers are in both
        String papers = Files.readString(first.resolve("papers.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 28, papers.lines().count());
        assertTrue(papers.contains("author-page;openalex"));
    }

    @Test
    void summaryTimesEveryStageAndEveryMeasureOfEveryGraph() throws IOException {
        Path out = temp.resolve("out");

        Outcome outcome = run("run", "-o", out.toString(), "input");

        assertEquals(0, outcome.code(), outcome.err());
        JsonNode run = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("run");
        assertEquals(List.of("read", "resolve", "graphs", "analysis", "export"), names(run.get("timings_ms")));
        // every community search, the timeline, and every timed column of the author and paper tables
        Set<String> measures = new TreeSet<>(List.of("citation.leiden", "citation.pagerank", "coauthorship.betweenness",
                "coauthorship.coreness", "coauthorship.eigenvector", "coauthorship.harmonic", "coauthorship.leiden",
                "coauthorship.pagerank", "keywords.leiden", "timeline", "topics.leiden"));
        Stream.concat(AuthorColumns.ALL.stream(), PaperColumns.ALL.stream()).map(NodeColumn::timing)
                .filter(key -> !key.isEmpty()).forEach(measures::add);
        assertEquals(List.copyOf(measures), names(run.get("measure_ms")));
        run.get("measure_ms").elements().forEachRemaining(millis -> assertTrue(millis.asLong() >= 0, run.toString()));
    }

    @Test
    void missingInputIsExitTwoWithTheFileNamedAndNoExport() {
        Path out = temp.resolve("out");
        Outcome outcome = run("run", "-o", out.toString(), "no/such/file.json");
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("no/such/file.json: no such file or folder"), outcome.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownFormatIsExitTwoAndLeavesAnEarlierExportAlone() throws IOException {
        // given an earlier export, and a file that no reader recognises
        Path out = temp.resolve("out");
        assertEquals(0, run("run", "-o", out.toString(), "input").code());
        byte[] before = Files.readAllBytes(out.resolve("authors.csv"));
        Path odd = temp.resolve("numbers.dat");
        Files.write(odd, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});

        // when
        Outcome outcome = run("run", "-o", out.toString(), odd.toString());

        // then
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("numbers.dat:1: not a format scholargraph reads"), outcome.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("authors.csv")));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of("numbers.dat", "out"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void badOptionIsExitTwoWithUsage() {
        Outcome outcome = run("run", "--threads", "0", "input");
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("--threads must be 1 or more"), outcome.err());
    }

    @Test
    void countGivesTheRecordsOfEachFileWithoutAnalysing() {
        // the sample: 27 works, one a line, and an author page of 3 papers (counted by hand)
        Outcome outcome = run("count", "input");
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.out().contains("network-science.openalex.jsonl\topenalex\t27\t0"), outcome.out());
        assertTrue(outcome.out().contains("fortunato.author-page.txt\tauthor-page\t3\t0"), outcome.out());
        assertTrue(outcome.out().contains("total\t\t30\t0"), outcome.out());
    }

    @Test
    void isFoundAsAToolProviderByName() {
        var tool = java.util.spi.ToolProvider.findFirst("scholargraph");
        assertTrue(tool.isPresent());
        StringWriter out = new StringWriter();
        assertEquals(0, tool.get().run(new PrintWriter(out), new PrintWriter(new StringWriter()), "formats"));
        assertTrue(out.toString().contains("bibtex"));
    }

    @Test
    void formatsListsEveryReader() {
        Outcome outcome = run("formats");
        assertEquals(0, outcome.code());
        assertTrue(outcome.out().contains("openalex"));
        assertTrue(outcome.out().contains("reading-list"));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String withoutRun(Path summary) throws IOException {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree(summary.toFile());
        node.remove("run");
        return node.toString();
    }
}
