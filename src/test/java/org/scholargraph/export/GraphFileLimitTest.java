package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graph files above {@link ExportOptions#maxGraphEdges()}: the strongest edges and every node, a
 * notice and an entry in {@code summary.json}, the CSV files complete. The fixture's coauthor pairs,
 * in file order: e0 A1–A2 (2 joint papers), e1 A1–A3 (1), e2 A2–A3 (2); its citations, in order:
 * P2→P1, P3→P1, P3→P2, P4→P3, all of weight 1.
 */
class GraphFileLimitTest {

    @TempDir
    Path dir;

    private static final Pattern EDGE_ID = Pattern.compile("<edge id=\"(e\\d+)\"");

    private static List<String> edgeIds(Path file) throws IOException {
        Matcher m = EDGE_ID.matcher(Files.readString(file));
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static long count(Path file, String text) throws IOException {
        return Pattern.compile(Pattern.quote(text)).matcher(Files.readString(file)).results().count();
    }

    @Test
    void aFileAboveTheLimitHoldsTheStrongestEdgesEveryNodeAndSaysSo() throws IOException {
        Path target = dir.resolve("exports");
        List<String> notices = new ArrayList<>();
        ExportFolder.write(target, ExportFixture.analysis(), ExportFixture.rejections(), ExportFixture.summary(1),
                new ExportOptions(2), notices::add);

        // The two pairs of two joint papers stay; A1–A3, of one, is left out.
        assertEquals(List.of("e0", "e2"), edgeIds(target.resolve("coauthorship.graphml")));
        assertEquals(List.of("e0", "e2"), edgeIds(target.resolve("coauthorship.gexf")));
        assertEquals(4, count(target.resolve("coauthorship.graphml"), "<node id="));
        assertEquals(4, count(target.resolve("coauthorship.gexf"), "<node id="));
        // Citations weigh 1 each: the first two stay.
        assertEquals(List.of("e0", "e1"), edgeIds(target.resolve("citation.graphml")));
        assertEquals(5, count(target.resolve("citation.graphml"), "<node id="));
        assertEquals(2, edgeIds(target.resolve("network.graphml")).size());
        // every author and paper is a node still
        assertEquals(4 + 5, count(target.resolve("network.graphml"), "<data key=\"n_type\">author</data>")
                + count(target.resolve("network.graphml"), "<data key=\"n_type\">paper</data>"));

        // The CSV files keep every edge: a header and one row per edge.
        assertEquals(1 + 3, Files.readAllLines(target.resolve("coauthorships.csv")).size());
        assertEquals(1 + 4, Files.readAllLines(target.resolve("citations.csv")).size());
        assertEquals(1 + 3, Files.readAllLines(target.resolve("topic_edges.csv")).size());

        JsonNode summary = new ObjectMapper().readTree(target.resolve("summary.json").toFile());
        JsonNode cuts = summary.get("edges_left_out");
        List<String> files = new ArrayList<>();
        cuts.forEach(cut -> files.add(cut.get("file").asText()));
        // network: 9 authorships, 4 citations, 1 topic link that is no citation, 7 paper keywords
        assertEquals(List.of("network.graphml", "coauthorship.graphml", "citation.graphml", "topics.graphml",
                "coauthorship.gexf"), files);
        JsonNode network = cuts.get(0);
        assertEquals(21, network.get("edges").asInt());
        assertEquals(2, network.get("written").asInt());
        assertEquals(19, network.get("left_out").asInt());
        JsonNode coauthorship = cuts.get(1);
        assertEquals(3, coauthorship.get("edges").asInt());
        assertEquals(2, coauthorship.get("written").asInt());
        assertEquals(1, coauthorship.get("left_out").asInt());
        assertEquals("coauthorships.csv", coauthorship.get("complete_in").get(0).asText());
        assertEquals(2, summary.at("/run/max_graph_edges").asInt());

        assertEquals(5, notices.size(), notices.toString());
        assertTrue(notices.get(1).startsWith("coauthorship.graphml: 2 of 3 edges written, the strongest; 1 left out"),
                notices.get(1));
        assertTrue(notices.get(1).endsWith("coauthorships.csv has them all"), notices.get(1));
    }

    @Test
    void theNetworkFileLeavesOutTopicEdgesBeforeAnyAuthorshipCitationOrKeywordEdge() throws IOException {
        Path target = dir.resolve("network-cut");
        // network: 9 authorships, 4 citations, 1 topic link that is no citation, 7 paper keywords;
        // the topic link weighs more than 1, the others 1 each
        ExportFolder.write(target, ExportFixture.analysis(), ExportFixture.rejections(), ExportFixture.summary(1),
                new ExportOptions(20), notice -> { });

        Path network = target.resolve("network.graphml");
        assertEquals(20, edgeIds(network).size());
        assertEquals(9, count(network, "<data key=\"e_type\">authored</data>"));
        assertEquals(4, count(network, "<data key=\"e_type\">cites</data>"));
        assertEquals(7, count(network, "<data key=\"e_type\">has_keyword</data>"));
        assertEquals(0, count(network, "<data key=\"e_type\">topic</data>"));
    }

    @Test
    void withinTheLimitNothingIsLeftOutAndNothingIsSaid() throws IOException {
        Path limited = dir.resolve("limited");
        Path unlimited = dir.resolve("unlimited");
        List<String> notices = new ArrayList<>();
        ExportFolder.write(limited, ExportFixture.analysis(), ExportFixture.rejections(), ExportFixture.summary(1),
                new ExportOptions(21), notices::add);
        ExportFolder.write(unlimited, ExportFixture.analysis(), ExportFixture.rejections(), ExportFixture.summary(1),
                new ExportOptions(0), notices::add);
        assertEquals(List.of(), notices);
        for (String name : List.of("network.graphml", "coauthorship.graphml", "citation.graphml", "topics.graphml",
                "coauthorship.gexf")) {
            assertEquals(-1L, Files.mismatch(limited.resolve(name), unlimited.resolve(name)), name);
        }
        JsonNode summary = new ObjectMapper().readTree(limited.resolve("summary.json").toFile());
        assertTrue(summary.get("edges_left_out") == null, "no edges_left_out when nothing is left out");
    }

    @Test
    void theSameBytesOnOneThreadAndOnSeveral() throws IOException {
        var analysis = ExportFixture.analysis();
        List<ExportFolder.ExportFile> files = ExportFolder.contractFiles(analysis, ExportFixture.rejections(),
                ExportFixture.summary(1), new EdgeLimits(analysis, new ExportOptions(2)));
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        ExportFolder.write(one, List.of(), files, notice -> { }, 1);
        ExportFolder.write(four, List.of(), files, notice -> { }, 4);
        for (String name : ExportFolder.FILE_NAMES) {
            if (!name.equals("summary.json")) {
                assertEquals(-1L, Files.mismatch(one.resolve(name), four.resolve(name)), name);
            }
        }
    }
}
