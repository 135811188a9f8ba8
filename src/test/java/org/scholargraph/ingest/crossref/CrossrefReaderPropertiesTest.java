package org.scholargraph.ingest.crossref;

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
class CrossrefReaderPropertiesTest {

    private static final String WORK = "{\"DOI\":\"10.1/x%d\",\"title\":[\"Work <i>%d</i>\"],\"member\":\"7\","
            + "\"author\":[{\"given\":\"Ann\",\"family\":\"Author\",\"ORCID\":\"http://orcid.org/0000-0002-1825-0097\"},{\"name\":\"Org\"}],"
            + "\"issued\":{\"date-parts\":[[2020,2,29]]},\"container-title\":[\"Venue\"],\"page\":\"1-2\",\"subject\":[\"S\"],"
            + "\"abstract\":\"<jats:title>Abstract</jats:title><jats:p>Text &amp; more</jats:p>\","
            + "\"reference\":[{\"key\":\"a\",\"DOI\":\"10.1/y\"},{\"key\":\"b\",\"unstructured\":\"Doe J (2001) Cited.\"},"
            + "{\"key\":\"c\",\"author\":\"Roe\",\"year\":\"1999\",\"journal-title\":\"J\",\"first-page\":\"5\"}]}";
    private static final String LIST = "{\"status\":\"ok\",\"message-type\":\"work-list\",\"message\":{\"items\":["
            + String.format(WORK, 1, 1) + ",\n" + String.format(WORK, 2, 2) + "]}}";

    private final CrossrefReader reader = new CrossrefReader();

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
