package org.scholargraph.ingest.arxiv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scholargraph.ingest.CollectedRecords;
import org.scholargraph.ingest.InputText;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;

class ArxivAtomReaderTest {

    private static final Path FOLDER = Path.of("../shared/data/arxiv");
    private static final Path FEED = FOLDER.resolve("arxivpy_query_all-testing_100entries.atom.xml");
    private static final String HEAD = "<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\""
            + " xmlns:arxiv=\"http://arxiv.org/schemas/atom\" xmlns=\"http://www.w3.org/2005/Atom\">\n";

    private final ArxivAtomReader reader = new ArxivAtomReader();

    private static CollectedRecords read(Path file) throws IOException {
        Assumptions.assumeTrue(Files.exists(file), file + " is absent: this test reads the real sample");
        CollectedRecords sink = new CollectedRecords();
        try (BufferedReader text = InputText.of(file).open()) {
            new ArxivAtomReader().read(file, text, sink);
        }
        return sink;
    }

    private CollectedRecords read(String xml) throws IOException {
        CollectedRecords sink = new CollectedRecords();
        reader.read(Path.of("hand-made.atom"), new BufferedReader(new StringReader(xml)), sink);
        return sink;
    }

    /*
     * Expected numbers, counted independently of this reader with Python's ElementTree, from the project root:
     *   python3 -c 'import xml.etree.ElementTree as ET; ns={"a":"http://www.w3.org/2005/Atom","x":"http://arxiv.org/schemas/atom"};
     *     es=ET.parse("../shared/data/arxiv/arxivpy_query_all-testing_100entries.atom.xml").getroot().findall("a:entry",ns);
     *     print(len(es), sum(len(e.findall("a:author",ns)) for e in es), sum(1 for e in es if e.find("x:doi",ns) is not None),
     *           sum(1 for e in es if e.find("x:journal_ref",ns) is not None),
     *           sum(len(set(c.get("term") for c in e.findall("a:category",ns))) for e in es))'
     *   → 100 366 32 18 173
     * and with grep: grep -c '<entry>' → 100, grep -c '<name>' → 366, grep -c '<arxiv:doi' → 32,
     * grep -c '<arxiv:journal_ref' → 18, grep -c '<category' → 173. SOURCES.md independently states the same.
     */
    @Test
    void readsEveryEntryOfTheRealFeed() throws IOException {
        CollectedRecords sink = read(FEED);

        assertEquals(List.of(), sink.rejections);
        assertEquals(100, sink.records.size());
        assertEquals(366, sink.records.stream().mapToInt(r -> r.authors().size()).sum());
        assertEquals(32, sink.records.stream().filter(r -> r.ids().containsKey(IdScheme.DOI)).count());
        assertEquals(18, sink.records.stream().filter(r -> !r.venue().isEmpty()).count());
        // categories are subject categories, not keywords
        assertEquals(0, sink.records.stream().mapToInt(r -> r.keywords().size()).sum());
        assertEquals(173, sink.records.stream().mapToInt(r -> r.subjectCategories().size()).sum());
        assertEquals(100, sink.records.stream().filter(r -> r.ids().containsKey(IdScheme.ARXIV)).count());
        assertEquals(100, sink.records.stream().filter(r -> r.date().isPresent()).count());
        assertEquals(100, sink.records.stream().filter(r -> !r.abstractText().isEmpty()).count());
    }

    @Test
    void readsTheFirstEntryFieldByField() throws IOException {
        BibRecord first = read(FEED).records.get(0);

        assertEquals(10, first.source().line());
        assertEquals("2202.12139", first.ids().get(IdScheme.ARXIV));
        assertEquals("Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques", first.title());
        assertEquals(List.of("Mohit Kumar Ahuja", "Arnaud Gotlieb", "Helge Spieker"),
                first.authors().stream().map(RecordAuthor::name).collect(Collectors.toList()));
        assertEquals(Optional.of(LocalDate.of(2022, 2, 24)), first.date());
        assertEquals(OptionalInt.of(2022), first.year());
        assertEquals("10.1109/icstw55395.2022.00035", first.ids().get(IdScheme.DOI));
        assertTrue(first.venue().startsWith("Artificial Intelligence in Software Testing @ 2022 IEEE"));
        assertEquals(List.of("cs.SE", "cs.LG"), first.subjectCategories());
        assertTrue(first.abstractText().startsWith("Deep Learning (DL) has revolutionized"));
        assertEquals("arxiv", first.format());
    }

    @Test
    void readsAnOldStyleIdentifier() throws IOException {
        BibRecord anarchy = read(FEED).records.stream().filter(r -> "hep-ph/0301050".equals(r.ids().get(IdScheme.ARXIV)))
                .findFirst().orElseThrow();

        assertEquals("Statistical Test of Anarchy", anarchy.title());
        assertEquals(OptionalInt.of(2003), anarchy.year());
        assertEquals("Phys.Lett.B573:94-100,2003", anarchy.venue());
        assertEquals("10.1016/j.physletb.2003.08.045", anarchy.ids().get(IdScheme.DOI));
        assertEquals(List.of("hep-ph"), anarchy.subjectCategories());
        assertEquals(List.of("Andre de Gouvea", "Hitoshi Murayama"),
                anarchy.authors().stream().map(RecordAuthor::name).collect(Collectors.toList()));
    }

    @Test
    void collapsesWrappedTitlesAndTakesTheDoiLinkWhenThereIsNoArxivDoi() throws IOException {
        String feed = HEAD + "<opensearch:totalResults>1</opensearch:totalResults>\n<entry>\n<id>http://arxiv.org/abs/math/0211159v1</id>\n"
                + "<title>The entropy formula for the Ricci flow\n  and its geometric applications</title>\n"
                + "<published>2002-11-11T16:11:49Z</published>\n<summary>  We present a\n   monotonic expression. </summary>\n"
                + "<author><name>Grisha Perelman</name><arxiv:affiliation>Steklov</arxiv:affiliation></author>\n"
                + "<link title=\"doi\" href=\"https://doi.org/10.1000/Ricci\" rel=\"related\"/>\n"
                + "<category term=\"math.DG\"/><arxiv:primary_category term=\"math.DG\"/><category term=\"math.DG\"/>\n"
                + "</entry>\n</feed>\n";

        CollectedRecords sink = read(feed);

        BibRecord entry = sink.records.get(0);
        assertEquals("The entropy formula for the Ricci flow and its geometric applications", entry.title());
        assertEquals("We present a monotonic expression.", entry.abstractText());
        assertEquals("math/0211159", entry.ids().get(IdScheme.ARXIV));
        assertEquals("10.1000/ricci", entry.ids().get(IdScheme.DOI));
        assertEquals(List.of(RecordAuthor.named("Grisha Perelman")), entry.authors());
        assertEquals(List.of("math.DG"), entry.subjectCategories());
        assertEquals(4, entry.source().line());
    }

    @Test
    void rejectsTheApisErrorEntry() throws IOException {
        String feed = HEAD + "<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id><title>Error</title>"
                + "<summary>incorrect id format for 1234.12345</summary><updated>2024-01-01T00:00:00-05:00</updated>"
                + "<author><name>arXiv api core</name></author></entry>\n</feed>\n";

        CollectedRecords sink = read(feed);

        assertEquals(0, sink.records.size());
        assertEquals("arXiv API error: incorrect id format for 1234.12345", sink.rejections.get(0).reason());
    }

    @Test
    void neverReadsAnExternalEntity() throws IOException {
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
                + HEAD.substring(HEAD.indexOf('\n') + 1) + "<entry><id>http://arxiv.org/abs/2101.00001v1</id><title>Leak &xxe;</title></entry>\n</feed>\n";
        CollectedRecords sink = new CollectedRecords();

        try {
            reader.read(Path.of("xxe.atom"), new BufferedReader(new StringReader(feed)), sink);
        } catch (UnreadableInputException refused) {
            assertFalse(refused.getMessage().contains("root:"));
        }

        sink.records.forEach(r -> assertFalse(r.title().contains("root:"), r.title()));
        sink.rejections.forEach(r -> assertFalse(r.raw().contains("root:"), r.raw()));
    }

    @Test
    void aFeedCutInHalfIsUnreadableAfterTheWholeEntries() {
        String feed = HEAD + "<entry><id>http://arxiv.org/abs/2101.00001v1</id><title>One</title></entry>\n"
                + "<entry><id>http://arxiv.org/abs/2101.00002v1</id>\n<title>Tw";
        CollectedRecords sink = new CollectedRecords();

        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> reader.read(Path.of("cut.atom"), new BufferedReader(new StringReader(feed)), sink));

        assertEquals(1, sink.records.size());
        assertEquals(5, e.line()); // the feed ends inside the title on line 5
    }

    @Test
    void aDocumentThatIsNotAFeedIsUnreadable() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> read("<?xml version=\"1.0\"?>\n<dblp><article key=\"a\"/></dblp>"));
        assertTrue(e.getMessage().contains("not an Atom feed"), e.getMessage());
    }

    @Test
    void recognisesTheArxivFeedAndNothingElse() throws IOException {
        Assumptions.assumeTrue(Files.exists(FEED), FEED + " is absent: this test reads the real sample");
        assertTrue(reader.recognises(InputText.of(FEED).head(), FEED));
        assertFalse(reader.recognises("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A blog</title>", Path.of("blog.atom")));

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
