package org.scholargraph.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Runs a JShell script with the library loaded and stops at the first error: what
 * {@code ./scholargraph shell} does when its input is not a terminal, and how the README's example
 * is tested.
 *
 * <pre>{@code
 * echo 'ScholarGraph.load("input").pagerank().top(5)' | ./scholargraph shell
 * }</pre>
 *
 * <p>Each snippet runs in this JVM (JShell's {@code local} execution engine) after the
 * {@link #IMPORTS}. A value prints as the JShell tool prints it ({@code name ==> value}). A snippet
 * that does not compile, refers to what does not exist or throws ends the script with exit code 1,
 * its diagnostics or stack trace on the error stream; the JShell tool itself would go on and exit 0.
 * A line {@code /exit} ends the script; other JShell commands are not scripts' business and fail.
 */
public final class ShellScript {

    /** The imports a shell starts with, besides JShell's defaults ({@code java.util.*}, {@code java.nio.file.*}, …). */
    public static final List<String> IMPORTS = List.of(
            "import org.scholargraph.api.*;",
            "import org.scholargraph.analysis.*;",
            "import org.jgrapht.Graph;",
            "import org.jgrapht.graph.DefaultEdge;",
            "import org.jgrapht.graph.DefaultWeightedEdge;");

    /** JShell's {@code DEFAULT} startup imports, which a JShell built through its API does not have. */
    static final List<String> DEFAULT_IMPORTS = List.of(
            "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
            "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
            "import java.util.prefs.*;", "import java.util.regex.*;", "import java.util.stream.*;");

    private ShellScript() {
    }

    /**
     * Runs standard input as a script and exits with its code; {@code --imports} prints the startup
     * imports instead (for the interactive shell): {@code java -cp scholargraph.jar org.scholargraph.api.ShellScript < demo.jsh}.
     *
     * @param args nothing, or {@code --imports}
     * @throws IOException when standard input cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("--imports")) {
            IMPORTS.forEach(System.out::println);
            return;
        }
        if (args.length != 0) {
            System.err.println("usage: ShellScript [--imports] < script.jsh");
            System.exit(2);
        }
        String script = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        System.out.flush();
        System.exit(run(script, System.out, System.err));
    }

    /**
     * Runs {@code script} snippet by snippet, printing values to {@code out} and errors to
     * {@code err}; 0 when every snippet ran, 1 at the first that did not:
     * {@code ShellScript.run("1 + 1", System.out, System.err)}.
     */
    public static int run(String script, PrintStream out, PrintStream err) {
        try (JShell shell = JShell.builder().executionEngine("local").out(out).err(err).build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            for (String line : DEFAULT_IMPORTS) {
                if (!evaluate(shell, line, false, out, err)) {
                    return 1;
                }
            }
            for (String line : IMPORTS) {
                if (!evaluate(shell, line, false, out, err)) {
                    return 1;
                }
            }
            // Like the JShell tool: read line by line, evaluate as soon as the lines so far are complete.
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            StringBuilder pending = new StringBuilder();
            for (String line : script.split("\\R", -1)) {
                if (pending.toString().isBlank() && line.strip().startsWith("/")) {
                    String command = line.strip();
                    if (command.equals("/exit")) {
                        return 0;
                    }
                    err.println("error: JShell command " + command + " is not run in a script");
                    return 1;
                }
                pending.append(line).append('\n');
                String remaining = pending.toString();
                while (true) {
                    SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                    if (!info.completeness().isComplete() || info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                        break;
                    }
                    if (!evaluate(shell, info.source(), true, out, err)) {
                        return 1;
                    }
                    remaining = info.remaining();
                }
                pending.setLength(0);
                if (!remaining.isBlank()) {
                    pending.append(remaining);
                }
            }
            if (!pending.toString().isBlank()) {
                err.println("error: the script ends inside a snippet:\n    " + pending.toString().strip());
                return 1;
            }
            return 0;
        }
    }

    /** Evaluates one snippet; false, with the reason on {@code err}, when it failed. */
    private static boolean evaluate(JShell shell, String source, boolean show, PrintStream out, PrintStream err) {
        boolean ok = true;
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            for (Diag diag : shell.diagnostics(snippet).toList()) {
                if (diag.isError()) {
                    err.println("error: " + diag.getMessage(Locale.ROOT) + "\n    " + source.strip());
                    ok = false;
                }
            }
            if (event.status() == Snippet.Status.REJECTED) {
                ok = false;
            } else if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                    || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                err.println("error: refers to something not defined: " + shell.unresolvedDependencies(
                        (jdk.jshell.DeclarationSnippet) snippet).toList() + "\n    " + source.strip());
                ok = false;
            }
            JShellException exception = event.exception();
            if (exception != null) {
                err.println("exception: " + describe(exception) + "\n    " + source.strip());
                ok = false;
            }
            String name = snippet instanceof VarSnippet ? ((VarSnippet) snippet).name()
                    : snippet instanceof ExpressionSnippet ? ((ExpressionSnippet) snippet).name() : null;
            if (ok && show && name != null && event.value() != null) {
                out.println(name + " ==> " + event.value());
            }
        }
        out.flush();
        return ok;
    }

    private static String describe(JShellException exception) {
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        exception.printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
        String header;
        if (exception instanceof EvalException) {
            header = ((EvalException) exception).getExceptionClassName() + ": " + exception.getMessage();
        } else if (exception instanceof UnresolvedReferenceException) {
            header = "unresolved reference in " + ((UnresolvedReferenceException) exception).getSnippet().source();
        } else {
            header = exception.toString();
        }
        return header + "\n" + trace.toString(StandardCharsets.UTF_8);
    }
}
