package org.scholargraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The loader's {@code maxGraphEdges} reaches the export, and a pair of coauthors with more joint
 * papers than a graph file lists keeps the first ids there and every id in the CSV.
 */
class GraphFileSizeTest {

    private static final String[] TOPICS = {"anemometers", "barometers", "calorimeters", "dynamometers",
        "electrometers", "fluxmeters", "galvanometers", "hygrometers", "interferometers", "joulemeters",
        "kymographs", "luxmeters", "magnetometers", "nephelometers", "odometers", "pyrometers", "quadrants",
        "refractometers", "seismometers", "tachometers", "ultramicroscopes", "viscometers"};

    @TempDir
    Path temp;

    /** Ada and Grace wrote 22 papers together, one a year from 2001; Ada wrote one with Alan. */
    private Path bibtex() throws IOException {
        StringBuilder bib = new StringBuilder();
        for (int i = 0; i < TOPICS.length; i++) {
            bib.append("@article{p").append(i).append(",\n  author = {Lovelace, Ada and Hopper, Grace},\n")
                    .append("  title = {Calibrating ").append(TOPICS[i]).append(" in the field},\n")
                    .append("  journal = {Journal of Instruments},\n  year = {").append(2001 + i).append("}\n}\n\n");
        }
        bib.append("@article{t,\n  author = {Lovelace, Ada and Turing, Alan},\n  title = {Computable numbers revisited},\n")
                .append("  journal = {Journal of Instruments},\n  year = {2030}\n}\n");
        return Files.writeString(temp.resolve("instruments.bib"), bib);
    }

    @Test
    void aGraphFileListsTheFirstPaperIdsAndTheCsvEveryOne() throws IOException {
        ScholarGraph sg = ScholarGraph.loader().threads(1).load(List.of(bibtex()));
        assertEquals(23, sg.corpus().papers().size());
        Path out = temp.resolve("exports");
        sg.exportTo(out);

        CoauthorshipRow pair = sg.coauthorships().stream().filter(r -> r.jointPapers() == 22).findFirst().orElseThrow();
        List<String> all = pair.paperIds();
        assertEquals(22, all.size());
        String first20 = String.join(";", all.subList(0, 20));

        String graphml = Files.readString(out.resolve("coauthorship.graphml"));
        assertTrue(graphml.contains("<data key=\"e_joint_papers\">22</data>"), graphml);
        assertTrue(graphml.contains("<data key=\"e_paper_ids\">" + first20 + "</data>"), graphml);
        String gexf = Files.readString(out.resolve("coauthorship.gexf"));
        assertTrue(gexf.contains("<attvalue for=\"joint_papers\" value=\"22\"/>"), gexf);
        assertTrue(gexf.contains("<attvalue for=\"paper_ids\" value=\"" + first20 + "\"/>"), gexf);
        // The pair of one joint paper lists it whole.
        CoauthorshipRow single = sg.coauthorships().stream().filter(r -> r.jointPapers() == 1).findFirst().orElseThrow();
        assertTrue(graphml.contains("<data key=\"e_paper_ids\">" + single.paperIds().get(0) + "</data>"), graphml);

        String csv = Files.readString(out.resolve("coauthorships.csv"));
        assertTrue(csv.contains("," + String.join(";", all) + "\r\n"), csv);
    }

    @Test
    void theLoadersEdgeLimitReachesTheExport() throws IOException {
        List<String> warnings = new ArrayList<>();
        ScholarGraph sg = ScholarGraph.loader().threads(2).maxGraphEdges(1).warnings(warnings::add)
                .load(List.of(bibtex()));
        Path out = temp.resolve("exports");
        sg.exportTo(out);

        // Of the two pairs, the one of 22 joint papers stays; Ada and Alan's, of one, is left out.
        Matcher edges = Pattern.compile("<edge id=\"e\\d+\" source=\"(\\w+)\" target=\"(\\w+)\"")
                .matcher(Files.readString(out.resolve("coauthorship.graphml")));
        assertTrue(edges.find());
        assertTrue(Files.readString(out.resolve("coauthorship.graphml")).contains("<data key=\"e_joint_papers\">22</data>"));
        assertTrue(!edges.find(), "one edge only");
        assertTrue(warnings.contains("coauthorship.graphml: 1 of 2 edges written, the strongest; 1 left out"
                + " (at most 1 edges per graph file); coauthorships.csv has them all"), warnings.toString());
        assertEquals(3, Files.readAllLines(out.resolve("coauthorships.csv")).size());
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"edges_left_out\""));

        assertThrows(IllegalArgumentException.class, () -> ScholarGraph.loader().maxGraphEdges(-1));
    }
}
