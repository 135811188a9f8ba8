package org.scholargraph.ingest.semanticscholar;

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
class SemanticScholarReaderPropertiesTest {

    private static final String PAPER = "{\"abstract\":null,\"arxivId\":\"2101.00001\",\"authors\":[{\"authorId\":\"1\",\"name\":\"Ann Author\"}],"
            + "\"citations\":[{\"authors\":[{\"authorId\":\"2\",\"name\":\"Bo Citer\"}],\"paperId\":\"cc\",\"title\":\"Citing\",\"year\":2022}],"
            + "\"doi\":\"10.1/x\",\"fieldsOfStudy\":[\"Physics\"],\"paperId\":\"aa\",\"references\":[{\"authors\":[],\"doi\":null,"
            + "\"paperId\":\"rr\",\"title\":\"Cited\",\"year\":2001}],\"title\":\"Main\",\"topics\":[{\"topic\":\"Graphs\"}],\"venue\":\"V\",\"year\":2021}";
    private static final String PAGE = "{\"total\":2,\"token\":\"t\",\"data\":[\n" + PAPER + ",\n{\"paperId\":\"bb\",\"externalIds\":{\"DOI\":\"10.2/y\"},"
            + "\"title\":\"Second\",\"publicationDate\":\"2020-02-29\",\"s2FieldsOfStudy\":[{\"category\":\"Biology\"}]}]}";

    private final SemanticScholarReader reader = new SemanticScholarReader();

    @Property
    void endsInRecordsRejectionsOrTheParseErrorOnly(@ForAll("damaged") String text) throws IOException {
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
        String lines = PAPER + "\n" + PAPER.replace("\"aa\"", "\"ab\"") + "\n";
        Arbitrary<String> source = Arbitraries.of(PAGE, PAPER, lines);
        Arbitrary<String> cut = source.flatMap(s -> Arbitraries.integers().between(0, s.length()).map(n -> s.substring(0, n)));
        Arbitrary<String> flipped = source.flatMap(s -> Arbitraries.integers().between(0, s.length() - 1)
                .flatMap(at -> Arbitraries.strings().ofMaxLength(4).withChars("{}[]\":,\n0a-\\nul")
                        .map(junk -> s.substring(0, at) + junk + s.substring(at + 1))));
        return Arbitraries.oneOf(cut, flipped, Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withChars("{}[]\":,\n0a").ofMaxLength(40));
    }
}
