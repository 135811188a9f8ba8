package org.scholargraph.ingest.dblp;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.ingest.CollectedRecords;
import org.scholargraph.ingest.InputText;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;

class DblpReaderTest {

    private static final Path FOLDER = Path.of("../shared/data/dblp");
    private static final Path FRAGMENT = FOLDER.resolve("dblp_head_fragment_85articles.xml");
    private static final Path DTD = FOLDER.resolve("dblp.dtd");

    /** A DTD of our own with two character entities, for hand-made files. */
    private static final String SMALL_DTD = "<!ENTITY ouml \"&#246;\">\n<!ENTITY uuml \"&#252;\">\n";

    @TempDir
    Path folder;

    private final DblpReader reader = new DblpReader();

    private static CollectedRecords read(Path file) throws IOException {
        CollectedRecords sink = new CollectedRecords();
        try (BufferedReader text = InputText.of(file).open()) {
            new DblpReader().read(file, text, sink);
        }
        return sink;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, UTF_8);
    }

    private static Path real() {
        Assumptions.assumeTrue(Files.exists(FRAGMENT) && Files.exists(DTD), FRAGMENT + " or its dblp.dtd is absent: this test reads the real sample");
        return FRAGMENT;
    }

    /*
     * Expected numbers, counted independently of this reader, from the project root:
     *   grep -c '<article ' FRAGMENT                      → 85 records
     *   grep -o '<author>' FRAGMENT | wc -l               → 145 authors
     *   grep -c '<year>' FRAGMENT                         → 85 years
     *   awk '/<article/{n++; d[n]=0} /dx.doi.org/{d[n]++} END{c=0; for(i in d) if(d[i]>0) c++; print c}' FRAGMENT
     *                                                     → 79 records with a DOI link (the 5 other ee are springer.de links)
     *   awk '/<article/{a=0} /<author>/{a++} /<\/article>/{print a}' FRAGMENT | sort | uniq -c
     *                                                     → 43 one-author, 28 two-author, 10 three-author, 4 four-author records
     * SOURCES.md independently states records=85 authors=145.
     */
    @Test
    void readsEveryArticleOfTheRealFragment() throws IOException {
        CollectedRecords sink = read(real());

        assertEquals(List.of(), sink.rejections);
        assertEquals(85, sink.records.size());
        assertEquals(145, sink.records.stream().mapToInt(r -> r.authors().size()).sum());
        assertEquals(85, sink.records.stream().filter(r -> r.year().isPresent()).count());
        assertEquals(79, sink.records.stream().filter(r -> r.ids().containsKey(IdScheme.DOI)).count());
        assertEquals(85, sink.records.stream().filter(r -> r.ids().get(IdScheme.DBLP).startsWith("journals/")).count());
        assertEquals(List.of(43L, 28L, 10L, 4L), Stream.of(1, 2, 3, 4)
                .map(n -> sink.records.stream().filter(r -> r.authors().size() == n).count()).collect(Collectors.toList()));
        assertTrue(sink.records.stream().allMatch(r -> r.venue().equals("Acta Inf.")));
    }

    @Test
    void readsTheFirstArticleFieldByField() throws IOException {
        BibRecord first = read(real()).records.get(0);

        assertEquals(4, first.source().line());
        assertEquals("journals/acta/Saxena96", first.ids().get(IdScheme.DBLP));
        assertEquals("10.1007/bf03036466", first.ids().get(IdScheme.DOI));
        assertEquals(List.of(new RecordAuthor("Sanjeev Saxena", Optional.of("dblp:Sanjeev Saxena"))), first.authors());
        assertEquals("Parallel Integer Sorting and Simulation Amongst CRCW Models", first.title());
        assertEquals(OptionalInt.of(1996), first.year());
        assertEquals("33", first.volume());
        assertEquals("607-619", first.pages());
        assertEquals("dblp", first.format());
    }

    @Test
    void resolvesTheDtdsCharacterEntitiesToTheRightLetters() throws IOException {
        BibRecord schoenhage = read(real()).records.stream()
                .filter(r -> r.ids().get(IdScheme.DBLP).equals("journals/acta/Schonhage77")).findFirst().orElseThrow();

        assertEquals("Arnold Schönhage", schoenhage.authors().get(0).name());
        assertEquals("Schnelle Multiplikation von Polynomen über Körpern der Charakteristik 2", schoenhage.title());
    }

    @Test
    void keepsTheTextOfMarkupInsideTitles() throws IOException {
        List<String> titles = read(real()).records.stream().map(BibRecord::title).collect(Collectors.toList());

        assertTrue(titles.contains("Maximum Entropy and the G/G/1/N Queue"), titles.toString());
        assertTrue(titles.contains("A theory of structural stationarity in the pi -Calculus"));
        assertTrue(titles.contains("Efficient controller synthesis for a fragment of MTL0,\u221e"));
        assertTrue(titles.contains("A Note on Multihead Automata and Context-Sensitive Languages")); // no full stop to remove
    }

    @Test
    void theXmlDeclarationsEncodingIsMootForTextAlreadyDecoded() throws IOException {
        // Latin-1 bytes, as DBLP writes its file when it does not use entities: InputText falls back to ISO-8859-1
        String doc = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<dblp>\n<article key=\"journals/x/Mueller01\">"
                + "<author>J\u00fcrgen M\u00fcller</author><title>\u00c9tudes.</title><year>2001</year></article>\n</dblp>\n";
        Path latin1 = Files.write(folder.resolve("latin1.xml"), doc.getBytes(ISO_8859_1));
        // the same text in UTF-8 under the same (now wrong) declaration
        Path utf8 = write("utf8.xml", doc);

        for (Path file : List.of(latin1, utf8)) {
            BibRecord record = read(file).records.get(0);
            assertEquals("Jürgen Müller", record.authors().get(0).name(), file.toString());
            assertEquals("Études", record.title());
        }
    }

    @Test
    void withoutTheDtdBesideItTheRealFileIsUnreadableWithAClearMessage() throws IOException {
        Path alone = Files.copy(real(), folder.resolve("fragment.xml"));

        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> read(alone));

        assertTrue(e.getMessage().contains("dblp.dtd beside fragment.xml"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void readsTheRealFragmentWithItsDtdCopiedElsewhere() throws IOException {
        Path copy = Files.copy(real(), folder.resolve("dblp.xml"));
        Files.copy(DTD, folder.resolve("dblp.dtd"));

        assertEquals(85, read(copy).records.size());
    }

    /** Loads the JDK's XML classes, so that the timed tests time the refusal and not class loading. */
    private void warmUp() throws IOException {
        read(write("warm.xml", "<dblp><article key=\"a/b\"><title>Warm</title></article></dblp>"));
    }

    @Test
    void refusesABillionLaughsDtdInWellUnderASecond() throws IOException {
        warmUp();
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        write("dblp.dtd", dtd.toString());
        Path bomb = write("bomb.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n<dblp>\n"
                + "<article key=\"journals/x/Bomb\"><title>&lol9;</title></article>\n</dblp>\n");

        UnreadableInputException e = assertTimeoutPreemptively(Duration.ofMillis(900),
                () -> assertThrows(UnreadableInputException.class, () -> read(bomb)));

        assertTrue(e.getMessage().contains("billion laughs"), e.getMessage());
    }

    @Test
    void refusesABillionLaughsInTheInternalSubsetAndInDisguise() throws IOException {
        warmUp();
        Path internal = write("internal.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE dblp [\n<!ENTITY a \"aaaaaaaaaa\">\n"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                + "<!ATTLIST dblp x CDATA \"&c;\">\n]>\n<dblp><article key=\"k/a\"><title>&c;</title></article></dblp>\n");
        // &#38; is '&': the declared value is "&b;&b;", a nested reference once character references are decoded
        Path disguised = write("disguised.xml", "<!DOCTYPE dblp [\n<!ENTITY b \"x\">\n<!ENTITY c \"&#38;b;&#38;b;\">\n]>\n"
                + "<dblp><article key=\"k/a\"><title>&c;</title></article></dblp>\n");
        Path longEntity = write("long.xml", "<!DOCTYPE dblp [\n<!ENTITY big \"" + "x".repeat(1000) + "\">\n]>\n"
                + "<dblp><article key=\"k/a\"><title>" + "&big;".repeat(100) + "</title></article></dblp>\n");

        for (Path file : List.of(internal, disguised, longEntity)) {
            UnreadableInputException e = assertTimeoutPreemptively(Duration.ofMillis(900),
                    () -> assertThrows(UnreadableInputException.class, () -> read(file)), file.toString());
            assertTrue(e.getMessage().contains("refused"), e.getMessage());
            assertEquals(file.equals(internal) ? 2 : 1, e.line()); // the line of the DOCTYPE
        }
    }

    @Test
    void readsMoreEntityReferencesThanTheJdksDefaultLimitOf64000() throws IOException {
        write("dblp.dtd", SMALL_DTD);
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n<dblp>\n");
        for (int i = 0; i < 1_000; i++) {
            doc.append("<article key=\"journals/x/K").append(i).append("\"><author>J&uuml;rgen M&uuml;ller</author><title>")
                    .append("&ouml;".repeat(80)).append("</title><year>2000</year></article>\n");
        }
        Path big = write("big.xml", doc.append("</dblp>\n").toString()); // 82,000 entity references

        CollectedRecords sink = read(big);

        assertEquals(1_000, sink.records.size());
        assertEquals("Jürgen Müller", sink.records.get(999).authors().get(0).name());
    }

    @Test
    void neverReadsAnExternalEntity() throws IOException {
        Path xxe = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE dblp [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
                + "<dblp><article key=\"k/a\"><author>A B</author><title>Leak &xxe; here</title></article></dblp>\n");
        Path dtd = write("dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE dblp SYSTEM \"file:///etc/passwd\">\n"
                + "<dblp><article key=\"k/a\"><title>T</title></article></dblp>\n");

        CollectedRecords sink = new CollectedRecords();
        try (BufferedReader text = InputText.of(xxe).open()) {
            reader.read(xxe, text, sink);
        } catch (UnreadableInputException refused) {
            assertFalse(refused.getMessage().contains("root:"));
        }
        sink.records.forEach(r -> assertFalse(r.title().contains("root:"), r.title()));
        sink.rejections.forEach(r -> assertFalse(r.raw().contains("root:"), r.raw()));

        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> read(dtd));
        assertTrue(e.getMessage().contains("refused to read the external resource 'file:///etc/passwd'"), e.getMessage());
    }

    @Test
    void skipsPersonPagesRejectsUnknownElementsAndReadsEveryRecordType() throws IOException {
        Path file = write("types.xml", "<?xml version=\"1.0\"?>\n<dblp>\n"
                + "<www key=\"homepages/x/Doe\"><author>Jane Doe</author><title>Home Page</title></www>\n"
                + "<inproceedings key=\"conf/x/DoeW20\"><author>Jane Doe</author><author>Wei Wang 0001</author>"
                + "<title>A <i>very</i> small paper.</title><booktitle>GD</booktitle><year>2020</year>"
                + "<ee>https://doi.org/10.1000/ABC</ee><ee>https://arxiv.org/abs/2001.00001v2</ee>"
                + "<cite>journals/x/Old99</cite><cite>...</cite><crossref>conf/x/2020</crossref></inproceedings>\n"
                + "<poster key=\"x/y\"><title>Not a type</title></poster>\n"
                + "<phdthesis key=\"phd/x/Doe19\"><author>Jane Doe</author><title>Thesis</title><school>Uni X</school>"
                + "<year>2019</year></phdthesis>\n"
                + "<article key=\"journals/corr/abs-2101-00002\"><author>Ann B</author><title>Preprint.</title>"
                + "<journal>CoRR</journal><volume>abs/2101.00002</volume><ee>https://doi.org/10.48550/arXiv.2101.00002</ee></article>\n"
                + "</dblp>\n");

        CollectedRecords sink = read(file);

        assertEquals(3, sink.records.size());
        BibRecord paper = sink.records.get(0);
        assertEquals("A very small paper", paper.title());
        assertEquals(List.of(new RecordAuthor("Jane Doe", Optional.of("dblp:Jane Doe")),
                new RecordAuthor("Wei Wang", Optional.of("dblp:Wei Wang 0001"))), paper.authors());
        assertEquals("GD", paper.venue());
        assertEquals("10.1000/abc", paper.ids().get(IdScheme.DOI));
        assertEquals("2001.00001", paper.ids().get(IdScheme.ARXIV));
        assertEquals(List.of(Reference.of(IdScheme.DBLP, "journals/x/Old99")), paper.references());
        assertEquals(4, paper.source().line());
        assertEquals("Uni X", sink.records.get(1).venue());
        assertEquals("2101.00002", sink.records.get(2).ids().get(IdScheme.ARXIV));

        assertEquals(1, sink.rejections.size());
        assertEquals(5, sink.rejections.get(0).source().line());
        assertTrue(sink.rejections.get(0).reason().contains("<poster> is not a DBLP record type"));
        assertTrue(sink.rejections.get(0).raw().contains("<title>Not a type</title>"));
    }

    @Test
    void aFileBrokenMidwayIsUnreadableAtItsLineAfterTheRecordsBefore() throws IOException {
        Path file = write("cut.xml", "<dblp>\n<article key=\"a/b\"><title>One</title></article>\n"
                + "<article key=\"a/c\"><title>Two</title>\n</artcle>\n");

        CollectedRecords sink = new CollectedRecords();
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> {
            try (BufferedReader text = InputText.of(file).open()) {
                reader.read(file, text, sink);
            }
        });

        assertEquals(4, e.line());
        assertEquals(1, sink.records.size());
        assertTrue(e.getMessage().contains("1 records before it were read"), e.getMessage());
    }

    @Test
    void anOverlongFieldRejectsItsRecordOnly() throws IOException {
        Path file = write("long.xml", "<dblp>\n<article key=\"a/b\"><title>" + "x".repeat(DblpRecord.FIELD_LIMIT + 10)
                + "</title></article>\n<article key=\"a/c\"><title>Fine</title></article>\n</dblp>\n");

        CollectedRecords sink = read(file);

        assertEquals(1, sink.records.size());
        assertTrue(sink.rejections.get(0).reason().contains("longer than"));
    }

    @Test
    void recognisesDblpAndNothingElse() throws IOException {
        assertTrue(reader.recognises(InputText.of(real()).head(), FRAGMENT));
        assertTrue(reader.recognises("<?xml version=\"1.0\"?>\n<!-- a note -->\n<dblp>\n<article key=\"a\">", Path.of("x.xml")));
        assertFalse(reader.recognises("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", Path.of("x.xml")));
        assertFalse(reader.recognises("@article{dblp, title={<dblp>}}", Path.of("x.bib")));

        List<Path> others;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("../shared/data")), Files.walk(Path.of("../shared/seeds")))) {
            others = files.filter(Files::isRegularFile).filter(f -> !f.startsWith(FOLDER)).collect(Collectors.toList());
        }
        assertTrue(others.size() > 20);
        for (Path file : others) {
            assertFalse(reader.recognises(InputText.of(file).head(), file), file.toString());
        }
    }
}
