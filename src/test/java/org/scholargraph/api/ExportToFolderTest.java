package org.scholargraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.FolderSnapshot;
import org.scholargraph.export.ExportRefusedException;
import org.scholargraph.export.StalledExport;

/** {@code exportTo(folder)} replaces only an export that scholargraph wrote, as {@code run -o} does. */
class ExportToFolderTest {

    @TempDir
    Path temp;

    private final List<String> warnings = new ArrayList<>();
    private Path works;
    private ScholarGraph graph;

    @BeforeEach
    void loadTheSampleWorks() throws IOException {
        works = Files.copy(Path.of("input", "network-science.openalex.jsonl"), temp.resolve("works.jsonl"));
        graph = ScholarGraph.loader().threads(1).warnings(warnings::add).load(List.of(works));
    }

    private ExportRefusedException assertRefused(Executable export, String message) throws IOException {
        Map<String, String> before = FolderSnapshot.of(temp);
        ExportRefusedException refused = assertThrows(ExportRefusedException.class, export);
        assertEquals(message, refused.getMessage());
        assertEquals(before, FolderSnapshot.of(temp), "every byte is as it was");
        return refused;
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void refusesAFileSuchAsAReadme() throws IOException {
        Path readme = Files.writeString(temp.resolve("README.md"), "# my project\n\nNotes I must not lose.\n");

        assertRefused(() -> graph.exportTo(readme),
                readme + ": is a file that scholargraph did not write; choose an empty or new folder");
        assertRefused(() -> ScholarGraph.checkExportFolder(readme, List.of(works)),
                readme + ": is a file that scholargraph did not write; choose an empty or new folder");
    }

    @Test
    void refusesAFolderHoldingTheUsersFiles() throws IOException {
        Path mydata = Files.createDirectory(temp.resolve("mydata"));
        Files.writeString(mydata.resolve("thesis.docx"), "chapter 1");
        Files.writeString(mydata.resolve("authors.csv"), "my own list of authors");

        assertRefused(() -> graph.exportTo(mydata), mydata + "/: holds 1 file that scholargraph did not write"
                + " (thesis.docx); choose an empty or new folder");
        assertRefused(() -> graph.exportTo(mydata, "authors.csv"), mydata + "/: holds authors.csv beside 1 file"
                + " that scholargraph did not write (thesis.docx), so it may not have written those either;"
                + " choose an empty or new folder");
    }

    @Test
    void refusesTheFolderOfItsInputAndOneInsideIt() throws IOException {
        assertRefused(() -> graph.exportTo(temp), temp + "/: holds the input " + works
                + "; choose an empty or new folder");
        // a filtered view was read from the same files
        assertRefused(() -> graph.years(2000, 2005).exportTo(temp), temp + "/: holds the input " + works
                + "; choose an empty or new folder");
    }

    @Test
    void replacesItsOwnEarlierExportAndRemovesWhatAKilledExportLeft() throws Exception {
        Path exports = temp.resolve("exports");
        graph.years(2000, 2005).exportTo(exports);
        long filtered = Files.readAllLines(exports.resolve("papers.csv")).size() - 1;
        Path left = StalledExport.killedWhileExporting(exports);

        graph.exportTo(exports);

        assertEquals(27, Files.readAllLines(exports.resolve("papers.csv")).size() - 1, "the whole file, replaced");
        assertTrue(filtered < 27, "the filtered export had fewer papers: " + filtered);
        assertEquals(new HashSet<>(ScholarGraph.exportFileNames()), names(exports));
        assertEquals(Set.of("exports", "works.jsonl"), names(temp), "no hidden folder left");
        assertEquals(List.of("removed " + left + ", left by an export to " + exports
                + "/ that was stopped before it finished (process "), warnings.stream()
                .map(w -> w.substring(0, w.indexOf("(process ") + "(process ".length())).toList());
    }
}
