package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scholargraph.cli.Outcome.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --max-graph-edges N} on the sample in {@code input/}. */
class RunGraphEdgesTest {

    @TempDir
    Path temp;

    private static long edges(Path file) throws IOException {
        return Pattern.compile("<edge ").matcher(Files.readString(file)).results().count();
    }

    @Test
    void graphFilesAboveTheLimitHoldTheStrongestEdgesAndTheRunSaysSo() throws IOException {
        Path whole = temp.resolve("whole");
        Path cut = temp.resolve("cut");
        Outcome all = run("run", "-o", whole.toString(), "input");
        Outcome limited = run("run", "-o", cut.toString(), "--max-graph-edges", "10", "input");

        assertEquals(0, all.code(), all.err());
        assertEquals(0, limited.code(), limited.err());
        assertFalse(all.err().contains("left out"), all.err());
        long coauthorEdges = edges(whole.resolve("coauthorship.graphml"));
        assertTrue(coauthorEdges > 10, "the sample has more than 10 coauthor pairs: " + coauthorEdges);
        assertEquals(10, edges(cut.resolve("coauthorship.graphml")));
        assertEquals(10, edges(cut.resolve("coauthorship.gexf")));
        assertTrue(limited.err().contains("coauthorship.graphml: 10 of " + coauthorEdges
                + " edges written, the strongest; " + (coauthorEdges - 10) + " left out (at most 10 edges per graph"
                + " file); coauthorships.csv has them all"), limited.err());
        assertEquals(-1L, Files.mismatch(whole.resolve("coauthorships.csv"), cut.resolve("coauthorships.csv")));

        JsonNode summary = new ObjectMapper().readTree(cut.resolve("summary.json").toFile());
        assertEquals(10, summary.at("/run/max_graph_edges").asInt());
        assertEquals("network.graphml", summary.at("/edges_left_out/0/file").asText());
        assertEquals(2_000_000, new ObjectMapper().readTree(whole.resolve("summary.json").toFile())
                .at("/run/max_graph_edges").asInt());
    }

    @Test
    void aNegativeLimitIsRefused() {
        Outcome refused = run("run", "-o", temp.resolve("out").toString(), "--max-graph-edges", "-1", "input");
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("0 (no limit) or more, was -1"), refused.err());
        assertFalse(Files.exists(temp.resolve("out")));
    }
}
