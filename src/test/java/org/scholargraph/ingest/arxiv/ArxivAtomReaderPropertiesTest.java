package org.scholargraph.ingest.arxiv;

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
import org.scholargraph.ingest.CollectedRecords;
import org.scholargraph.ingest.UnreadableInputException;

/** Laws that hold for any input, not only for the samples. */
class ArxivAtomReaderPropertiesTest {

    private static final String FEED = "<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\""
            + " xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">\n"
            + "<opensearch:totalResults>2</opensearch:totalResults>\n"
            + "<entry>\n<id>http://arxiv.org/abs/2202.12139v1</id>\n<title>Testing &amp; models</title>\n"
            + "<summary>An abstract.</summary>\n<category term=\"cs.SE\"/>\n<published>2022-02-24T15:05:19Z</published>\n"
            + "<arxiv:journal_ref>J. Test 1 (2022)</arxiv:journal_ref>\n<author>\n<name>Ann Author</name>\n</author>\n"
            + "<arxiv:doi>10.1109/X.2022.1</arxiv:doi>\n<link rel=\"related\" href=\"https://doi.org/10.1109/X.2022.1\" title=\"doi\"/>\n</entry>\n"
            + "<entry><id>http://arxiv.org/abs/hep-th/9901001v2</id><title>Old</title><published>1999-01-01T00:00:00Z</published></entry>\n"
            + "</feed>\n";

    private final ArxivAtomReader reader = new ArxivAtomReader();

    @Property
    void endsInRecordsRejectionsOrTheParseErrorOnly(@ForAll("damaged") String text) throws IOException {
        CollectedRecords sink = new CollectedRecords();
        try {
            reader.read(Path.of("any.atom"), new BufferedReader(new StringReader(text)), sink);
        } catch (UnreadableInputException expected) {
            assertTrue(expected.line() >= 0);
        }
        reader.recognises(text, Path.of("any.atom"));
    }

    @Provide
    Arbitrary<String> damaged() {
        Arbitrary<String> cut = Arbitraries.integers().between(0, FEED.length()).map(n -> FEED.substring(0, n));
        Arbitrary<String> flipped = Arbitraries.integers().between(0, FEED.length() - 1)
                .flatMap(at -> Arbitraries.strings().ofMaxLength(4).withChars("<>/&;!\"'=x:[]\n")
                        .map(junk -> FEED.substring(0, at) + junk + FEED.substring(at + 1)));
        return Arbitraries.oneOf(cut, flipped, Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withChars("<>/&;!\"'=feed \n").ofMaxLength(60));
    }
}
