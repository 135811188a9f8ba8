package org.scholargraph.ingest.csl;

import org.scholargraph.ingest.CollectedRecords;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scholargraph.ingest.DamagedText;
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
        return DamagedText.of(LIST, "{}[]\":,\n0a-\\<>&", 6, 80);
    }
}
