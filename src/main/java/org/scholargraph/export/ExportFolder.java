package org.scholargraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.model.Rejection;

/**
 * Writes the export folder of the contract all-or-nothing: either every file of a new export is in
 * place, or the folder is exactly as it was before.
 *
 * <p>All files go into a fresh hidden folder beside the target ({@code .exports.tmp-…}, same parent,
 * so the same file system and a rename is cheap and atomic). Only when every file is complete is it
 * renamed onto the target. An earlier export is first renamed aside ({@code .exports.old-…}),
 * the new one renamed in, then the old one deleted; if the second rename fails the old one is renamed
 * back. Any failure deletes the temporary folder. A crash (power loss, kill -9) can leave a hidden
 * {@code .tmp-}/{@code .old-} folder behind, never a half-written target.
 *
 * <pre>{@code
 * ExportFolder.write(Path.of("exports"), analysis, rejections,
 *         new RunSummary(List.of("input/"), Map.of("ingest", 1200L), "0.1.0"));
 * }</pre>
 */
public final class ExportFolder {

    /** Every file of the contract, in the order they are written. */
    public static final List<String> FILE_NAMES = List.of(
            "network.graphml", "coauthorship.graphml", "citation.graphml", "topics.graphml", "coauthorship.gexf",
            "authors.csv", "papers.csv", "coauthorships.csv", "citations.csv", "topic_edges.csv", "keywords.csv",
            "communities.csv", "timeline_years.csv", "timeline_authors.csv", "timeline_pairs.csv", "rejected.csv",
            "summary.json");

    /** Writes one file's bytes to a stream it does not close. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** One file of an export: its name in the folder and how to write it. */
    record ExportFile(String name, Content content) {
        ExportFile {
            Objects.requireNonNull(content, "content");
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                throw new IllegalArgumentException("not a plain file name: " + name);
            }
        }
    }

    private ExportFolder() {
    }

    /**
     * Writes every file of the export contract into {@code target}, replacing an earlier export
     * there only when the new one is complete.
     *
     * @param target the export folder, {@code exports/} by default; its parent is created if missing
     * @param analysis what to export
     * @param rejections records that could not be read, for {@code rejected.csv}
     * @param summary inputs, timings and versions for {@code summary.json}
     * @throws IOException when a file cannot be written; the target is then as it was
     */
    public static void write(Path target, CorpusAnalysis analysis, List<Rejection> rejections, RunSummary summary)
            throws IOException {
        write(target, contractFiles(analysis, rejections, summary));
    }

    /**
     * Writes some files of the export contract into {@code folder}, each replaced whole (written
     * beside it, then renamed over it), leaving the folder's other files as they are.
     *
     * @param names files of {@link #FILE_NAMES}
     * @throws IllegalArgumentException when a name is not a file of the contract
     * @throws IOException when a file cannot be written; that file is then as it was
     */
    public static void writeFiles(Path folder, CorpusAnalysis analysis, List<Rejection> rejections,
            RunSummary summary, List<String> names) throws IOException {
        for (String name : names) {
            if (!FILE_NAMES.contains(name)) {
                throw new IllegalArgumentException("not a file of the export contract: " + name + "; one of " + FILE_NAMES);
            }
        }
        Files.createDirectories(folder);
        for (ExportFile file : contractFiles(analysis, rejections, summary)) {
            if (!names.contains(file.name())) {
                continue;
            }
            Path temporary = Files.createTempFile(folder, "." + file.name() + ".", ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                    file.content().writeTo(out);
                }
                try {
                    Files.move(temporary, folder.resolve(file.name()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, folder.resolve(file.name()), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** The contract's files for one analysis, named as {@link #FILE_NAMES}. */
    static List<ExportFile> contractFiles(CorpusAnalysis analysis, List<Rejection> rejections, RunSummary summary) {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(summary, "summary");
        List<Rejection> rejected = List.copyOf(rejections);
        List<ExportFile> files = new ArrayList<>();
        files.add(new ExportFile("network.graphml", out -> GraphmlWriter.writeNetwork(analysis, out)));
        files.add(new ExportFile("coauthorship.graphml", out -> GraphmlWriter.writeCoauthorship(analysis, out)));
        files.add(new ExportFile("citation.graphml", out -> GraphmlWriter.writeCitation(analysis, out)));
        files.add(new ExportFile("topics.graphml", out -> GraphmlWriter.writeTopics(analysis, out)));
        files.add(new ExportFile("coauthorship.gexf", out -> GexfWriter.writeCoauthorship(analysis, out)));
        files.add(new ExportFile("authors.csv", out -> CsvReports.writeAuthors(analysis, out)));
        files.add(new ExportFile("papers.csv", out -> CsvReports.writePapers(analysis, out)));
        files.add(new ExportFile("coauthorships.csv", out -> CsvReports.writeCoauthorships(analysis, out)));
        files.add(new ExportFile("citations.csv", out -> CsvReports.writeCitations(analysis, out)));
        files.add(new ExportFile("topic_edges.csv", out -> CsvReports.writeTopicEdges(analysis, out)));
        files.add(new ExportFile("keywords.csv", out -> CsvReports.writeKeywords(analysis, out)));
        files.add(new ExportFile("communities.csv", out -> CsvReports.writeCommunities(analysis, out)));
        files.add(new ExportFile("timeline_years.csv", out -> CsvReports.writeTimelineYears(analysis, out)));
        files.add(new ExportFile("timeline_authors.csv", out -> CsvReports.writeTimelineAuthors(analysis, out)));
        files.add(new ExportFile("timeline_pairs.csv", out -> CsvReports.writeTimelinePairs(analysis, out)));
        files.add(new ExportFile("rejected.csv", out -> CsvReports.writeRejected(rejected, out)));
        files.add(new ExportFile("summary.json",
                out -> SummaryJson.write(analysis, rejected, summary, FILE_NAMES, out)));
        return files;
    }

    /** Writes {@code files} into a temporary folder, then moves it onto {@code target}. */
    static void write(Path target, List<ExportFile> files) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException("cannot export to a file system root: " + target);
        }
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        // An interrupted run (Ctrl-C, SIGTERM) runs shutdown hooks while this thread goes on writing:
        // the guard lets the hook in only between two steps, so it never races a file being written
        // into the folder it deletes, nor the final rename (which either completes or never starts).
        ShutdownGuard guard = new ShutdownGuard();
        Thread cleanup = new Thread(guard::shutDown, "scholargraph-export-cleanup");
        boolean hooked = addShutdownHook(cleanup);
        Path temporary = null;
        try {
            temporary = guard.step(() -> guard.temporary = Files.createTempDirectory(parent, "." + name + ".tmp-"));
            for (ExportFile file : files) {
                Path path = temporary.resolve(file.name());
                guard.step(() -> {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path,
                            StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                        file.content().writeTo(out);
                    } catch (IOException | RuntimeException e) {
                        throw new IOException("cannot write " + file.name() + ": " + e.getMessage(), e);
                    }
                    return path;
                });
            }
            Path written = temporary;
            guard.step(() -> {
                replace(absolute, written, parent, name);
                guard.temporary = null; // renamed onto the target: nothing left to clean up
                return absolute;
            });
        } catch (IOException | RuntimeException | Error e) {
            if (temporary != null) {
                deleteQuietly(temporary, e);
            }
            throw e;
        } finally {
            if (hooked) {
                removeShutdownHook(cleanup);
            }
        }
    }

    /** One step of a write, run only while the JVM is not shutting down. */
    @FunctionalInterface
    private interface Step {
        Path run() throws IOException;
    }

    /**
     * Serialises the writing thread's steps with the shutdown hook: once the hook has run, no step
     * starts, and the hook waits for a running step to end before it deletes the temporary folder.
     */
    private static final class ShutdownGuard {
        private boolean shuttingDown;
        private Path temporary;

        synchronized Path step(Step step) throws IOException {
            if (shuttingDown) {
                throw new IOException("stopped (the JVM is shutting down): nothing was exported");
            }
            return step.run();
        }

        synchronized void shutDown() {
            shuttingDown = true;
            if (temporary != null) {
                deleteQuietly(temporary, null);
            }
        }
    }

    private static boolean addShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException e) {
            return false; // already shutting down: nothing to register with
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs and finds nothing to delete
        }
    }

    private static void replace(Path target, Path temporary, Path parent, String name) throws IOException {
        if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            move(temporary, target);
            return;
        }
        // A fresh, unused hidden name: createTempDirectory reserves it, the rename then replaces it.
        Path aside = Files.createTempDirectory(parent, "." + name + ".old-");
        try {
            Files.delete(aside);
            move(target, aside);
        } catch (IOException e) {
            Files.deleteIfExists(aside);
            throw e;
        }
        try {
            move(temporary, target);
        } catch (IOException e) {
            try {
                move(aside, target);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        // The new export is in place; an old copy that cannot be deleted is left hidden, not an error.
        deleteQuietly(aside, null);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path folder, Throwable cause) {
        try {
            deleteRecursively(folder);
        } catch (IOException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
