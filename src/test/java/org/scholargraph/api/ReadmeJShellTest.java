package org.scholargraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The {@code jshell} block of the README's "From JShell" section, run as it stands through the
 * JDK's JShell (the {@code jdk.jshell} API, as {@code ./scholargraph shell} runs a script): every
 * snippet must compile and run without an exception.
 */
class ReadmeJShellTest {

    @Test
    void readmeJshellBlockRunsWithoutError() throws IOException {
        // given the block, exactly as the README has it
        String script = readmeBlock();

        // when it runs
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ShellScript.run(script, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        // then nothing failed, and the results printed as tables
        String printed = out.toString(StandardCharsets.UTF_8);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, "the README block failed:\n" + errors + "\nafter printing:\n" + printed);
        assertEquals("", errors);
        assertTrue(printed.contains("sg ==> ScholarGraph[28 papers, 47 authors, 0 rejected records]"), printed);
        assertTrue(printed.contains("authors by pagerank (5 ranked)"), printed);
        assertTrue(printed.contains("coauthorship communities ("), printed);
        assertTrue(printed.contains("timeline years (22 rows)"), printed);
        assertTrue(printed.contains("Michelle Girvan"), printed);
        deleteExportFolder(printed);
    }

    /** The block exports into a fresh temporary folder that it prints as {@code out ==> …}: remove it. */
    private static void deleteExportFolder(String printed) throws IOException {
        for (String line : printed.lines().toList()) {
            if (line.startsWith("out ==> ")) {
                Path folder = Path.of(line.substring("out ==> ".length()));
                try (var paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        }
    }

    @Test
    void aFailingSnippetStopsTheScriptWithExitCodeOne() {
        assertFailure("int x = \"not a number\"\n", "incompatible types");
        assertFailure("Object o = null\no.toString()\n", "NullPointerException");
        assertFailure("ScholarGraph.load(\"no/such/folder\")\n", "exception");
        assertFailure("undefinedThing.call()\n", "error");
    }

    @Test
    void valuesPrintAsTheJshellToolPrintsThem() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ShellScript.run("var n = 20 + 22\nn * 2\n", new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertEquals(0, code);
        assertEquals("n ==> 42\n$1 ==> 84\n", out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    private static void assertFailure(String script, String expected) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ShellScript.run(script, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code, script);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(expected), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines between {@code ```jshell} and the closing fence in the "From JShell" section. */
    static String readmeBlock() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## From JShell\n");
        assertTrue(section >= 0, "README.md has a section \"From JShell\"");
        int fence = readme.indexOf("\n```jshell\n", section);
        int next = readme.indexOf("\n## ", section + 1);
        assertTrue(fence >= 0 && (next < 0 || fence < next), "the section has a ```jshell block");
        int start = fence + "\n```jshell\n".length();
        int end = readme.indexOf("\n```", start);
        return readme.substring(start, end + 1);
    }
}
