package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hidden folders of killed exports: removed by the next export when their process is gone, and only then. */
class RunLockTest {

    /** Above Linux's largest process id (2^22): no process ever has it. */
    private static final long NO_PROCESS = 4_194_305L;

    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private Path leftover(String name, RunLock.Holder holder) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(name));
        Files.writeString(folder.resolve("authors.csv"), "half an export");
        Files.writeString(folder.resolve(RunLock.FILE_NAME), holder.text());
        return folder;
    }

    private void export() throws IOException {
        ExportFolder.write(dir.resolve("exports"), ExportFixture.analysis(), ExportFixture.rejections(),
                ExportFixture.summary(1), notices::add);
    }

    private Set<String> names() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void theNextExportRemovesTheFoldersOfAnExportWhoseProcessIsGone() throws IOException {
        leftover(".exports.tmp-k3x9", new RunLock.Holder(NO_PROCESS, Optional.empty()));
        leftover(".exports.old-7aq2", new RunLock.Holder(NO_PROCESS, Optional.of(Instant.parse("2026-01-02T03:04:05Z"))));

        export();

        assertEquals(Set.of("exports"), names());
        assertEquals(List.of(
                "removed .exports.old-7aq2, left by an export to exports/ that was stopped before it finished"
                        + " (process " + NO_PROCESS + ")",
                "removed .exports.tmp-k3x9, left by an export to exports/ that was stopped before it finished"
                        + " (process " + NO_PROCESS + ")"),
                notices.stream().map(n -> n.replace(dir + "/", "")).toList());
    }

    @Test
    void aRecycledProcessIdDoesNotKeepALeftover() throws IOException {
        // this very process's id, but a start time it does not have: the process that wrote it is gone
        long self = ProcessHandle.current().pid();
        leftover(".exports.tmp-abc", new RunLock.Holder(self, Optional.of(Instant.parse("2001-01-01T00:00:00Z"))));

        export();

        assertEquals(Set.of("exports"), names());
        assertEquals(1, notices.size(), notices.toString());
    }

    @Test
    void keepsTheFolderOfALiveExportAndFoldersWithoutALock() throws IOException {
        Path live = leftover(".exports.tmp-live", RunLock.Holder.current());
        Path unknown = Files.createDirectory(dir.resolve(".exports.tmp-1234567890"));
        Files.writeString(unknown.resolve("authors.csv"), "whose?");
        Path foreignLock = Files.createDirectory(dir.resolve(".exports.old-x1"));
        Files.writeString(foreignLock.resolve(RunLock.FILE_NAME), "some other program's lock\n");
        Path otherTarget = leftover(".results.tmp-k3x9", new RunLock.Holder(NO_PROCESS, Optional.empty()));
        Path user = leftover(".exports.backup", new RunLock.Holder(NO_PROCESS, Optional.empty()));

        export();

        for (Path kept : List.of(live, unknown, foreignLock, otherTarget, user)) {
            assertTrue(Files.isRegularFile(kept.resolve("authors.csv")) || Files.exists(kept.resolve(RunLock.FILE_NAME)),
                    kept + " is kept");
        }
        assertEquals(List.of(".exports.old-x1: kept this hidden folder, which an older version of scholargraph may"
                        + " have left; delete it if no export is being written there",
                ".exports.tmp-1234567890: kept this hidden folder, which an older version of scholargraph may have"
                        + " left; delete it if no export is being written there"),
                notices.stream().map(n -> n.replace(dir + "/", "")).toList());
    }

    @Test
    void aLockReadsBackAsItsProcess() throws IOException {
        RunLock.writeInto(dir);

        Optional<RunLock.Holder> holder = RunLock.holderOf(dir);

        assertEquals(Optional.of(RunLock.Holder.current()), holder);
        assertTrue(holder.get().isAlive());
        assertFalse(new RunLock.Holder(NO_PROCESS, Optional.empty()).isAlive());
        RunLock.removeFrom(dir);
        assertEquals(Optional.empty(), RunLock.holderOf(dir));
    }
}
