package org.scholargraph.cli;

import static org.scholargraph.cli.Outcome.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --thesaurus}, {@code --split-list} and {@code --keep-versions} on the shipped sample. */
class RunResolutionOptionsTest {

    @TempDir
    Path temp;

    private static List<String> authorNames(Path export) throws IOException {
        return rows(export.resolve("authors.csv")).stream().map(row -> row.get("name")).toList();
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    /** keywords.csv as keyword → "papers,first_year,last_year". */
    private static Map<String, String> keywordRows(Path export) throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (CSVRecord row : rows(export.resolve("keywords.csv"))) {
            rows.put(row.get("keyword"), row.get("papers") + "," + row.get("first_year") + "," + row.get("last_year"));
        }
        return rows;
    }

    /** topic_edges.csv as "source target" → "weight shared_keywords". */
    private static Map<String, String> topicEdges(Path export) throws IOException {
        Map<String, String> edges = new TreeMap<>();
        for (CSVRecord row : rows(export.resolve("topic_edges.csv"))) {
            edges.put(row.get("source_id") + " " + row.get("target_id"), row.get("weight") + " " + row.get("shared_keywords"));
        }
        return edges;
    }

    @Test
    void thesaurusMergesDropsAndRenamesKeywordsAndTheirTopicLinksInTheSameFileAsNames() throws IOException {
        // given the sample (28 papers) and one thesaurus: a key phrase of the author page ("scale-free
        // network growth", of P3) merged into "scale-free networks" (P5, P9), "h-index" (P18, P23)
        // dropped, "betweenness" (4 papers, 2001-2004) renamed, and an author renamed
        Path plain = temp.resolve("plain");
        assertEquals(0, run("run", "-o", plain.toString(), "input").code());
        Map<String, String> before = keywordRows(plain);
        assertEquals("2,1999,2002", before.get("scale-free networks"));
        assertEquals("1,2006,2006", before.get("scale-free network growth"));
        assertEquals("2,2005,2016", before.get("h-index"));
        assertEquals("4,2001,2004", before.get("betweenness"));
        // each shared keyword adds ln(1 + 28/n_k): random graphs and scale-free networks ln(1+28/3) + ln(1+28/2);
        // citation analysis ln(1+28/6) and h-index ln(1+28/2)
        assertEquals("5.043425116919247 random graphs;scale-free networks", topicEdges(plain).get("P5 P9"));
        assertEquals("4.442651256490317 citation analysis;h-index", topicEdges(plain).get("P18 P23"));
        assertEquals(null, topicEdges(plain).get("P3 P5"));
        Path thesaurus = temp.resolve("thesaurus.txt");
        Files.writeString(thesaurus, "label\treplace by\n"
                + "scale-free network growth\tscale-free networks\n"
                + "h-index\t\n"
                + "betweenness\tbetweenness centrality\n"
                + "Filippo Menczer\tF. Menczer\n");

        // when
        Path out = temp.resolve("out");
        Outcome outcome = run("run", "-o", out.toString(), "--thesaurus", thesaurus.toString(), "input");

        // then keywords.csv: one keyword more on scale-free networks, the others gone or renamed
        assertEquals(0, outcome.code(), outcome.err());
        Map<String, String> after = keywordRows(out);
        assertEquals("3,1999,2006", after.get("scale-free networks"));
        assertEquals("4,2001,2004", after.get("betweenness centrality"));
        assertFalse(after.containsKey("scale-free network growth"));
        assertFalse(after.containsKey("h-index"));
        assertFalse(after.containsKey("betweenness"));
        Map<String, String> expected = new TreeMap<>(before);
        expected.keySet().removeAll(List.of("scale-free network growth", "h-index", "betweenness"));
        expected.put("scale-free networks", "3,1999,2006");
        expected.put("betweenness centrality", "4,2001,2004");
        assertEquals(expected, after);
        // and the topics: scale-free networks now on 3 papers, ln(1+28/3) each; h-index links nothing
        Map<String, String> edges = topicEdges(out);
        assertEquals("4.670749831634073 random graphs;scale-free networks", edges.get("P5 P9"));
        assertEquals("2.3353749158170367 scale-free networks", edges.get("P3 P5"));
        assertEquals("2.3353749158170367 scale-free networks", edges.get("P3 P9"));
        assertEquals("1.7346010553881064 citation analysis", edges.get("P18 P23"));
        // and the name line of the same file renamed the author
        assertTrue(authorNames(out).contains("F. Menczer"));
        assertFalse(authorNames(out).contains("Filippo Menczer"));
    }

    @Test
    void thesaurusRenamesAndDropsNamesExactlyAsWritten() throws IOException {
        // given: the sample without a thesaurus, then with one that renames Filippo Menczer and drops
        // Alessandro Flammini (both in the sample's OpenAlex works)
        Path plain = temp.resolve("plain");
        Outcome plainRun = run("run", "-o", plain.toString(), "input");
        assertEquals(0, plainRun.code(), plainRun.err());
        List<String> before = authorNames(plain);
        assertTrue(before.contains("Filippo Menczer") && before.contains("Alessandro Flammini"), before.toString());
        Path thesaurus = temp.resolve("thesaurus.txt");
        Files.writeString(thesaurus, "label\treplace by\nFilippo Menczer\tF. Menczer-Renamed\nAlessandro Flammini\t\n");

        // when
        Path out = temp.resolve("out");
        Outcome outcome = run("run", "-o", out.toString(), "--thesaurus", thesaurus.toString(), "input");

        // then
        assertEquals(0, outcome.code(), outcome.err());
        List<String> after = authorNames(out);
        assertTrue(after.contains("F. Menczer-Renamed"), after.toString());
        assertFalse(after.contains("Filippo Menczer"), after.toString());
        assertFalse(after.contains("Alessandro Flammini"), after.toString());
        assertEquals(before.size() - 1, after.size());
    }

    @Test
    void thesaurusOfAnotherShapeIsRefusedWithItsLine() throws IOException {
        // given: a line without the tab that separates a label from its replacement
        Path thesaurus = temp.resolve("bad.txt");
        Files.writeString(thesaurus, "label\treplace by\nno tab on this line\n");

        // when
        Outcome outcome = run("run", "-o", temp.resolve("out").toString(), "--thesaurus", thesaurus.toString(),
                "input");

        // then
        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("bad.txt:2"), outcome.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void splitListAndKeepVersionsAreAccepted() throws IOException {
        // given
        Path split = temp.resolve("split.txt");
        Files.writeString(split, "label\nSanto Fortunato\n");

        // when
        Outcome outcome = run("run", "-o", temp.resolve("out").toString(), "--split-list", split.toString(),
                "--keep-versions", "input");

        // then
        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(authorNames(temp.resolve("out")).contains("Santo Fortunato"));
    }
}
