package org.scholargraph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lock file inside each hidden folder of an export being written ({@code .exports.tmp-…}, and the
 * earlier export renamed aside as {@code .exports.old-…}): the process that writes it, with its start
 * time so that a recycled process id is not taken for it. A run killed hard (kill -9, the
 * out-of-memory killer, a power cut) cannot delete its hidden folder; the next export beside it finds
 * the lock of a process that is gone and removes the folder. A hidden folder without such a lock
 * is never removed, nor one whose process still runs.
 *
 * <pre>
 * scholargraph export
 * pid 48213
 * started 2026-12-02T14:37:40.120Z
 * </pre>
 */
final class RunLock {

    /** The lock's name inside the folder it holds. */
    static final String FILE_NAME = ".scholargraph.lock";

    private static final String FIRST_LINE = "scholargraph export";
    private static final Pattern PID = Pattern.compile("pid (\\d{1,19})");
    private static final Pattern STARTED = Pattern.compile("started (\\S+)");

    /** A lock file is a few dozen bytes; a larger file of that name is not one. */
    private static final long SIZE_LIMIT = 1024;

    private RunLock() {
    }

    /** The running process, as a lock names it. */
    record Holder(long pid, Optional<Instant> started) {

        static Holder current() {
            ProcessHandle self = ProcessHandle.current();
            return new Holder(self.pid(), self.info().startInstant());
        }

        /**
         * Whether the process runs: a live process of that id started at the recorded time (when
         * either start time is unknown, a live process of that id is taken for it).
         */
        boolean isAlive() {
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                return false;
            }
            Optional<Instant> actual = process.get().info().startInstant();
            return started.isEmpty() || actual.isEmpty() || actual.get().equals(started.get());
        }

        String text() {
            return FIRST_LINE + "\npid " + pid + "\nstarted " + started.map(Instant::toString).orElse("unknown") + "\n";
        }
    }

    /** Puts the running process's lock into {@code folder}, replacing a stale one. */
    static void writeInto(Path folder) throws IOException {
        Files.writeString(folder.resolve(FILE_NAME), Holder.current().text(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    /** Removes the lock from {@code folder}, if it is there. */
    static void removeFrom(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(FILE_NAME));
    }

    /** The process named by the lock in {@code folder}, or empty when there is no lock in this form. */
    static Optional<Holder> holderOf(Path folder) {
        Path lock = folder.resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS) || Files.size(lock) > SIZE_LIMIT) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
            if (lines.size() != 3 || !lines.get(0).equals(FIRST_LINE)) {
                return Optional.empty();
            }
            Matcher pid = PID.matcher(lines.get(1));
            Matcher started = STARTED.matcher(lines.get(2));
            if (!pid.matches() || !started.matches()) {
                return Optional.empty();
            }
            Optional<Instant> start = started.group(1).equals("unknown") ? Optional.empty()
                    : Optional.of(Instant.parse(started.group(1)));
            return Optional.of(new Holder(Long.parseLong(pid.group(1)), start));
        } catch (IOException | NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Removes the hidden folders that exports into {@code target} left beside it when they were
     * killed, telling {@code notices} of each; names hidden folders of that pattern without a lock,
     * and leaves them. A folder that cannot be removed is named too, and the export goes on.
     *
     * @param target the export folder as the user gave it (notices show the hidden folders beside it so)
     */
    static void removeLeftovers(Path target, Consumer<String> notices) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        Pattern hidden = Pattern.compile("\\." + Pattern.quote(name) + "\\.(tmp|old)-[0-9a-z]+");
        List<Path> candidates;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
                entry -> hidden.matcher(entry.getFileName().toString()).matches()
                        && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))) {
            candidates = new ArrayList<>();
            entries.forEach(candidates::add);
        } catch (NoSuchFileException e) {
            return;
        }
        for (Path folder : candidates.stream().sorted().toList()) {
            Path shown = target.resolveSibling(folder.getFileName());
            Optional<Holder> holder = holderOf(folder);
            if (holder.isEmpty()) {
                notices.accept(shown + ": kept this hidden folder, which an older version of scholargraph may have"
                        + " left; delete it if no export is being written there");
            } else if (!holder.get().isAlive()) {
                try {
                    deleteHeldFolder(folder);
                    notices.accept("removed " + shown + ", left by an export to " + ExportTarget.shownAsFolder(target)
                            + " that was stopped before it finished (process " + holder.get().pid() + ")");
                } catch (IOException e) {
                    notices.accept(shown + ": could not remove this leftover of an export that was stopped ("
                            + e.getMessage() + "); delete it yourself");
                }
            }
        }
    }

    /**
     * Deletes a folder holding a lock, the lock last, so that a run killed while deleting leaves a
     * folder that the next one still recognises.
     */
    static void deleteHeldFolder(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> !entry.getFileName().toString().equals(FILE_NAME))) {
            for (Path entry : entries) {
                ExportFolder.deleteRecursively(entry);
            }
        }
        removeFrom(folder);
        Files.deleteIfExists(folder);
    }
}
