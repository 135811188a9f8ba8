package org.scholargraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.analysis.AnalysisParameters;

/** Exact or estimated betweenness and harmonic closeness, as the loader sets them and summary.json states them. */
class ShortestPathOptionsTest {

    @TempDir
    Path temp;

    @Test
    void exactShortestPathsLiftsTheLimit() throws IOException {
        ScholarGraph exact = ScholarGraph.loader().threads(1).exactShortestPaths(true).load("input");
        ScholarGraph usual = ScholarGraph.loader().threads(1).exactShortestPaths(false).load("input");

        assertEquals(Integer.MAX_VALUE, exact.parameters().exactBetweennessLimit());
        assertEquals(AnalysisParameters.EXACT_BETWEENNESS_LIMIT_DEFAULT, usual.parameters().exactBetweennessLimit());
        exact.exportTo(temp.resolve("exact"));
        JsonNode summary = new ObjectMapper().readTree(temp.resolve("exact").resolve("summary.json").toFile());
        assertEquals("exact", summary.path("graphs").path("coauthorship").path("shortest_path_measures").asText());
        assertEquals(0.01, summary.path("parameters").path("betweenness_epsilon").asDouble());
        assertEquals(0.05, summary.path("parameters").path("harmonic_epsilon").asDouble());
        assertEquals(0.1, summary.path("parameters").path("sampling_delta").asDouble());
    }

    @Test
    void aboveTheLimitSummaryJsonSaysHowManySamplesTheEstimatesTook() throws IOException {
        // given the sample with a limit of 0 authors: both measures are estimated
        AnalysisParameters defaults = AnalysisParameters.defaults();
        AnalysisParameters sampled = new AnalysisParameters(defaults.resolution(), defaults.seed(),
                defaults.leidenIterations(), defaults.leidenRandomStarts(), defaults.pagerankDamping(), 0,
                defaults.betweennessEpsilon(), defaults.harmonicEpsilon(), defaults.samplingDelta(), 1,
                defaults.maxAuthors());

        ScholarGraph graph = ScholarGraph.loader().parameters(sampled).load("input");
        graph.exportTo(temp.resolve("sampled"));

        JsonNode coauthorship = new ObjectMapper().readTree(temp.resolve("sampled").resolve("summary.json").toFile())
                .path("graphs").path("coauthorship");
        assertTrue(coauthorship.path("shortest_path_measures").asText().startsWith("estimated"));
        assertTrue(coauthorship.path("betweenness_sampled_paths").asLong() > 0);
        assertTrue(coauthorship.path("vertex_diameter_bound").asInt() >= 2);
        // the harmonic sample holds every author when ⌈ln(2n/δ)/(2ε²)⌉ + 1 is more than n
        assertEquals(graph.corpus().authors().size(), coauthorship.path("harmonic_sampled_targets").asInt());
        assertFalse(graph.analysis().sampling().exact());
    }
}
