package org.scholargraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.scholargraph.api.ScholarGraph;
import org.scholargraph.api.UnreadableInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code scholargraph run}: read, analyse, export. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Read bibliographic files, analyse the graphs, write the exports.")
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

    @Option(names = "--years", paramLabel = "FROM-TO",
            description = "keep only the papers of these years (inclusive, e.g. 2001-2004, or one year), with their authors")
    String years;

    @Option(names = "--min-papers", paramLabel = "N",
            description = "keep only the authors with at least N papers (after --years); the others leave the"
                    + " coauthorship network and the bylines")
    Integer minPapers;

    @Option(names = "--max-authors", paramLabel = "N",
            description = "a paper with more than N authors keeps its authorships but adds no coauthor pairs"
                    + " (default: ${DEFAULT-VALUE}; 0: no limit)",
            defaultValue = "" + ScholarGraph.MAX_AUTHORS_DEFAULT)
    int maxAuthors;

    @Option(names = "--max-graph-edges", paramLabel = "N",
            description = "the most edges of each GraphML and GEXF file: above it a file holds all its nodes and its"
                    + " strongest edges, which the run says on stderr and in summary.json; the CSV files hold every edge"
                    + " (default: ${DEFAULT-VALUE}; 0: no limit)",
            defaultValue = "" + ScholarGraph.MAX_GRAPH_EDGES_DEFAULT)
    int maxGraphEdges;

    @Option(names = "--exact",
            description = "betweenness and harmonic closeness exact at any size (by default estimated on large networks,"
                    + " each score within epsilon of the exact one with probability 1 - delta; summary.json"
                    + " gives both)")
    boolean exact;

    @Option(names = "--keep-versions",
            description = "keep a preprint and its published version as two papers instead of merging them")
    boolean keepVersions;

    @Option(names = "--thesaurus", paramLabel = "FILE",
            description = "author names and keywords to replace or drop before resolution, in VOSviewer's thesaurus"
                    + " format (label<TAB>replace by; an empty replacement drops the name or keyword)")
    Path thesaurus;

    @Option(names = "--split-list", paramLabel = "FILE",
            description = "author names that are never merged with another name form: a header line label, then one name a line")
    Path splitList;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "files or folders to read (default: input/)")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        RunOptions options;
        ScholarGraph.Loader loader;
        try {
            options = new RunOptions(output, strict,
                    threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    inputs.isEmpty() ? List.of(Path.of("input")) : inputs,
                    years == null ? Optional.empty() : Optional.of(RunOptions.YearRange.parse(years)),
                    minPapers == null ? OptionalInt.empty() : OptionalInt.of(minPapers), maxAuthors, maxGraphEdges);
            loader = ScholarGraph.loader()
                    .threads(options.threads())
                    .strict(options.strict())
                    .maxAuthors(options.maxAuthors())
                    .maxGraphEdges(options.maxGraphEdges())
                    .keepVersions(keepVersions)
                    .exactShortestPaths(exact)
                    .warnings(root.err::println);
        } catch (IllegalArgumentException e) {
            root.err.println("scholargraph run: " + e.getMessage());
            return Main.EXIT_INPUT;
        }
        Progress progress = new Progress(root.err, System.console() != null);
        try {
            // Refused now rather than after reading and analysing, which can take hours.
            ScholarGraph.checkExportFolder(options.output(), options.inputs());
            if (thesaurus != null) {
                loader = loader.thesaurus(thesaurus);
            }
            if (splitList != null) {
                loader = loader.splitList(splitList);
            }
            progress.stage("reading " + String.join(", ", options.inputs().stream().map(Path::toString).toList()));
            ScholarGraph read = loader.load(options.inputs());
            ScholarGraph graph = read;
            if (options.years().isPresent()) {
                graph = graph.years(options.years().get().from(), options.years().get().to());
            }
            if (options.minPapers().isPresent()) {
                graph = graph.minPapers(options.minPapers().getAsInt());
            }
            int papers = graph.corpus().papers().size();
            progress.stage(String.format(Locale.ROOT, "read %,d papers, %,d authors", papers,
                    graph.corpus().authors().size()), papers, "papers", "analysing");
            graph.analysis();
            progress.stage(String.format(Locale.ROOT, "analysed %,d papers", papers), papers, "papers",
                    "writing " + options.output());
            graph.exportTo(options.output());
            long megabytes = folderBytes(options.output()) / 1_000_000;
            progress.stage(String.format(Locale.ROOT, "wrote %,d MB", megabytes), megabytes, "MB", "done");
            root.err.println(summaryLine(read, graph, options.output()));
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

    /**
     * The line a run ends with, on a terminal and in a pipe alike:
     * {@code read 3 files: 1,581 papers, 5,354 authors, 1 rejected → exports/ (17 files)}, with
     * {@code ; 412 papers, 977 authors after years 2001–2004} before the arrow when filters applied.
     */
    static String summaryLine(ScholarGraph read, ScholarGraph graph, Path output) throws IOException {
        long written;
        try (Stream<Path> files = Files.list(output)) {
            written = files.count();
        }
        String folder = output.toString();
        if (!folder.endsWith(output.getFileSystem().getSeparator())) {
            folder += output.getFileSystem().getSeparator();
        }
        String filtered = graph.filters().isEmpty() ? ""
                : "; " + count(graph.corpus().papers().size(), "paper") + ", "
                        + count(graph.corpus().authors().size(), "author") + " after "
                        + String.join(", ", graph.filters());
        return String.format(Locale.ROOT, "read %s: %s, %s, %,d rejected%s → %s (%s)",
                count(read.filesRead().size(), "file"), count(read.corpus().papers().size(), "paper"),
                count(read.corpus().authors().size(), "author"), read.rejections().size(), filtered, folder,
                count(written, "file"));
    }

    /** Bytes of the files directly in {@code folder}. */
    private static long folderBytes(Path folder) throws IOException {
        long total = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                total += Files.isRegularFile(file) ? Files.size(file) : 0;
            }
        }
        return total;
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private void trace(Throwable e) {
        if (debug) {
            e.printStackTrace(root.err);
        }
    }
}
