package org.scholargraph.analysis.centrality;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs numbered chunks of work on a few threads and hands their results over strictly in chunk
 * order. A measure that sums per-chunk partial results in that order gets the same bits whatever
 * the thread count, as long as its chunks do not depend on the thread count either. At most
 * {@code 2 × threads} results wait at a time, which bounds the memory of per-chunk arrays.
 */
final class OrderedChunks {

    private OrderedChunks() {
    }

    static <T> void run(int chunkCount, int threads, IntFunction<T> chunk, Consumer<T> inChunkOrder) {
        if (threads <= 1 || chunkCount <= 1) {
            for (int c = 0; c < chunkCount; c++) {
                inChunkOrder.accept(chunk.apply(c));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "scholargraph-centrality");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<T>> pending = new ArrayDeque<>();
            int window = 2 * threads;
            int submitted = 0;
            while (submitted < chunkCount && pending.size() < window) {
                int c = submitted++;
                pending.add(pool.submit(() -> chunk.apply(c)));
            }
            while (!pending.isEmpty()) {
                inChunkOrder.accept(await(pending.removeFirst()));
                if (submitted < chunkCount) {
                    int c = submitted++;
                    pending.add(pool.submit(() -> chunk.apply(c)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing a centrality", e);
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
