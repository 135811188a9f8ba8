package org.scholargraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's two commands, the launcher and CI agree on how the project is built and tested. */
class BuildCommandsTest {

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    }

    private static String readmeCommandAfter(String comment) throws IOException {
        List<String> readme = lines("README.md");
        int at = readme.indexOf(comment);
        assertTrue(at >= 0, "README has no line \"" + comment + "\"");
        return readme.get(at + 1);
    }

    @Test
    void ciRunsExactlyTheReadmesTestCommandThroughTheWrapper() throws IOException {
        String test = readmeCommandAfter("# the test suite");
        List<String> ci = lines(".ci/run").stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();

        assertEquals("./mvnw -B test", test);
        assertEquals(test, ci.get(ci.size() - 1));
    }

    @Test
    void theLauncherBuildsWithTheWrapperQuietlyAndWithoutColour() throws IOException {
        assertEquals("./scholargraph run", readmeCommandAfter("# the main job: reads input/, writes exports/ (builds the jar on first use)"));
        String build = lines("scholargraph").stream().filter(l -> l.contains(" package")).findFirst().orElseThrow();

        assertTrue(build.contains("./mvnw -q -B -Dstyle.color=never"), build);
        assertTrue(Files.isExecutable(Path.of("mvnw")), "mvnw is not executable");
        assertTrue(lines(".mvn/wrapper/maven-wrapper.properties").stream()
                .anyMatch(l -> l.startsWith("distributionUrl=https://repo.maven.apache.org/maven2/")));
    }
}
