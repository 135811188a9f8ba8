package org.scholargraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Stage lines: counts and rate on a terminal, nothing in a pipe. */
class ProgressTest {

    @Test
    void aStageLineSaysWhatWasDoneHowFastAndWhatComesNext() {
        assertEquals("read 200,000 papers in 32.0 s (6,250 papers/s)",
                Progress.line("read 200,000 papers", 32.0, 200_000, "papers"));
        assertEquals("wrote 0 MB in 0.0 s", Progress.line("wrote 0 MB", 0.0, 0, "MB"));
    }

    @Test
    void aTerminalGetsTheLinesWithTheirClock() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), true);

        progress.stage("reading input");
        progress.stage("read 3 papers", 3, "papers", "analysing");

        String[] lines = text.toString().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].matches("\\[ *\\d+\\.\\ds\\] reading input"), lines[0]);
        assertTrue(lines[1].matches("\\[ *\\d+\\.\\ds\\] read 3 papers in \\d+\\.\\d s( \\([\\d,]+ papers/s\\))?; analysing"),
                lines[1]);
    }

    @Test
    void aPipeGetsNothing() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), false);

        progress.stage("reading input");
        progress.stage("read 3 papers", 3, "papers", "analysing");

        assertEquals("", text.toString());
    }
}
