package org.scholargraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholargraph.api.ScholarGraph;
import org.scholargraph.api.UnreadableInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scholargraph run}: read, analyse, export. */
@Command(name = "run", description = "Read bibliographic files, analyse the graphs, write the exports.")
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "export folder (default: ${DEFAULT-VALUE})",
            defaultValue = "exports")
    Path output;

    @Option(names = "--strict", description = "stop at the first bad record instead of skipping it")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all processors)")
    Integer threads;

    @Option(names = "--debug", description = "print the stack trace of an error")
    boolean debug;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "files or folders to read (default: input/)")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        RunOptions options;
        try {
            options = new RunOptions(output, strict,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    inputs.isEmpty() ? List.of(Path.of("input")) : inputs);
        } catch (IllegalArgumentException e) {
            root.err.println("scholargraph run: " + e.getMessage());
            return Main.EXIT_INPUT;
        }
        Progress progress = new Progress(root.err, System.console() != null);
        try {
            // Refused now rather than after reading and analysing, which can take hours.
            ScholarGraph.checkExportFolder(options.output(), options.inputs());
            progress.stage("reading " + String.join(", ", options.inputs().stream().map(Path::toString).toList()));
            ScholarGraph graph = ScholarGraph.loader()
                    .threads(options.threads())
                    .strict(options.strict())
                    .warnings(root.err::println)
                    .load(options.inputs());
            progress.stage(graph.corpus().papers().size() + " papers, " + graph.corpus().authors().size()
                    + " authors; analysing");
            graph.analysis();
            progress.stage("writing " + options.output());
            graph.exportTo(options.output());
            progress.done();
            if (!graph.rejections().isEmpty()) {
                root.err.println(graph.rejections().size() + " record(s) skipped, listed in "
                        + options.output().resolve("rejected.csv"));
            }
            return Main.EXIT_OK;
        } catch (UnreadableInput e) {
            root.err.println(e.getMessage());
            trace(e);
            return Main.EXIT_INPUT;
        } catch (IOException e) {
            root.err.println("scholargraph: " + e.getMessage());
            trace(e);
            return Main.EXIT_INPUT;
        } catch (OutOfMemoryError e) {
            root.err.println("scholargraph: out of memory; give Java more, e.g. JAVA_OPTS=-Xmx8g ./scholargraph run …");
            return Main.EXIT_INTERNAL;
        } catch (RuntimeException e) {
            root.err.println("scholargraph: internal error: " + e
                    + (debug ? "" : " (run with --debug for the stack trace, and please report it)"));
            trace(e);
            return Main.EXIT_INTERNAL;
        }
    }

    private void trace(Throwable e) {
        if (debug) {
            e.printStackTrace(root.err);
        }
    }
}
