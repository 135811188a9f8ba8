package org.scholargraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** What one in-process run of the command printed and returned: {@code Outcome.run("run", "-o", out, "input")}. */
record Outcome(int code, String out, String err) {

    /** Runs {@link Main} in this JVM with {@code args}, capturing its two streams. */
    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Main().run(new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    /** The lines written to standard error. */
    List<String> errLines() {
        return err.lines().toList();
    }
}
