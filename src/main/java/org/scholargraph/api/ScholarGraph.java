package org.scholargraph.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.scholargraph.analysis.AnalysisParameters;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.analysis.CorpusAnalyzer;
import org.scholargraph.export.ExportFolder;
import org.scholargraph.export.RunSummary;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.ingest.Format;
import org.scholargraph.ingest.Ingest;
import org.scholargraph.ingest.IngestResult;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Rejection;

/**
 * The scholarly graph of a set of bibliographic files: the one entry point for JShell, notebooks
 * and the command line.
 *
 * <pre>{@code
 * var sg = ScholarGraph.load(Path.of("input"));
 * sg.analysis().authors();               // one row of measures per author
 * sg.exportTo(Path.of("exports"));       // every file of the export contract
 * }</pre>
 *
 * Instances are immutable; the analysis is computed on first use and kept.
 */
public final class ScholarGraph {

    private final List<Path> inputs;
    private final Corpus corpus;
    private final List<Rejection> rejections;
    private final AnalysisParameters parameters;
    private final Map<String, Long> stageMillis;
    private CorpusAnalysis analysis;

    private ScholarGraph(List<Path> inputs, Corpus corpus, List<Rejection> rejections, AnalysisParameters parameters,
            Map<String, Long> stageMillis) {
        this.inputs = List.copyOf(inputs);
        this.corpus = corpus;
        this.rejections = List.copyOf(rejections);
        this.parameters = parameters;
        this.stageMillis = new LinkedHashMap<>(stageMillis);
    }

    /** Reads files and folders with the default settings: {@code ScholarGraph.load(Path.of("input"))}. */
    public static ScholarGraph load(Path... inputs) throws IOException {
        return loader().load(List.of(inputs));
    }

    /** A loader to set threads, strictness or a warning sink before reading: {@code ScholarGraph.loader().threads(4)}. */
    public static Loader loader() {
        return new Loader(AnalysisParameters.defaults(), false, message -> { });
    }

    /** The formats scholargraph reads, in detection order: {@code ScholarGraph.formats()}. */
    public static List<InputFormat> formats() {
        return java.util.Arrays.stream(Format.values())
                .map(f -> new InputFormat(f.id(), f.description(), f.fields()))
                .toList();
    }

    /** The resolved corpus: {@code sg.corpus().papers().size()}. */
    public Corpus corpus() {
        return corpus;
    }

    /** Records that could not be read, with file, line and reason: {@code sg.rejections()}. */
    public List<Rejection> rejections() {
        return rejections;
    }

    /** The parameters the analysis runs with. */
    public AnalysisParameters parameters() {
        return parameters;
    }

    /** The same corpus analysed with other parameters: {@code sg.withParameters(p)}. */
    public ScholarGraph withParameters(AnalysisParameters other) {
        return new ScholarGraph(inputs, corpus, rejections, other, readingTimes());
    }

    /** Every measure, community and timeline of the corpus, computed once: {@code sg.analysis().authors()}. */
    public synchronized CorpusAnalysis analysis() {
        if (analysis == null) {
            long start = System.nanoTime();
            ScholarlyNetworks networks = ScholarlyNetworks.of(corpus);
            stageMillis.put("graphs", (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            analysis = CorpusAnalyzer.analyse(corpus, networks, parameters);
            stageMillis.put("analysis", (System.nanoTime() - start) / 1_000_000);
        }
        return analysis;
    }

    /** Writes every export file into {@code folder}, all or nothing: {@code sg.exportTo(Path.of("exports"))}. */
    public void exportTo(Path folder) throws IOException {
        CorpusAnalysis result = analysis();
        long start = System.nanoTime();
        Map<String, Long> timings = new LinkedHashMap<>(stageMillis);
        ExportFolder.write(folder, result, rejections,
                new RunSummary(inputs.stream().map(Path::toString).toList(), timings, Version.current(),
                        System.getProperty("java.version")));
        stageMillis.put("export", (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public String toString() {
        return "ScholarGraph[" + corpus.papers().size() + " papers, " + corpus.authors().size() + " authors, "
                + rejections.size() + " rejected records]";
    }

    private Map<String, Long> readingTimes() {
        Map<String, Long> reading = new LinkedHashMap<>();
        stageMillis.forEach((stage, millis) -> {
            if (stage.equals("read") || stage.equals("resolve")) {
                reading.put(stage, millis);
            }
        });
        return reading;
    }

    /** Settings for reading; immutable, each setter returns a copy. */
    public static final class Loader {
        private final AnalysisParameters parameters;
        private final boolean strict;
        private final Consumer<String> warnings;

        private Loader(AnalysisParameters parameters, boolean strict, Consumer<String> warnings) {
            this.parameters = Objects.requireNonNull(parameters);
            this.strict = strict;
            this.warnings = Objects.requireNonNull(warnings);
        }

        /** Reads and analyses on {@code count} threads: {@code loader().threads(1)}. */
        public Loader threads(int count) {
            return new Loader(parameters.withThreads(count), strict, warnings);
        }

        /** Makes the first bad record fatal: {@code loader().strict(true)}. */
        public Loader strict(boolean value) {
            return new Loader(parameters, value, warnings);
        }

        /** Sends each warning (skipped file, rejected record) to {@code sink}: {@code loader().warnings(System.err::println)}. */
        public Loader warnings(Consumer<String> sink) {
            return new Loader(parameters, strict, sink);
        }

        /** Analysis parameters to use: {@code loader().parameters(AnalysisParameters.defaults())}. */
        public Loader parameters(AnalysisParameters value) {
            return new Loader(value, strict, warnings);
        }

        /**
         * Reads and resolves the inputs: {@code loader().load(List.of(Path.of("input")))}.
         *
         * @throws UnreadableInput when an input cannot be read at all (or, when strict, has a bad record)
         */
        public ScholarGraph load(List<Path> inputs) throws IOException {
            Map<String, Long> stageMillis = new LinkedHashMap<>();
            long start = System.nanoTime();
            IngestResult read;
            try {
                read = Ingest.defaults().withThreads(parameters.threads()).withStrict(strict)
                        .withWarnings(warnings).read(new ArrayList<>(inputs));
            } catch (UnreadableInputException e) {
                throw new UnreadableInput(e);
            }
            stageMillis.put("read", (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            Corpus corpus = org.scholargraph.resolve.CorpusResolver.resolve(read.records());
            stageMillis.put("resolve", (System.nanoTime() - start) / 1_000_000);
            return new ScholarGraph(inputs, corpus, read.rejections(), parameters, stageMillis);
        }
    }
}
