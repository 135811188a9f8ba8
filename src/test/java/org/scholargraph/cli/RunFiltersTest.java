package org.scholargraph.cli;

import static org.scholargraph.cli.Outcome.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code run --years}, {@code --min-papers} and {@code --max-authors}, through the command line on
 * the shipped sample (27 OpenAlex works and an author page of 3 papers, 2 of them also OpenAlex
 * works) and on a real Semantic Scholar response with bylines of 52 and 100 authors. The expected
 * counts were taken by hand from the sample's files.
 */
class RunFiltersTest {

    @TempDir
    Path temp;

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void yearsKeepsThePapersOfThoseYearsWithTheirAuthors() throws IOException {
        // given: the sample's works of 2001 to 2004 are 3 of 2001, 3 of 2002 and 3 of 2004, by 15
        // distinct people (Newman on 4 of them, Girvan on 2, Barabási on 2)
        Path out = temp.resolve("out");

        // when
        Outcome outcome = run("run", "-o", out.toString(), "--years", "2001-2004", "input");

        // then
        assertEquals(0, outcome.code(), outcome.err());
        List<CSVRecord> papers = rows(out.resolve("papers.csv"));
        assertEquals(9, papers.size());
        for (CSVRecord paper : papers) {
            int year = Integer.parseInt(paper.get("year"));
            assertTrue(year >= 2001 && year <= 2004, paper.get("title") + " " + year);
        }
        assertEquals(15, rows(out.resolve("authors.csv")).size());
        var filters = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("filters");
        assertEquals("[\"years 2001–2004\"]", filters.toString());
        assertTrue(lastLine(outcome.err()).startsWith(
                "read 2 files: 28 papers, 47 authors, 0 rejected; 9 papers, 15 authors after years 2001–2004 → "),
                outcome.err());
    }

    @Test
    void oneYearIsARangeOfOne() throws IOException {
        // the sample has three works of 2002
        Path out = temp.resolve("out");

        assertEquals(0, run("run", "-o", out.toString(), "--years", "2002", "input").code());

        assertEquals(3, rows(out.resolve("papers.csv")).size());
    }

    @Test
    void minPapersDropsAuthorsWithFewerPapersFromTheNetwork() throws IOException {
        // given: 14 of the sample's 47 people have 2 papers or more (Fortunato counts his author-page
        // paper too); 24 papers have at least one of them
        Path out = temp.resolve("out");

        // when
        Outcome outcome = run("run", "-o", out.toString(), "--min-papers", "2", "input");

        // then
        assertEquals(0, outcome.code(), outcome.err());
        List<CSVRecord> authors = rows(out.resolve("authors.csv"));
        assertEquals(14, authors.size());
        for (CSVRecord author : authors) {
            assertTrue(Integer.parseInt(author.get("papers")) >= 2, author.get("name"));
        }
        assertEquals(24, rows(out.resolve("papers.csv")).size());
        Set<String> kept = new HashSet<>();
        authors.forEach(a -> kept.add(a.get("author_id")));
        for (CSVRecord pair : rows(out.resolve("coauthorships.csv"))) {
            assertTrue(kept.contains(pair.get("source_id")) && kept.contains(pair.get("target_id")), pair.toString());
        }
    }

    @Test
    void maxAuthorsDefaultIsStatedInTheSummaryAndLeavesTheSampleAlone() throws IOException {
        // the sample's largest byline is 14 ("Science of science"), below the default
        Path byDefault = temp.resolve("default");
        Path unlimited = temp.resolve("unlimited");

        assertEquals(0, run("run", "-o", byDefault.toString(), "input").code());
        assertEquals(0, run("run", "-o", unlimited.toString(), "--max-authors", "0", "input").code());

        ObjectMapper json = new ObjectMapper();
        assertEquals("[]", json.readTree(byDefault.resolve("summary.json").toFile()).path("filters").toString());
        assertEquals(50, json.readTree(byDefault.resolve("summary.json").toFile())
                .path("parameters").path("max_authors").asInt(-1));
        assertEquals(0, json.readTree(unlimited.resolve("summary.json").toFile())
                .path("parameters").path("max_authors").asInt(-1));
        // 148 pairs among the OpenAlex works and 3 from the author page's third paper
        assertEquals(151, rows(byDefault.resolve("coauthorships.csv")).size());
        assertEquals(Files.readString(byDefault.resolve("coauthorships.csv")),
                Files.readString(unlimited.resolve("coauthorships.csv")));
        assertTrue(run("run", "--help").out().replaceAll("\\s+", " ").contains("(default: 50; 0: no limit)"));
    }

    @Test
    void aPaperWithMoreAuthorsThanTheLimitKeepsItsAuthorshipsButAddsNoPairs() throws IOException {
        // given a limit below the 14 authors of "Science of science": of the 148 OpenAlex pairs, 61
        // come from bylines of 10 or fewer; the author page adds 3
        Path out = temp.resolve("out");

        // when
        Outcome outcome = run("run", "-o", out.toString(), "--max-authors", "10", "input");

        // then the pairs of that paper alone are gone, its 14 authors and their papers stay
        assertEquals(0, outcome.code(), outcome.err());
        assertEquals(64, rows(out.resolve("coauthorships.csv")).size());
        CSVRecord paper = rows(out.resolve("papers.csv")).stream()
                .filter(p -> p.get("title").equals("Science of science")).findFirst().orElseThrow();
        assertEquals(14, paper.get("authors").split(";").length);
        assertEquals(47, rows(out.resolve("authors.csv")).size());
        for (CSVRecord pair : rows(out.resolve("coauthorships.csv"))) {
            assertFalse(Arrays.asList(pair.get("paper_ids").split(";")).contains(paper.get("paper_id")), pair.toString());
        }
        for (CSVRecord year : rows(out.resolve("timeline_years.csv"))) {
            if (year.get("year").equals("2018")) {
                assertEquals("0", year.get("collaborations"), "the 2018 paper is the only one of its year");
            }
        }
    }

    @Test
    void onRealDataTheDefaultLimitRemovesExactlyThePairsOfTheLargeBylines() throws IOException {
        // given a Semantic Scholar response whose 321 papers include bylines of 52 and 100 authors
        Path file = Path.of("../shared/data/semanticscholar/s2_v1_paper_cd4ac4fb9701f518a3b35ce1693c12a13e58f4b3.json");
        assumeTrue(Files.isRegularFile(file), "../shared/data is absent: this test reads a real Semantic Scholar file");
        Path limited = temp.resolve("limited");
        Path unlimited = temp.resolve("unlimited");

        // when
        assertEquals(0, run("run", "-o", limited.toString(), file.toString()).code());
        assertEquals(0, run("run", "-o", unlimited.toString(), "--max-authors", "0", file.toString()).code());

        // then every author and authorship stays ...
        Map<String, Integer> bylines = new HashMap<>();
        for (CSVRecord paper : rows(unlimited.resolve("papers.csv"))) {
            bylines.put(paper.get("paper_id"), paper.get("authors").isEmpty() ? 0 : paper.get("authors").split(";").length);
        }
        assertEquals(2, bylines.values().stream().filter(n -> n > 50).count());
        assertEquals(rows(unlimited.resolve("authors.csv")).size(), rows(limited.resolve("authors.csv")).size());
        assertEquals(Files.readString(unlimited.resolve("papers.csv")).lines().map(l -> l.split(",")[0]).toList(),
                Files.readString(limited.resolve("papers.csv")).lines().map(l -> l.split(",")[0]).toList());
        // ... and the pairs are those of the unlimited run that share a byline of 50 or fewer, with
        // only such papers counted
        List<String> expected = new ArrayList<>();
        for (CSVRecord pair : rows(unlimited.resolve("coauthorships.csv"))) {
            List<String> small = Arrays.stream(pair.get("paper_ids").split(";")).filter(p -> bylines.get(p) <= 50).toList();
            if (!small.isEmpty()) {
                expected.add(pair.get("source_id") + "," + pair.get("target_id") + "," + small.size() + ","
                        + String.join(";", small));
            }
        }
        List<String> actual = rows(limited.resolve("coauthorships.csv")).stream()
                .map(p -> p.get("source_id") + "," + p.get("target_id") + "," + p.get("joint_papers") + ","
                        + p.get("paper_ids"))
                .toList();
        assertEquals(expected, actual);
        assertTrue(actual.size() < rows(unlimited.resolve("coauthorships.csv")).size() - 5000,
                "the two large bylines alone make more than 5,000 pairs");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--years|2004-2001|the first year is after the last",
        "--years|recent|--years takes FROM-TO",
        "--min-papers|0|--min-papers must be 1 or more",
        "--max-authors|1|must be 2 or more (0 for no limit)",
        "--max-authors|-3|must be 2 or more (0 for no limit)"})
    void aBadFilterIsExitTwoWithTheReasonAndNoExport(String option, String value, String reason) {
        Path out = temp.resolve("out");

        Outcome outcome = run("run", "-o", out.toString(), option, value, "input");

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains(reason), outcome.err());
        assertFalse(Files.exists(out));
    }
}
