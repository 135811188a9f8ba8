package org.scholargraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Rejection;

/**
 * Reads a run's inputs: expands folders, detects each file's format by content, reads the files
 * (in parallel when asked) and returns their records in a fixed order, so that the result never
 * depends on the thread count.
 *
 * <p>Immutable; configure with the {@code with…} copies.
 */
public final class Ingest {

    private final int threads;
    private final boolean strict;
    private final Consumer<String> warnings;

    private Ingest(int threads, boolean strict, Consumer<String> warnings) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, was " + threads);
        }
        this.threads = threads;
        this.strict = strict;
        this.warnings = warnings;
    }

    /** One thread, lenient, warnings dropped. */
    public static Ingest defaults() {
        return new Ingest(1, false, message -> { });
    }

    /** A copy reading up to {@code count} files at once. */
    public Ingest withThreads(int count) {
        return new Ingest(count, strict, warnings);
    }

    /** A copy for which the first bad record is fatal ({@link UnreadableInputException}). */
    public Ingest withStrict(boolean value) {
        return new Ingest(threads, value, warnings);
    }

    /** A copy that reports skipped files and rejected records, one line each, to {@code sink}. */
    public Ingest withWarnings(Consumer<String> sink) {
        return new Ingest(threads, strict, sink);
    }

    /**
     * Reads every input. A file given by name must be readable and recognised; inside a folder,
     * files no reader recognises are skipped with a warning, but a folder with nothing readable
     * is an error.
     */
    public IngestResult read(List<Path> inputs) throws IOException {
        Map<Path, String> skipped = new LinkedHashMap<>();
        Map<Path, Format> formats = classifyAll(inputs, skipped);
        List<Path> files = new ArrayList<>(formats.keySet());
        List<FileResult> results = readAll(files, formats, new SharedValues());
        List<BibRecord> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (FileResult result : results) {
            records.addAll(result.records);
            rejections.addAll(result.rejections);
        }
        return new IngestResult(records, rejections, formats, skipped);
    }

    /**
     * Reads every input as {@link #read} does, but hands each record and rejection to
     * {@code sink} as soon as it is read and keeps none: the memory this takes is that of one
     * record per reader, whatever the size of the files. Files are read one after the other, in
     * the order {@link #read} uses.
     *
     * @return for each file read, its format and how many records it gave and how many were rejected
     */
    public Map<Path, FileCount> stream(List<Path> inputs, RecordSink sink) throws IOException {
        Map<Path, Format> formats = classifyAll(inputs, new LinkedHashMap<>());
        Map<Path, FileCount> counts = new LinkedHashMap<>();
        for (Map.Entry<Path, Format> file : formats.entrySet()) {
            long[] tally = new long[2];
            readFile(file.getKey(), file.getValue(), new RecordSink() {
                @Override
                public void accept(BibRecord record) {
                    tally[0]++;
                    sink.accept(record);
                }

                @Override
                public void reject(Rejection rejection) {
                    tally[1]++;
                    sink.reject(rejection);
                }
            }, ReadingWorkers.callingThread(record -> record), () -> tally[0]);
            counts.put(file.getKey(), new FileCount(file.getValue(), tally[0], tally[1]));
        }
        return counts;
    }

    /**
     * What one file gave.
     *
     * @param format the format it was read as
     * @param records records read whole
     * @param rejected records that could not be read
     */
    public record FileCount(Format format, long records, long rejected) {
    }

    private Map<Path, Format> classifyAll(List<Path> inputs, Map<Path, String> skipped) throws IOException {
        Map<Path, Format> formats = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                int before = formats.size();
                for (Path file : filesUnder(input)) {
                    classify(file, false, formats, skipped);
                }
                if (formats.size() == before) {
                    throw new UnreadableInputException(input, 0,
                            "no bibliographic file in this folder (formats: see 'scholargraph formats')");
                }
            } else {
                classify(input, true, formats, skipped);
            }
        }
        return formats;
    }

    /**
     * Reads the files into records whose repeated parts (references, authors, keywords, venues) are
     * one instance per distinct value across all files ({@link SharedValues}). Several files are
     * read side by side, one file on all threads (a reader that can parse one file on several:
     * JSON Lines).
     */
    private List<FileResult> readAll(List<Path> files, Map<Path, Format> formats,
            SharedValues shared) throws IOException {
        ExecutorService pool = threads > 1 && !files.isEmpty() ? Executors.newFixedThreadPool(threads) : null;
        try {
            List<FileResult> results = new ArrayList<>();
            if (pool == null || files.size() < 2) {
                ReadingWorkers workers = pool == null ? ReadingWorkers.callingThread(shared::share)
                        : new ReadingWorkers(pool, threads, shared::share);
                for (Path file : files) {
                    results.add(readFile(file, formats.get(file), workers));
                }
                return results;
            }
            List<Future<FileResult>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> readFile(file, formats.get(file), ReadingWorkers.callingThread(shared::share))));
            }
            // The first failure in the files' order is thrown; files not yet begun are not begun.
            for (Future<FileResult> future : futures) {
                results.add(ReadingWorkers.resultOf(future));
            }
            return results;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private FileResult readFile(Path file, Format format, ReadingWorkers workers)
            throws IOException {
        FileResult result = new FileResult();
        readFile(file, format, new RecordSink() {
            @Override
            public void accept(BibRecord record) {
                result.records.add(record);
            }

            @Override
            public void reject(Rejection rejection) {
                result.rejections.add(rejection);
            }
        }, workers, () -> result.records.size());
        return result;
    }

    /** Reads one file into {@code sink}, applying strictness and reporting rejections as warnings. */
    private void readFile(Path file, Format format, RecordSink sink, ReadingWorkers workers,
            java.util.function.LongSupplier recordsSoFar) throws IOException {
        InputText text = InputText.of(file);
        if (text.charset().equals(java.nio.charset.StandardCharsets.ISO_8859_1)) {
            warnings.accept(file + ": not valid UTF-8, read as ISO-8859-1 (Latin-1); check accented names");
        }
        try (BufferedReader reader = text.open()) {
            format.reader().read(file, reader, new RecordSink() {
                @Override
                public void accept(BibRecord record) {
                    sink.accept(record);
                }

                @Override
                public void reject(Rejection rejection) {
                    if (strict) {
                        throw new UnreadableInputException(rejection.source().file(), rejection.source().line(),
                                rejection.reason() + " (--strict stops at the first bad record)");
                    }
                    warnings.accept(rejection.message());
                    sink.reject(rejection);
                }
            }, workers);
        } catch (IOException e) {
            // A reader that does not name the line itself: the bytes fail under it (a gzip file cut
            // short, a disk error), so the file as a whole is unreadable.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            long before = recordsSoFar.getAsLong();
            throw new UnreadableInputException(file, 0, (text.gzip() ? "" : "cannot be read to its end: ") + message
                    + (before == 0 ? "" : " (" + before + " records before it were read)"), e);
        }
    }

    private void classify(Path file, boolean named, Map<Path, Format> formats, Map<Path, String> skipped)
            throws IOException {
        if (!Files.exists(file)) {
            throw new UnreadableInputException(file, 0, "no such file or folder");
        }
        if (!Files.isReadable(file)) {
            throw new UnreadableInputException(file, 0, "not readable (check its permissions)");
        }
        if (Files.size(file) == 0) {
            if (named) {
                throw new UnreadableInputException(file, 0, "the file is empty");
            }
            skip(file, "empty file", skipped);
            return;
        }
        String head;
        try {
            head = InputText.of(file).head();
        } catch (IOException e) {
            throw new UnreadableInputException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        var format = Format.detect(head, file);
        if (format.isPresent()) {
            formats.put(file, format.get());
        } else if (named) {
            throw new UnreadableInputException(file, 1,
                    "not a format scholargraph reads (see 'scholargraph formats' for the list)");
        } else {
            skip(file, "not a bibliographic format", skipped);
        }
    }

    private void skip(Path file, String reason, Map<Path, String> skipped) {
        skipped.put(file, reason);
        warnings.accept(file + ": skipped, " + reason);
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(folder, 0, "no such folder");
        }
    }

    private static final class FileResult {
        final List<BibRecord> records = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();
    }
}
