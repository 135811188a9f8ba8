package org.scholargraph.ingest.dblp;

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
class DblpReaderPropertiesTest {

    private static final String DOC = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
            + "<!DOCTYPE dblp [\n<!ENTITY uuml \"&#252;\">\n]>\n<dblp>\n"
            + "<article mdate=\"2011-01-11\" key=\"journals/acta/M96\">\n<author>J&uuml;rgen M</author>\n<author>Wei Wang 0001</author>\n"
            + "<title>On <i>trees</i> and H<sub>2</sub>.</title>\n<pages>1-9</pages>\n<year>1996</year>\n<volume>33</volume>\n"
            + "<journal>Acta Inf.</journal>\n<ee>http://dx.doi.org/10.1007/BF03036466</ee>\n<cite>journals/x/Y</cite>\n</article>\n"
            + "<www key=\"homepages/m\"><author>J M</author><title>Home Page</title></www>\n"
            + "<inproceedings key=\"conf/x/A\"><author>A</author><title>T</title><booktitle>B</booktitle><year>20x1</year></inproceedings>\n"
            + "</dblp>\n";

    private final DblpReader reader = new DblpReader();

    @Property
    void endsInRecordsRejectionsOrTheParseErrorOnly(@ForAll("damaged") String text) throws IOException {
        CollectedRecords sink = new CollectedRecords();
        try {
            reader.read(Path.of("no-such-folder/any.xml"), new BufferedReader(new StringReader(text)), sink);
        } catch (UnreadableInputException expected) {
            assertTrue(expected.line() >= 0);
        }
        reader.recognises(text, Path.of("any.xml"));
    }

    @Provide
    Arbitrary<String> damaged() {
        String withDtd = DOC.replace("<!DOCTYPE dblp [\n<!ENTITY uuml \"&#252;\">\n]>", "<!DOCTYPE dblp SYSTEM \"dblp.dtd\">");
        Arbitrary<String> source = Arbitraries.of(DOC, withDtd);
        Arbitrary<String> cut = source.flatMap(s -> Arbitraries.integers().between(0, s.length()).map(n -> s.substring(0, n)));
        Arbitrary<String> flipped = source.flatMap(s -> Arbitraries.integers().between(0, s.length() - 1)
                .flatMap(at -> Arbitraries.strings().ofMaxLength(4).withChars("<>/&;!\"'=x%[]\n")
                        .map(junk -> s.substring(0, at) + junk + s.substring(at + 1))));
        return Arbitraries.oneOf(cut, flipped, Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withChars("<>/&;!\"'=dblp \n").ofMaxLength(60));
    }
}
