package org.scholargraph.cli;

import static org.scholargraph.cli.Outcome.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.FolderSnapshot;
import org.scholargraph.api.ScholarGraph;
import org.scholargraph.export.StalledExport;

/**
 * {@code run -o DIR} replaces only an export that scholargraph wrote: every other thing at DIR is
 * refused with exit 2, a message saying what is there, and every byte left as it was.
 */
class OutputFolderTest {

    /** The sample's OpenAlex file: 27 works, one a line. */
    private static final Path SAMPLE_WORKS = Path.of("input", "network-science.openalex.jsonl");

    @TempDir
    Path temp;

    private Path works;

    @BeforeEach
    void copySample() throws IOException {
        works = Files.copy(SAMPLE_WORKS, temp.resolve("works.jsonl"));
    }

    /** Runs {@code run -o output inputs…}: exit 2, {@code message} on stderr, no byte under {@code temp} changed. */
    private void assertRefused(Path output, String message, Path... inputs) throws IOException {
        Map<String, String> before = FolderSnapshot.of(temp);
        List<String> args = Stream.concat(Stream.of("run", "-o", output.toString()),
                Stream.of(inputs).map(Path::toString)).toList();

        Outcome outcome = run(args.toArray(String[]::new));

        assertEquals(2, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains(message), outcome.err());
        assertFalse(outcome.err().contains(".tmp-"), "no hidden path in the message: " + outcome.err());
        assertEquals(before, FolderSnapshot.of(temp), "every byte under " + temp + " is as it was");
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void refusesAFileAtTheOutputPath() throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "my notes\n");

        assertRefused(notes, notes + ": is a file that scholargraph did not write; choose an empty or new folder", works);
    }

    @Test
    void refusesAFolderHoldingTheUsersFiles() throws IOException {
        Path mydata = Files.createDirectory(temp.resolve("mydata"));
        Files.writeString(mydata.resolve("thesis.docx"), "chapter 1");
        Files.writeString(mydata.resolve("refs.bib"), "@article{a, title={A}, author={B}, year={2001}}");

        assertRefused(mydata, mydata + "/: holds 2 files that scholargraph did not write (refs.bib, thesis.docx);"
                + " choose an empty or new folder", works);
    }

    @Test
    void refusesAFolderThatIsHoldsOrLiesInsideAnInput() throws IOException {
        Path corpus = Files.createDirectory(temp.resolve("corpus"));
        Path inside = Files.copy(works, corpus.resolve("works.jsonl"));

        assertRefused(corpus, corpus + "/: is an input of this run", corpus);
        assertRefused(corpus, corpus + "/: holds the input " + inside, inside);
        assertRefused(corpus.resolve("exports"), corpus.resolve("exports") + "/: lies inside the input folder "
                + corpus + "/, so the next run over it would read the export as input; choose a folder outside it",
                corpus);
    }

    @Test
    void aMissingInputIsNamedAsMissingWhereverTheOutputGoes() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));

        Outcome outcome = run("run", "-o", empty.toString(), empty.resolve("works.json").toString());

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains(empty.resolve("works.json") + ": no such file or folder"), outcome.err());
        assertEquals(Set.of(), names(empty));
    }

    @Test
    void refusesDotWhereTheInputLies() throws Exception {
        // a real scholargraph process in the folder of its input, as a user types it there
        Path folder = Files.createDirectory(temp.resolve("project"));
        Files.move(works, folder.resolve("works.jsonl"));
        Files.writeString(folder.resolve("notes.md"), "what I read\n");
        Map<String, String> before = FolderSnapshot.of(temp);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = temp.resolve("stderr.txt");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "-o", ".", "works.jsonl")
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();

        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "the run ends");

        String err = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertEquals(2, process.exitValue(), err);
        assertTrue(err.contains("./: holds the input works.jsonl; choose an empty or new folder"), err);
        assertEquals(before, FolderSnapshot.of(temp));
    }

    @Test
    void rerunningIntoAnEarlierExportReplacesIt() throws IOException {
        // an empty folder is fine to use; the second run, over more input, replaces what the first wrote
        Path out = Files.createDirectory(temp.resolve("out"));
        Outcome first = run("run", "-o", out.toString(), works.toString());
        assertEquals(0, first.code(), first.err());
        long firstPapers = Files.readAllLines(out.resolve("papers.csv")).size() - 1;

        Outcome second = run("run", "-o", out.toString(), "input");

        assertEquals(0, second.code(), second.err());
        assertEquals(27, firstPapers, "the 27 works of the OpenAlex file");
        assertEquals(28, Files.readAllLines(out.resolve("papers.csv")).size() - 1, "and the author page's one more");
        assertEquals(ScholarGraph.exportFileNames().stream().collect(Collectors.toSet()), names(out));
        assertEquals(Set.of("out", "works.jsonl"), names(temp), "no hidden folder left");
    }

    @Test
    void aRunAfterOneKilledDuringItsExportRemovesItsHiddenFolder() throws Exception {
        Path out = temp.resolve("out");
        Path left = StalledExport.killedWhileExporting(out);

        Outcome outcome = run("run", "-o", out.toString(), works.toString());

        assertEquals(0, outcome.code(), outcome.err());
        assertTrue(outcome.err().contains("removed " + out.resolveSibling(left.getFileName())
                + ", left by an export to " + out + "/ that was stopped before it finished (process "), outcome.err());
        assertEquals(Set.of("out", "works.jsonl"), names(temp), "no hidden folder left");
        assertEquals(ScholarGraph.exportFileNames().stream().collect(Collectors.toSet()), names(out));
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsSaidInWords() throws IOException {
        assumeTrue(Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null,
                "the file system has no POSIX permissions");
        Path locked = Files.createDirectory(temp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root, whom permissions do not stop");
            Path out = locked.resolve("out");
            assertRefused(out, out + ": permission denied; choose another output folder or check its permissions",
                    works);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
