package org.scholargraph.cli;

import static org.scholargraph.cli.Outcome.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** Help, version and the line a run ends with, through the command line run in-process. */
class CommandLineTest {

    private static final List<String> SUBCOMMANDS = List.of("run", "count", "formats", "shell", "help");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"run", "count", "formats", "shell"})
    void everySubcommandHasHelpUnderBothNames(String command) {
        for (String flag : List.of("--help", "-h")) {
            Outcome outcome = run(command, flag);

            assertEquals(0, outcome.code(), command + " " + flag + ": " + outcome.err());
            assertTrue(outcome.out().startsWith("Usage: scholargraph " + command), outcome.out());
            assertEquals("", outcome.err());
        }
    }

    @Test
    void helpCommandGivesTheSameTextAsTheHelpOption() {
        for (String command : List.of("run", "count", "formats", "shell")) {
            Outcome viaCommand = run("help", command);
            Outcome viaOption = run(command, "--help");

            assertEquals(0, viaCommand.code(), viaCommand.err());
            assertEquals(viaOption.out(), viaCommand.out());
        }
    }

    @Test
    void usageListsEverySubcommandWithALineSayingWhatItDoes() {
        // given the root's usage, through the help command, its option and with no command at all
        Outcome help = run("help");
        Outcome option = run("--help");
        Outcome bare = run();

        assertEquals(0, help.code());
        assertEquals(help.out(), option.out());
        assertEquals(2, bare.code());
        assertEquals(help.out(), bare.err());
        for (String command : SUBCOMMANDS) {
            Matcher line = Pattern.compile("(?m)^ +" + command + " +(\\S.*)$").matcher(help.out());
            assertTrue(line.find(), command + " not listed in:\n" + help.out());
        }
        assertTrue(help.out().contains("JShell"), help.out());
    }

    @Test
    void runHelpNamesEveryOption() {
        String usage = run("run", "--help").out();
        for (String option : List.of("--output", "--strict", "--threads", "--debug", "--help", "--version")) {
            assertTrue(usage.contains(option), option + " missing from:\n" + usage);
        }
    }

    @Test
    void versionIsThePomsWithTheCommitWhenBuiltFromAClone() throws Exception {
        // given the version the pom declares
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile())
                .getDocumentElement();
        String pomVersion = null;
        for (var child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("version".equals(child.getNodeName())) {
                pomVersion = child.getTextContent().strip();
            }
        }

        // when
        Outcome root = run("--version");
        Outcome sub = run("run", "--version");

        // then: "scholargraph 0.1.0-SNAPSHOT (commit 319a5d5)" from a clone, without the commit otherwise
        assertEquals(0, root.code(), root.err());
        assertEquals(root.out(), sub.out());
        String expected = "scholargraph " + Pattern.quote(pomVersion)
                + (Files.exists(Path.of(".git")) ? " \\(commit [0-9a-f]{7,40}\\)" : "") + "\\R";
        assertTrue(root.out().matches(expected), root.out() + " does not match " + expected);
    }

    @Test
    void summaryJsonCarriesTheVersionThatVersionPrints() throws IOException {
        Path out = temp.resolve("out");

        assertEquals(0, run("run", "-o", out.toString(), "input").code());

        String printed = run("--version").out().strip();
        String written = new ObjectMapper().readTree(out.resolve("summary.json").toFile())
                .path("versions").path("scholargraph").asText();
        assertEquals(printed, "scholargraph " + written);
        assertFalse(written.contains("dev"), written);
    }

    @Test
    void runEndsWithOneLineSayingWhatWasReadAndWhereTheExportsAre() throws IOException {
        // given the sample (27 OpenAlex works and an author page of 3 papers, 2 of them also in the
        // OpenAlex file: 28 papers), read through a pipe, not a terminal
        Path out = temp.resolve("exports");

        // when
        Outcome outcome = run("run", "-o", out.toString(), "input");

        // then the last line of stderr is the summary; authors are counted from the export itself
        assertEquals(0, outcome.code(), outcome.err());
        long authors = Files.readAllLines(out.resolve("authors.csv"), StandardCharsets.UTF_8).size() - 1;
        long files;
        try (var listing = Files.list(out)) {
            files = listing.count();
        }
        assertEquals(org.scholargraph.export.ExportFolder.FILE_NAMES.size(), files);
        List<String> lines = outcome.err().lines().toList();
        assertEquals("read 2 files: 28 papers, " + authors + " authors, 0 rejected → " + out + "/ (" + org.scholargraph.export.ExportFolder.FILE_NAMES.size() + " files)",
                lines.get(lines.size() - 1));
    }

    @Test
    void summaryLineCountsRejectedRecordsAndGroupsThousands() throws IOException {
        // given one OpenAlex work a line, 1,200 good ones (one author each) and one broken line
        StringBuilder works = new StringBuilder();
        for (int i = 1; i <= 1200; i++) {
            works.append("{\"id\":\"https://openalex.org/W").append(i).append("\",\"title\":\"Work number ").append(i)
                    .append("\",\"publication_year\":2020,\"authorships\":[{\"author\":{\"id\":\"https://openalex.org/A")
                    .append(i).append("\",\"display_name\":\"Author ").append(i).append("\"}}]}\n");
            if (i == 600) {
                works.append("{\"id\": \"https://openalex.org/W0\", \"title\": \n");
            }
        }
        Path input = temp.resolve("works.jsonl");
        Files.writeString(input, works, StandardCharsets.UTF_8);
        Path out = temp.resolve("out");

        // when
        Outcome outcome = run("run", "-o", out.toString(), input.toString());

        // then
        assertEquals(0, outcome.code(), outcome.err());
        List<String> lines = outcome.err().lines().toList();
        assertEquals("read 1 file: 1,200 papers, 1,200 authors, 1 rejected → " + out + "/ (" + org.scholargraph.export.ExportFolder.FILE_NAMES.size() + " files)",
                lines.get(lines.size() - 1));
    }

    @Test
    void shellOutsideTheLauncherSaysHowToStartIt() {
        Outcome outcome = run("shell");

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().contains("./scholargraph"), outcome.err());
    }
}
