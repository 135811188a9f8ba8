package org.scholargraph.ingest.listing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scholargraph.ingest.CollectedRecords;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.UnreadableInputException;

/** Laws that hold for every input: a listing reader fails only with the parse error. */
class ListingReadersPropertyTest {

    private static final List<RecordReader> READERS =
            List.of(new AuthorPageReader(), new AbstractListReader(), new ReadingListReader(), new PaperPageReader());

    @Property
    void readersThrowNothingButTheParseError(@ForAll("listingLikeText") String text) throws IOException {
        for (RecordReader reader : READERS) {
            reader.recognises(text, Path.of("any.txt"));
            try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
                reader.read(Path.of("any.txt"), lines, new CollectedRecords());
            } catch (UnreadableInputException expected) {
                // the one failure a reader may report
            }
        }
    }

    @Property
    void readersThrowNothingButTheParseErrorOnAnyString(@ForAll String text) throws IOException {
        readersThrowNothingButTheParseError(text);
    }

    /** Lines built from the pieces the listing formats are made of, so that the rules are reached. */
    @Provide
    Arbitrary<String> listingLikeText() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("", "Dec 31, 2017", "Feb 30, 2020", "Added by Jane Roe", "Publication date 2019",
                        "Read More", "rate research", "63 0 0.0 ( 0 )", "12 - Jane Roe 2019", "* 9 pages",
                        "Click for Model/Code and Paper", "  \u2022 [ video ]", "suggested questions",
                        "Jane Roe, John Doe", "ROE, Jane, and John DOE.", "\u00a0", "?", ". .", "[", "\"",
                        "arXiv:", "[ arXiv: 1234.56789 ]", "Mei, Montanari, and Nguyen. Title. 2019."),
                Arbitraries.strings().withChars("Aa. ,?[]\"'\u2022-:0123456789()EIn").ofMaxLength(60),
                Arbitraries.strings().ofMaxLength(40));
        return line.list().ofMaxSize(25).map(lines -> String.join("\n", lines));
    }
}
