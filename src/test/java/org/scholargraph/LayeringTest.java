package org.scholargraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Data flows one way through the stages: each package imports only the stages upstream of it. */
class LayeringTest {

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of(),
            "ingest", Set.of("model"),
            "resolve", Set.of("model"),
            "graph", Set.of("model"),
            "analysis", Set.of("graph", "model"),
            "export", Set.of("analysis", "graph", "model"),
            "api", Set.of("model", "ingest", "resolve", "graph", "analysis", "export"),
            "cli", Set.of("api"));

    private static final Pattern PACKAGE = Pattern.compile("^package org\\.scholargraph\\.([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.scholargraph\\.([\\w.]+)\\.[\\w*]+;",
            Pattern.MULTILINE);

    @Test
    void everyStageImportsOnlyUpstreamStages() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> sources = sources();
        assertFalse(sources.isEmpty(), "no sources found under src/main/java");
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
                continue;
            }
            String ownPackage = pkg.group(1);
            String stage = ownPackage.split("\\.")[0];
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                String imported = imports.group(1);
                String importedStage = imported.split("\\.")[0];
                boolean sameStage = importedStage.equals(stage);
                if (sameStage && !subPackagesIndependent(ownPackage, imported)) {
                    violations.add(source.getFileName() + " (" + ownPackage + ") imports sibling format package " + imported);
                } else if (!sameStage && !ALLOWED.getOrDefault(stage, Set.of()).contains(importedStage)) {
                    violations.add(source.getFileName() + " (" + stage + ") imports " + imported);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** Format readers live in sub-packages of ingest that must not use each other. */
    private static boolean subPackagesIndependent(String own, String imported) {
        String[] a = own.split("\\.");
        String[] b = imported.split("\\.");
        return a.length < 2 || b.length < 2 || a[1].equals(b[1]) || !a[0].equals("ingest");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
