package org.scholargraph.analysis.centrality;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs numbered chunks of work on a few threads and hands their results over strictly in chunk
 * order. A measure that sums per-chunk partial results in that order gets the same bits whatever
 * the thread count, as long as its chunks do not depend on the thread count either. At most
 * {@code 2 × threads} results wait at a time, which bounds the memory of per-chunk arrays.
 *
 * <p>{@link #resultOf} is the one way the analyses wait for work on another thread.
 */
public final class OrderedChunks {

    private OrderedChunks() {
    }

    /**
     * Computes {@code chunk.apply(c)} for {@code c = 0..chunkCount-1} on up to {@code threads} threads
     * and hands each result to {@code inChunkOrder} in chunk order, on the calling thread.
     */
    static <T> void run(int chunkCount, int threads, IntFunction<T> chunk, Consumer<T> inChunkOrder) {
        if (threads <= 1 || chunkCount <= 1) {
            for (int c = 0; c < chunkCount; c++) {
                inChunkOrder.accept(chunk.apply(c));
            }
            return;
        }
        ExecutorService pool = pool(threads, "scholargraph-centrality");
        try {
            Deque<Future<T>> pending = new ArrayDeque<>();
            int window = 2 * threads;
            int submitted = 0;
            while (submitted < chunkCount && pending.size() < window) {
                int c = submitted++;
                pending.add(pool.submit(() -> chunk.apply(c)));
            }
            while (!pending.isEmpty()) {
                inChunkOrder.accept(resultOf(pending.removeFirst(), "computing a centrality"));
                if (submitted < chunkCount) {
                    int c = submitted++;
                    pending.add(pool.submit(() -> chunk.apply(c)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A pool of {@code threads} daemon threads called {@code name}, for {@link #runAll} called again and again. */
    public static ExecutorService pool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code chunk.accept(c)} for {@code c = 0..chunkCount-1} and returns when all are done: on
     * the calling thread when {@code pool} is null, else as {@code tasks} tasks of {@code pool}, task
     * {@code t} taking the chunks {@code c ≡ t (mod tasks)}. Chunks must write only their own results.
     */
    static void runAll(ExecutorService pool, int tasks, int chunkCount, IntConsumer chunk) {
        if (pool == null || tasks <= 1 || chunkCount <= 1) {
            for (int c = 0; c < chunkCount; c++) {
                chunk.accept(c);
            }
            return;
        }
        List<Future<?>> running = new ArrayList<>(tasks);
        for (int t = 0; t < tasks; t++) {
            int first = t;
            running.add(pool.submit(() -> {
                for (int c = first; c < chunkCount; c += tasks) {
                    chunk.accept(c);
                }
            }));
        }
        for (Future<?> task : running) {
            resultOf(task, "computing a centrality");
        }
    }

    /**
     * The result of {@code future}, waiting for it; the exception it ended with is thrown as it is
     * (an unchecked one) or wrapped in an {@link IllegalStateException} (a checked one), without the
     * {@link ExecutionException} around it, so that callers see the error the work raised.
     *
     * @param work what the future computes, for the message when the wait is interrupted
     */
    public static <T> T resultOf(Future<T> future, String work) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + work, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
