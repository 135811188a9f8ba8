package org.scholargraph.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Stage lines on a terminal, each with what the stage before it did, how long it took and at what
 * rate ({@code [ 32.1s] read 200,000 papers, 122,559 authors in 31.9 s (6,270 papers/s); analysing});
 * silence in a pipe, so that scripts see only warnings and errors.
 */
final class Progress {

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long stageStart = start;

    Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** A line saying what starts now; the stage clock starts again. */
    void stage(String what) {
        if (terminal) {
            err.printf(Locale.ROOT, "[%5.1fs] %s%n", seconds(start), what);
            err.flush();
        }
        stageStart = System.nanoTime();
    }

    /**
     * A line saying what the last stage did, {@code done} of {@code unit} at their rate a second,
     * then what starts now.
     */
    void stage(String done, long count, String unit, String next) {
        double took = seconds(stageStart);
        stage(line(done, took, count, unit) + "; " + next);
    }

    /** {@code read 200,000 papers in 31.9 s (6,270 papers/s)}: {@code took} seconds at {@code count} of {@code unit}. */
    static String line(String done, double took, long count, String unit) {
        String rate = took > 0 ? String.format(Locale.ROOT, " (%,.0f %s/s)", count / took, unit) : "";
        return String.format(Locale.ROOT, "%s in %.1f s%s", done, took, rate);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
