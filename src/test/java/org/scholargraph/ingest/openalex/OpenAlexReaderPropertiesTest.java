package org.scholargraph.ingest.openalex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.IdScheme;

/** Laws that hold for any input, not only for the samples. */
class OpenAlexReaderPropertiesTest {

    private static final String WORK = "{\"id\":\"https://openalex.org/W%d\",\"doi\":\"https://doi.org/10.1/x%d\","
            + "\"title\":\"Work %d\",\"publication_year\":2020,\"publication_date\":\"2020-02-29\","
            + "\"primary_location\":{\"source\":{\"display_name\":\"Venue\"},\"landing_page_url\":\"https://arxiv.org/abs/2001.00001v3\"},"
            + "\"authorships\":[{\"author\":{\"id\":\"https://openalex.org/A%d\",\"display_name\":\"Ann Author\"}}],"
            + "\"referenced_works\":[\"https://openalex.org/W1\"],"
            + "\"abstract_inverted_index\":{\"An\":[0],\"abstract.\":[1]},"
            + "\"keywords\":[{\"display_name\":\"Graphs\"}]}";

    private final OpenAlexReader reader = new OpenAlexReader();

    @Property
    void neverThrowsAnythingButTheParseError(@ForAll("damagedWorks") String text) throws IOException {
        OpenAlexReaderTest.Collected sink = new OpenAlexReaderTest.Collected();
        try {
            reader.read(Path.of("any.json"), new BufferedReader(new StringReader(text)), sink);
        } catch (UnreadableInputException expected) {
            assertTrue(expected.line() >= 0);
        }
        reader.recognises(text, Path.of("any.json"));
    }

    @Property
    void accountsForEveryLineOfJsonLinesWhateverIsBroken(@ForAll @IntRange(min = 1, max = 12) int works,
            @ForAll("damage") List<Integer> cuts) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= works; i++) {
            lines.add(String.format(WORK, i, i, i, i));
        }
        int broken = 0;
        for (int cut : cuts) {
            int at = cut % works;
            String line = lines.get(at);
            if (line.endsWith("}")) {
                lines.set(at, line.substring(0, Math.max(2, line.length() / 2))); // still starts with '{'
                broken++;
            }
        }
        OpenAlexReaderTest.Collected sink = new OpenAlexReaderTest.Collected();
        BufferedReader text = new BufferedReader(new StringReader(String.join("\n", lines)));
        boolean firstTwoBroken = !lines.get(0).endsWith("}") && (works == 1 || !lines.get(1).endsWith("}"));

        if (firstTwoBroken) {
            // documented limit: without one whole line among the first two, the file reads as one broken document
            UnreadableInputException e = assertThrows(UnreadableInputException.class,
                    () -> reader.read(Path.of("works.jsonl"), text, sink));
            assertEquals(1, e.line());
            return;
        }
        reader.read(Path.of("works.jsonl"), text, sink);

        // every line is a record or a rejection, each at its own line
        assertEquals(works - broken, sink.records.size());
        assertEquals(broken, sink.rejections.size());
        List<Long> seen = new ArrayList<>();
        sink.records.forEach(r -> seen.add(r.source().line()));
        sink.rejections.forEach(r -> seen.add(r.source().line()));
        assertEquals(LongStream.rangeClosed(1, works).boxed().collect(Collectors.toList()),
                seen.stream().sorted().collect(Collectors.toList()));
        sink.records.forEach(r -> assertEquals("2001.00001", r.ids().get(IdScheme.ARXIV)));
    }

    @Provide
    Arbitrary<String> damagedWorks() {
        String page = "{\"meta\":{\"count\":2},\"results\":[" + String.format(WORK, 1, 1, 1, 1) + ",\n"
                + String.format(WORK, 2, 2, 2, 2) + "]}";
        Arbitrary<String> cut = Arbitraries.integers().between(0, page.length()).map(n -> page.substring(0, n));
        Arbitrary<String> spliced = Arbitraries.integers().between(0, page.length() - 1)
                .flatMap(at -> Arbitraries.strings().ofMaxLength(6).withChars("{}[]\":,\n0a-\\")
                        .map(junk -> page.substring(0, at) + junk + page.substring(at + 1)));
        return Arbitraries.oneOf(cut, spliced, Arbitraries.strings().ofMaxLength(80));
    }

    @Provide
    Arbitrary<List<Integer>> damage() {
        return Arbitraries.integers().between(0, 100).list().ofMaxSize(4);
    }
}
