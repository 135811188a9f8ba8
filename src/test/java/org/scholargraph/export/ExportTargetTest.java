package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.FolderSnapshot;

/** What an export may write over: only a new or empty folder, or an export that scholargraph wrote. */
class ExportTargetTest {

    @TempDir
    Path dir;

    private static RunSummary summaryOf(Path... inputs) {
        return new RunSummary(Stream.of(inputs).map(Path::toString).toList(), Map.of("ingest", 1L), "0.1.0-test", "17");
    }

    private static void export(Path target, Path... inputs) throws IOException {
        ExportFolder.write(target, ExportFixture.analysis(), ExportFixture.rejections(), summaryOf(inputs));
    }

    /** Exporting to {@code target} is refused, with a message ending in {@code problem}, and no byte under {@code dir} changes. */
    private ExportRefusedException assertRefused(Path target, String problem, Path... inputs) throws IOException {
        Map<String, String> before = FolderSnapshot.of(dir);
        ExportRefusedException refused = assertThrows(ExportRefusedException.class, () -> export(target, inputs));
        assertEquals(FolderSnapshot.of(dir), before, "every byte is as it was");
        assertTrue(refused.getMessage().endsWith(problem), refused.getMessage());
        return refused;
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void refusesAFileWhereTheFolderWouldGo() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes\n");

        ExportRefusedException refused = assertRefused(notes,
                "notes.txt: is a file that scholargraph did not write; choose an empty or new folder");

        assertEquals(notes.toString(), refused.getFile());
        assertRefused(notes.resolve("exports"), "notes.txt/exports: cannot be made a folder, because " + notes
                + " is a file; choose an empty or new folder");
    }

    @Test
    void refusesAFolderHoldingTheUsersFilesNamingThem() throws IOException {
        Path mydata = Files.createDirectory(dir.resolve("mydata"));
        Files.writeString(mydata.resolve("thesis.docx"), "chapter 1");
        Files.writeString(mydata.resolve("refs.bib"), "@article{a, title={A}}");

        assertRefused(mydata, "mydata/: holds 2 files that scholargraph did not write (refs.bib, thesis.docx);"
                + " choose an empty or new folder");

        Files.createDirectory(mydata.resolve("drafts"));
        Files.writeString(mydata.resolve("summary.json"), "{\"versions\":{\"scholargraph\":\"0.1.0\"}}");
        Files.writeString(mydata.resolve("zeta.txt"), "z");
        assertRefused(mydata, "mydata/: holds 3 files and 1 folder that scholargraph did not write"
                + " (drafts/, refs.bib, thesis.docx, …); choose an empty or new folder");
    }

    @Test
    void refusesAnEarlierExportOnceTheUserPutAFileIntoIt() throws IOException {
        Path exports = dir.resolve("exports");
        export(exports);
        Files.writeString(exports.resolve("my-chart.xlsx"), "a chart made from authors.csv");

        assertRefused(exports, "exports/: holds 1 file that scholargraph did not write (my-chart.xlsx);"
                + " choose an empty or new folder");
    }

    @Test
    void refusesFilesNamedAsTheExportsWithoutASummaryOfScholargraph() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("authors.csv"), "name\nAda\n");
        assertRefused(data, "data/: holds files named as scholargraph's (authors.csv) but no summary.json of"
                + " scholargraph, so they may not be an export it wrote; choose an empty or new folder");

        Files.writeString(data.resolve("summary.json"), "{\"versions\":{\"other-tool\":\"2.0\"}}");
        assertRefused(data, "data/: holds files named as scholargraph's (authors.csv, summary.json) but no"
                + " summary.json of scholargraph, so they may not be an export it wrote; choose an empty or new folder");
        Files.writeString(data.resolve("summary.json"), "{ not json");
        assertRefused(data, "so they may not be an export it wrote; choose an empty or new folder");
    }

    @Test
    void refusesAnExportThatIsHoldsOrLiesInsideAnInput() throws IOException {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Path works = Files.writeString(corpus.resolve("works.jsonl"), "{}\n");

        assertRefused(corpus, "corpus/: is an input of this run; choose an empty or new folder", corpus);
        assertRefused(corpus, "corpus/: holds the input " + works + "; choose an empty or new folder", works);
        assertRefused(dir, dir + "/: holds the input " + works + "; choose an empty or new folder", works);
        assertRefused(corpus.resolve("exports"), "corpus/exports/: lies inside the input folder " + corpus
                + "/, so the next run over it would read the export as input; choose a folder outside it", corpus);
        assertRefused(works, "works.jsonl: is an input of this run; choose an empty or new folder", works);

        // a link does not hide an input: the paths are compared as the file system resolves them
        Path link = Files.createSymbolicLink(dir.resolve("link"), corpus);
        assertRefused(link.resolve("out"), "link/out/: lies inside the input folder " + corpus
                + "/, so the next run over it would read the export as input; choose a folder outside it", corpus);
        assertRefused(link, "link/: is an input of this run; choose an empty or new folder", corpus);
    }

    @Test
    void refusesASymbolicLinkAtTheTarget() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("exports"), elsewhere);

        assertRefused(link, "exports: is a symbolic link (to " + elsewhere + "); choose an empty or new folder");
    }

    @Test
    void writesIntoAnEmptyFolderAndReplacesItsOwnEarlierExport() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        export(empty);
        assertEquals(new HashSet<>(ExportFolder.FILE_NAMES), names(empty));

        // an earlier export, with what a file manager, a killed partial write and a killed run leave in it
        Files.writeString(empty.resolve(".DS_Store"), "finder");
        Files.writeString(empty.resolve(".authors.csv.k3x9.tmp"), "half a file");
        Files.writeString(empty.resolve(RunLock.FILE_NAME), "scholargraph export\npid 4194305\nstarted unknown\n");
        Files.writeString(empty.resolve("authors.csv"), "an older authors.csv");
        export(empty);

        assertEquals(new HashSet<>(ExportFolder.FILE_NAMES), names(empty), "replaced whole, the lock gone");
        assertTrue(Files.readString(empty.resolve("authors.csv"), StandardCharsets.UTF_8).contains("author_id"));
        assertEquals(Set.of("empty"), names(dir), "no hidden folder left");
    }

    @Test
    void recognisesAnExportWithTheMoreFilesItsSummaryLists() throws IOException {
        // as a later version writes it: a file that this version does not write, listed in summary.json
        Path exports = dir.resolve("exports");
        export(exports);
        Files.writeString(exports.resolve("paper_merges.csv"), "paper_id,merged\n");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode summary = (ObjectNode) mapper.readTree(exports.resolve("summary.json").toFile());
        summary.withArray("files").add("paper_merges.csv");
        mapper.writeValue(exports.resolve("summary.json").toFile(), summary);

        export(exports);

        assertEquals(new HashSet<>(ExportFolder.FILE_NAMES), names(exports));
    }

    @Test
    void writingSomeFilesAddsThemAnywhereButReplacesOnlyAmongScholargraphsFiles() throws IOException {
        Path mixed = Files.createDirectory(dir.resolve("mixed"));
        Files.writeString(mixed.resolve("thesis.docx"), "chapter 1");
        RunSummary summary = summaryOf();

        // adding a file beside the user's replaces nothing
        ExportFolder.writeFiles(mixed, ExportFixture.analysis(), List.of(), summary, List.of("authors.csv"));
        assertEquals(Set.of("thesis.docx", "authors.csv"), names(mixed));
        assertEquals("chapter 1", Files.readString(mixed.resolve("thesis.docx")));

        // but an authors.csv beside the user's files may be the user's own
        Map<String, String> before = FolderSnapshot.of(dir);
        ExportRefusedException refused = assertThrows(ExportRefusedException.class, () -> ExportFolder.writeFiles(mixed,
                ExportFixture.analysis(), List.of(), summary, List.of("authors.csv", "papers.csv")));
        assertEquals(mixed + "/: holds authors.csv beside 1 file that scholargraph did not write (thesis.docx),"
                + " so it may not have written those either; choose an empty or new folder", refused.getMessage());
        assertEquals(before, FolderSnapshot.of(dir));

        // in a folder of scholargraph's files alone, writing again replaces them
        Path some = dir.resolve("some");
        ExportFolder.writeFiles(some, ExportFixture.analysis(), List.of(), summary, List.of("authors.csv"));
        ExportFolder.writeFiles(some, ExportFixture.analysis(), List.of(), summary, List.of("authors.csv", "papers.csv"));
        assertEquals(Set.of("authors.csv", "papers.csv"), names(some));

        // and never into an input's folder
        Path input = Files.writeString(some.resolve("refs.bib"), "@article{a, title={A}}");
        assertThrows(ExportRefusedException.class, () -> ExportFolder.writeFiles(some, ExportFixture.analysis(),
                List.of(), summaryOf(input), List.of("authors.csv")));
    }

    @Test
    void createsTheExportWithTheUsersDefaultPermissions() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
                "the file system has no POSIX permissions");
        // what the user's umask gives a new folder and file, whatever it is on this machine
        Set<PosixFilePermission> folderDefault = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("ref")));
        Set<PosixFilePermission> fileDefault = Files.getPosixFilePermissions(Files.createFile(dir.resolve("ref.txt")));

        Path exports = dir.resolve("exports");
        export(exports);
        Path some = dir.resolve("some");
        ExportFolder.writeFiles(some, ExportFixture.analysis(), List.of(), summaryOf(), List.of("authors.csv"));

        assertEquals(PosixFilePermissions.toString(folderDefault),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(exports)));
        for (Path file : List.of(exports.resolve("authors.csv"), exports.resolve("summary.json"),
                some.resolve("authors.csv"))) {
            assertEquals(PosixFilePermissions.toString(fileDefault),
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
    }

    @Test
    void aFolderTheUserMadePrivateStaysPrivate() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
                "the file system has no POSIX permissions");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rwx------"));
        Path exports = dir.resolve("exports");
        export(exports);
        Files.setPosixFilePermissions(exports, PosixFilePermissions.fromString("rwxr-x---"));

        export(empty);
        export(exports);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(empty)));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(exports)));
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidInWords() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
                "the file system has no POSIX permissions");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path earlier = locked.resolve("earlier");
        export(earlier);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as root, whom permissions do not stop");
            for (Path target : List.of(locked.resolve("out"), locked.resolve("new/out"), earlier)) {
                Map<String, String> before = FolderSnapshot.of(locked);
                AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> export(target));
                assertEquals(target + ": permission denied; choose another output folder or check its permissions",
                        denied.getMessage());
                assertEquals(before, FolderSnapshot.of(locked));
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void refusalNeedsNoExportToHaveBeenComputed() throws IOException {
        Path notes = Files.writeString(dir.resolve("README.md"), "# my project\n");

        assertThrows(ExportRefusedException.class, () -> ExportFolder.checkTarget(notes, List.of()));
        ExportFolder.checkTarget(dir.resolve("new"), List.of());
        assertFalse(Files.exists(dir.resolve("new")), "a check writes nothing");
    }
}
