package org.scholargraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.spi.ToolProvider;
import picocli.CommandLine;

/**
 * The {@code scholargraph} command. It runs in-process as a {@link ToolProvider}: streams in,
 * exit code out, no {@code System.exit} except in {@link #main}.
 *
 * <p>Exit codes: 0 done; 2 bad usage, unreadable input or an output folder it may not write
 * ({@code file:line: what is wrong} on stderr, no export written); 1 an internal error.
 */
public final class Main implements ToolProvider {

    /** Done. */
    public static final int EXIT_OK = 0;
    /** An internal error. */
    public static final int EXIT_INTERNAL = 1;
    /** Bad usage, unreadable input, or an output folder that is not an export of scholargraph. */
    public static final int EXIT_INPUT = 2;

    @Override
    public String name() {
        return "scholargraph";
    }

    @Override
    public int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new RootCommand(out, err));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> EXIT_INTERNAL);
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println("scholargraph: " + e.getMessage());
            e.getCommandLine().usage(err);
            return EXIT_INPUT;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new PrintStream(System.out, true, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(System.err, true, StandardCharsets.UTF_8), true);
        System.exit(new Main().run(out, err, args));
    }

    /** The tool for {@link java.util.ServiceLoader}-style lookups by name. */
    public static Optional<ToolProvider> provider() {
        return Optional.of(new Main());
    }
}
