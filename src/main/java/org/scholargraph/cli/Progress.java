package org.scholargraph.cli;

import java.io.PrintWriter;

/** Stage lines on a terminal; silence in a pipe, so that scripts see only warnings and errors. */
final class Progress {

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();

    Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void stage(String what) {
        if (terminal) {
            err.printf("[%5.1fs] %s%n", (System.nanoTime() - start) / 1e9, what);
            err.flush();
        }
    }

    void done() {
        stage("done");
    }
}
