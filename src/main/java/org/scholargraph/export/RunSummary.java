package org.scholargraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a run tells {@code summary.json} beyond the analysis itself.
 *
 * @param inputs the input paths as the user gave them, in that order
 * @param stageMillis wall-clock time per stage in milliseconds ({@code read}, {@code resolve},
 *     {@code graphs}, {@code analysis}, …), in the order the stages ran; the only part of the
 *     summary that differs between two runs on the same input
 * @param toolVersion the scholargraph version
 * @param javaVersion the Java runtime version
 * @param filters the filters that cut the corpus before the analysis ({@code years 2001–2004},
 *     {@code min papers 2}), in the order applied; empty when the export covers every input record
 */
public record RunSummary(List<String> inputs, Map<String, Long> stageMillis, String toolVersion, String javaVersion,
        List<String> filters) {

    public RunSummary {
        inputs = List.copyOf(inputs);
        filters = List.copyOf(filters);
        stageMillis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(javaVersion, "javaVersion");
    }

    /** A summary of an unfiltered corpus. */
    public RunSummary(List<String> inputs, Map<String, Long> stageMillis, String toolVersion, String javaVersion) {
        this(inputs, stageMillis, toolVersion, javaVersion, List.of());
    }

    /** A copy with one more stage timed, after the others (or in place of one of the same name). */
    public RunSummary withStage(String stage, long millis) {
        Map<String, Long> stages = new LinkedHashMap<>(stageMillis);
        stages.put(stage, millis);
        return new RunSummary(inputs, stages, toolVersion, javaVersion, filters);
    }

    /** A summary on the running JVM: {@code javaVersion} is its {@code java.version}. */
    public RunSummary(List<String> inputs, Map<String, Long> stageMillis, String toolVersion) {
        this(inputs, stageMillis, toolVersion, System.getProperty("java.version", "unknown"));
    }
}
