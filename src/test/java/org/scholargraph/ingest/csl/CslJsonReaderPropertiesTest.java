package org.scholargraph.ingest.csl;

import org.scholargraph.ingest.CollectedRecords;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scholargraph.ingest.UnreadableInputException;

/** Laws that hold for any input, not only for the samples. */
class CslJsonReaderPropertiesTest {

    private static final String ITEM = "{\"id\":\"i%d\",\"type\":\"article-journal\",\"title\":\"Item <i>%d</i>\","
            + "\"author\":[{\"family\":\"Doe\",\"given\":\"Jane\",\"non-dropping-particle\":\"van\"},{\"literal\":\"Team\"}],"
            + "\"issued\":{\"date-parts\":[[\"2020\",2,29]]},\"container-title\":\"Venue\",\"page\":\"1-2\","
            + "\"DOI\":\"10.1/x\",\"PMID\":\"12\",\"URL\":\"https://arxiv.org/abs/2001.00001v2\",\"note\":\"PMID: 12\","
            + "\"keyword\":\"a, b; c\",\"reference\":[\"Doe (2001)\",{\"DOI\":\"10.1/y\",\"title\":\"Y\"}]}";
    private static final String LIST = "[" + String.format(ITEM, 1, 1) + ",\n" + String.format(ITEM, 2, 2) + "]";

    private final CslJsonReader reader = new CslJsonReader();

    @Property
    void endsInRecordsRejectionsOrTheParseErrorWhateverTheDamage(@ForAll("damaged") String text) throws IOException {
        CollectedRecords sink = new CollectedRecords();
        try {
            reader.read(Path.of("any.json"), new BufferedReader(new StringReader(text)), sink);
        } catch (UnreadableInputException expected) {
            assertTrue(expected.line() >= 0);
        }
        reader.recognises(text, Path.of("any.json"));
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> cut = Arbitraries.integers().between(0, LIST.length()).map(n -> LIST.substring(0, n));
        Arbitrary<String> flipped = Arbitraries.integers().between(0, LIST.length() - 1)
                .flatMap(at -> Arbitraries.chars().all().map(c -> LIST.substring(0, at) + c + LIST.substring(at + 1)));
        Arbitrary<String> spliced = Arbitraries.integers().between(0, LIST.length() - 1)
                .flatMap(at -> Arbitraries.strings().ofMaxLength(6).withChars("{}[]\":,\n0a-\\<>&")
                        .map(junk -> LIST.substring(0, at) + junk + LIST.substring(at + 1)));
        return Arbitraries.oneOf(cut, flipped, spliced, Arbitraries.strings().ofMaxLength(80));
    }
}
