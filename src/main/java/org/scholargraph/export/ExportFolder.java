package org.scholargraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.model.Rejection;

/**
 * Writes the export folder of the contract all-or-nothing: either every file of a new export is in
 * place, or the folder is exactly as it was before. It writes only where {@link ExportTarget} allows:
 * a new or empty folder, or an export that scholargraph wrote; anything else is refused with an
 * {@link ExportRefusedException} before a byte is written.
 *
 * <p>All files go into a fresh hidden folder beside the target ({@code .exports.tmp-…}, same parent,
 * so the same file system and a rename is cheap and atomic), created with the user's default
 * permissions. Only when every file is complete is it renamed onto the target. An earlier export is
 * first renamed aside ({@code .exports.old-…}), the new one renamed in, then the old one deleted; if
 * the second rename fails the old one is renamed back. Any failure deletes the temporary folder. A
 * crash (power loss, kill -9) can leave a hidden {@code .tmp-}/{@code .old-} folder behind, never a
 * half-written target; each holds a {@link RunLock} naming its process, and the next export to the
 * same target removes it once that process is gone.
 *
 * <pre>{@code
 * ExportFolder.write(Path.of("exports"), analysis, rejections,
 *         new RunSummary(List.of("input/"), Map.of("read", 1200L), "0.1.0"));
 * }</pre>
 */
public final class ExportFolder {

    /** Every file of the contract, in the order they are written. */
    public static final List<String> FILE_NAMES = List.of(
            "network.graphml", "coauthorship.graphml", "citation.graphml", "topics.graphml", "coauthorship.gexf",
            "authors.csv", "papers.csv", "coauthorships.csv", "citations.csv", "topic_edges.csv", "keywords.csv",
            "communities.csv", "timeline_years.csv", "timeline_authors.csv", "timeline_pairs.csv", "rejected.csv",
            "paper_merges.csv", "author_merges.csv", "author_ambiguities.csv", "summary.json");

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
     * @param summary inputs, timings and versions for {@code summary.json}; the target may not be, hold
     *     or lie inside one of its inputs
     * @throws ExportRefusedException when something other than an export of scholargraph is at the target
     * @throws IOException when a file cannot be written; the target is then as it was
     */
    public static void write(Path target, CorpusAnalysis analysis, List<Rejection> rejections, RunSummary summary)
            throws IOException {
        write(target, analysis, rejections, summary, notice -> { });
    }

    /**
     * As {@link #write(Path, CorpusAnalysis, List, RunSummary)}, telling {@code notices} of each hidden
     * folder left beside the target by an export that was killed, which it removes.
     */
    public static void write(Path target, CorpusAnalysis analysis, List<Rejection> rejections, RunSummary summary,
            Consumer<String> notices) throws IOException {
        write(target, analysis, rejections, summary, ExportOptions.defaults(), notices);
    }

    /**
     * As {@link #write(Path, CorpusAnalysis, List, RunSummary, Consumer)}, with the graph files sized
     * by {@code options}; {@code notices} is also told, once the export is in place, of each graph
     * file that left edges out. The files are written on the analysis's threads, the same bytes on
     * any number.
     */
    public static void write(Path target, CorpusAnalysis analysis, List<Rejection> rejections, RunSummary summary,
            ExportOptions options, Consumer<String> notices) throws IOException {
        EdgeLimits limits = new EdgeLimits(analysis, options);
        write(target, inputsOf(summary), contractFiles(analysis, rejections, summary, limits), notices,
                analysis.parameters().threads());
        tellCuts(limits, notices);
    }

    /** Tells {@code notices} of each graph file that left edges out. */
    private static void tellCuts(EdgeLimits limits, Consumer<String> notices) {
        for (EdgeLimits.Cut cut : limits.cuts()) {
            notices.accept(limits.notice(cut));
        }
    }

    /**
     * Refuses, before a long run, an export into {@code target} that {@link #write} would refuse:
     * {@code ExportFolder.checkTarget(Path.of("exports"), List.of(Path.of("input")))}.
     *
     * @throws ExportRefusedException when something other than an export of scholargraph is at the
     *     target, or it is, holds or lies inside one of {@code inputs}
     * @throws java.nio.file.AccessDeniedException when the target cannot be written
     */
    public static void checkTarget(Path target, List<Path> inputs) throws IOException {
        ExportTarget.checkWholeFolder(target, inputs);
    }

    /**
     * Writes some files of the export contract into {@code folder}, each replaced whole (written
     * beside it, then renamed over it), leaving the folder's other files as they are. A file of the
     * same name is replaced only in a folder that holds nothing but files named as scholargraph's.
     *
     * @param names files of {@link #FILE_NAMES}
     * @throws IllegalArgumentException when a name is not a file of the contract
     * @throws ExportRefusedException when a file there may be the user's, or the folder is, holds or
     *     lies inside an input of {@code summary}
     * @throws IOException when a file cannot be written; that file is then as it was
     */
    public static void writeFiles(Path folder, CorpusAnalysis analysis, List<Rejection> rejections,
            RunSummary summary, List<String> names) throws IOException {
        writeFiles(folder, analysis, rejections, summary, names, ExportOptions.defaults(), notice -> { });
    }

    /**
     * As {@link #writeFiles(Path, CorpusAnalysis, List, RunSummary, List)}, with the graph files sized
     * by {@code options}, telling {@code notices} of each graph file written that left edges out.
     */
    public static void writeFiles(Path folder, CorpusAnalysis analysis, List<Rejection> rejections,
            RunSummary summary, List<String> names, ExportOptions options, Consumer<String> notices)
            throws IOException {
        EdgeLimits limits = new EdgeLimits(analysis, options);
        for (String name : names) {
            if (!FILE_NAMES.contains(name)) {
                throw new IllegalArgumentException("not a file of the export contract: " + name + "; one of " + FILE_NAMES);
            }
        }
        ExportTarget.checkSomeFiles(folder, inputsOf(summary), names);
        try {
            Files.createDirectories(folder);
            for (ExportFile file : contractFiles(analysis, rejections, summary, limits)) {
                if (!names.contains(file.name())) {
                    continue;
                }
                Path temporary = createHidden(folder, "." + file.name() + ".", ".tmp", false);
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
        } catch (ExportRefusedException e) {
            throw e;
        } catch (FileSystemException e) {
            throw inWords(folder, e);
        }
        for (EdgeLimits.Cut cut : limits.cuts()) {
            if (names.contains(cut.file())) {
                notices.accept(limits.notice(cut));
            }
        }
    }

    /** The inputs that {@code summary} names, as paths. */
    private static List<Path> inputsOf(RunSummary summary) {
        List<Path> inputs = new ArrayList<>();
        for (String input : summary.inputs()) {
            try {
                inputs.add(Path.of(input));
            } catch (InvalidPathException e) {
                // not a path of this file system, so not a file that the export could touch
            }
        }
        return inputs;
    }

    /** The contract's files for one analysis, named as {@link #FILE_NAMES}. */
    static List<ExportFile> contractFiles(CorpusAnalysis analysis, List<Rejection> rejections, RunSummary summary) {
        return contractFiles(analysis, rejections, summary, new EdgeLimits(analysis, ExportOptions.defaults()));
    }

    /** The contract's files for one analysis, their graph files' edges chosen by {@code limits}. */
    static List<ExportFile> contractFiles(CorpusAnalysis analysis, List<Rejection> rejections, RunSummary summary,
            EdgeLimits limits) {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(summary, "summary");
        List<Rejection> rejected = List.copyOf(rejections);
        // summary.json comes last, so the export time it states covers every other file.
        long exportStart = System.nanoTime();
        Map<String, Long> fileMillis = new ConcurrentHashMap<>();
        // About the longest to write first (the topic links' CSV among the graph files), so that the
        // writing threads, which take the files in this order, end about together.
        List<ExportFile> files = new ArrayList<>();
        NodeNames nodes = new NodeNames(analysis.corpus());
        files.add(new ExportFile("network.graphml", out -> GraphmlWriter.writeNetwork(analysis, limits, nodes, out)));
        files.add(new ExportFile("coauthorship.graphml", out -> GraphmlWriter.writeCoauthorship(analysis, limits, nodes, out)));
        files.add(new ExportFile("topic_edges.csv", out -> CsvReports.writeTopicEdges(analysis, nodes, out)));
        files.add(new ExportFile("topics.graphml", out -> GraphmlWriter.writeTopics(analysis, limits, nodes, out)));
        files.add(new ExportFile("coauthorship.gexf", out -> GexfWriter.writeCoauthorship(analysis, limits, nodes, out)));
        files.add(new ExportFile("citation.graphml", out -> GraphmlWriter.writeCitation(analysis, limits, nodes, out)));
        files.add(new ExportFile("authors.csv", out -> CsvReports.writeAuthors(analysis, out)));
        files.add(new ExportFile("papers.csv", out -> CsvReports.writePapers(analysis, out)));
        files.add(new ExportFile("coauthorships.csv", out -> CsvReports.writeCoauthorships(analysis, nodes, out)));
        files.add(new ExportFile("citations.csv", out -> CsvReports.writeCitations(analysis, nodes, out)));
        files.add(new ExportFile("keywords.csv", out -> CsvReports.writeKeywords(analysis, out)));
        files.add(new ExportFile("communities.csv", out -> CsvReports.writeCommunities(analysis, out)));
        files.add(new ExportFile("timeline_years.csv", out -> CsvReports.writeTimelineYears(analysis, out)));
        files.add(new ExportFile("timeline_authors.csv", out -> CsvReports.writeTimelineAuthors(analysis, out)));
        files.add(new ExportFile("timeline_pairs.csv", out -> CsvReports.writeTimelinePairs(analysis, nodes, out)));
        files.add(new ExportFile("rejected.csv", out -> CsvReports.writeRejected(rejected, out)));
        files.add(new ExportFile("paper_merges.csv", out -> CsvReports.writePaperMerges(analysis, out)));
        files.add(new ExportFile("author_merges.csv", out -> CsvReports.writeAuthorMerges(analysis, out)));
        files.add(new ExportFile("author_ambiguities.csv", out -> CsvReports.writeAuthorAmbiguities(analysis, out)));
        files.replaceAll(file -> timed(file, fileMillis));
        // Last, so that the export time it states covers every other file.
        files.add(new ExportFile("summary.json",
                out -> SummaryJson.write(analysis, rejected,
                        summary.withStage("export", (System.nanoTime() - exportStart) / 1_000_000), FILE_NAMES,
                        fileMillis(fileMillis), limits, out)));
        return files;
    }

    /** {@code file}, noting into {@code millis} how long it took to write. */
    private static ExportFile timed(ExportFile file, Map<String, Long> millis) {
        return new ExportFile(file.name(), out -> {
            long start = System.nanoTime();
            file.content().writeTo(out);
            out.flush();
            millis.put(file.name(), (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** The milliseconds of the files written, in the order of {@link #FILE_NAMES}. */
    private static Map<String, Long> fileMillis(Map<String, Long> written) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String name : FILE_NAMES) {
            Long millis = written.get(name);
            if (millis != null) {
                ordered.put(name, millis);
            }
        }
        return ordered;
    }

    /** Writes {@code files} into a temporary folder, one after another, then moves it onto {@code target}. */
    static void write(Path target, List<Path> inputs, List<ExportFile> files, Consumer<String> notices)
            throws IOException {
        write(target, inputs, files, notices, 1);
    }

    /**
     * Writes {@code files} into a temporary folder on up to {@code threads} threads, the last of them
     * after all the others (so that {@code summary.json} times them all), then moves the folder onto
     * {@code target}. Each file is written by one thread from start to end, so its bytes do not depend
     * on the thread count.
     */
    static void write(Path target, List<Path> inputs, List<ExportFile> files, Consumer<String> notices,
            int threads) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        ExportTarget.checkWholeFolder(target, inputs);
        Path parent = absolute.getParent();
        String name = absolute.getFileName().toString();
        // An interrupted run (Ctrl-C, SIGTERM) runs shutdown hooks while this thread goes on writing:
        // the guard lets the hook in only between two steps, so it never races a file being written
        // into the folder it deletes, nor the final rename (which either completes or never starts).
        ShutdownGuard guard = new ShutdownGuard();
        Thread cleanup = new Thread(guard::shutDown, "scholargraph-export-cleanup");
        boolean hooked = false;
        Path temporary = null;
        try {
            Files.createDirectories(parent);
            RunLock.removeLeftovers(target, notices);
            hooked = addShutdownHook(cleanup);
            temporary = guard.step(() -> {
                guard.temporary = createHidden(parent, "." + name + ".tmp-", "", true);
                RunLock.writeInto(guard.temporary);
                return guard.temporary;
            });
            writeAll(temporary, files, threads, guard);
            Path written = temporary;
            guard.step(() -> {
                // What is at the target may have changed while the files were written.
                ExportTarget.checkWholeFolder(target, inputs);
                replace(absolute, written, parent, name);
                guard.temporary = null; // renamed onto the target: nothing left to clean up
                RunLock.removeFrom(absolute);
                return absolute;
            });
        } catch (ExportRefusedException e) {
            if (temporary != null) {
                deleteQuietly(temporary, e);
            }
            throw e;
        } catch (FileSystemException e) {
            if (temporary != null) {
                deleteQuietly(temporary, e);
            }
            throw inWords(target, e);
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

    /**
     * A file system error while exporting to {@code target}, said of the folder the user gave
     * ({@code /data/out: permission denied}) rather than of a hidden temporary path.
     */
    private static IOException inWords(Path target, FileSystemException e) {
        IOException words = e instanceof AccessDeniedException ? ExportTarget.deniedWriting(target)
                : new FileSystemException(target.toString(), null, (e.getReason() == null
                        ? e.getClass().getSimpleName() : e.getReason()) + "; choose another output folder");
        words.initCause(e);
        return words;
    }

    /**
     * Creates a new hidden folder or empty file {@code prefix + random + suffix} in {@code parent}
     * with the user's default permissions ({@link Files#createTempDirectory} would make it readable by
     * its owner only, and so the export renamed from it).
     */
    private static Path createHidden(Path parent, String prefix, String suffix, boolean folder) throws IOException {
        while (true) {
            Path path = parent.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
            try {
                return folder ? Files.createDirectory(path) : Files.createFile(path);
            } catch (FileAlreadyExistsException e) {
                // that name is taken: draw another
            }
        }
    }

    /** Writes each of {@code files} into {@code folder}, the last after all others, on up to {@code threads} threads. */
    private static void writeAll(Path folder, List<ExportFile> files, int threads, ShutdownGuard guard)
            throws IOException {
        int workers = Math.min(threads, files.size() - 1);
        if (workers <= 1) {
            for (ExportFile file : files) {
                writeOne(folder, file, guard);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "scholargraph-export");
            thread.setDaemon(true);
            return thread;
        });
        Throwable failure = null;
        try {
            List<Future<?>> written = new ArrayList<>();
            for (ExportFile file : files.subList(0, files.size() - 1)) {
                written.add(pool.submit(() -> {
                    writeOne(folder, file, guard);
                    return null;
                }));
            }
            // The first failure in the files' order is reported; files not yet begun are not begun.
            for (Future<?> future : written) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                        written.forEach(f -> f.cancel(false));
                    }
                } catch (java.util.concurrent.CancellationException e) {
                    // not begun after an earlier file failed
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    written.forEach(f -> f.cancel(false));
                    failure = new java.io.InterruptedIOException("interrupted: nothing was exported");
                    break;
                }
            }
        } finally {
            // No file may still be written when the folder is renamed or deleted.
            pool.shutdown();
            boolean interrupted = false;
            while (true) {
                try {
                    if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure instanceof IOException e) {
            throw e;
        } else if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new IOException(failure);
        }
        writeOne(folder, files.get(files.size() - 1), guard);
    }

    private static void writeOne(Path folder, ExportFile file, ShutdownGuard guard) throws IOException {
        Path path = folder.resolve(file.name());
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

    /** One step of a write, run only while the JVM is not shutting down. */
    @FunctionalInterface
    private interface Step {
        Path run() throws IOException;
    }

    /**
     * Serialises the writing threads' steps with the shutdown hook: steps run side by side, but once
     * the hook has run no step starts, and the hook waits for the running steps to end before it
     * deletes the temporary folder.
     */
    private static final class ShutdownGuard {
        private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        private boolean shuttingDown;
        private volatile Path temporary;

        Path step(Step step) throws IOException {
            lock.readLock().lock();
            try {
                if (shuttingDown) {
                    throw new IOException("stopped (the JVM is shutting down): nothing was exported");
                }
                return step.run();
            } finally {
                lock.readLock().unlock();
            }
        }

        void shutDown() {
            lock.writeLock().lock();
            try {
                shuttingDown = true;
                if (temporary != null) {
                    deleteQuietly(temporary, null);
                }
            } finally {
                lock.writeLock().unlock();
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
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(temporary, target);
            return;
        }
        // A folder the user made private (mkdir -m 700 out) stays so when the new export replaces it.
        PosixFileAttributeView permissions = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (permissions != null) {
            Files.setPosixFilePermissions(temporary, permissions.readAttributes().permissions());
        }
        // The earlier export carries this run's lock before it is renamed aside, so that it is
        // recognised as a leftover should the run be killed before it is deleted.
        Path aside = unusedName(parent, "." + name + ".old-");
        RunLock.writeInto(target);
        try {
            move(target, aside);
        } catch (IOException e) {
            removeLockQuietly(target, e);
            throw e;
        }
        try {
            move(temporary, target);
        } catch (IOException e) {
            try {
                RunLock.removeFrom(aside);
                move(aside, target);
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        // The new export is in place; an old copy that cannot be deleted is left hidden, not an error.
        try {
            RunLock.deleteHeldFolder(aside);
        } catch (IOException e) {
            // left with its lock: the next export removes it
        }
    }

    private static Path unusedName(Path parent, String prefix) {
        Path path;
        do {
            path = parent.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
        } while (Files.exists(path, LinkOption.NOFOLLOW_LINKS));
        return path;
    }

    private static void removeLockQuietly(Path folder, Throwable cause) {
        try {
            RunLock.removeFrom(folder);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
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
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
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
