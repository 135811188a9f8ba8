package org.scholargraph.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Rejection;

/**
 * Threads that a reader may parse one file on, and the work each record gets there before it is
 * delivered. A reader that uses them still delivers records and rejections one at a time, in the
 * file's order, on the calling thread; a reader that does not calls {@link #prepare} itself.
 *
 * @param pool where parsing may run; null to read on the calling thread only
 * @param threads how many tasks the pool runs at once (1 when there is no pool)
 * @param prepare thread-safe work on each record before the sink accepts it (sharing its values)
 */
public record ReadingWorkers(ExecutorService pool, int threads, UnaryOperator<BibRecord> prepare) {

    public ReadingWorkers {
        Objects.requireNonNull(prepare, "prepare");
        if (pool == null ? threads != 1 : threads < 1) {
            throw new IllegalArgumentException("threads must be 1 without a pool and at least 1 with one, was " + threads);
        }
    }

    /** No threads: the calling thread reads, each record prepared by {@code prepare}. */
    public static ReadingWorkers callingThread(UnaryOperator<BibRecord> prepare) {
        return new ReadingWorkers(null, 1, prepare);
    }

    /**
     * The result of reading work on another thread, waiting for it; what the work threw is thrown
     * as it is (an I/O error, an unchecked exception or an error), without the
     * {@link ExecutionException} around it.
     */
    static <T> T resultOf(Future<T> work) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("reading was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** {@code sink} with each record prepared before it is accepted, for a reader that reads on the calling thread. */
    RecordSink preparing(RecordSink sink) {
        return new RecordSink() {
            @Override
            public void accept(BibRecord record) {
                sink.accept(prepare.apply(record));
            }

            @Override
            public void reject(Rejection rejection) {
                sink.reject(rejection);
            }
        };
    }
}
