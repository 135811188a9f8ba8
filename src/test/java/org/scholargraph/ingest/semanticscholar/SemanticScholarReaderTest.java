package org.scholargraph.ingest.semanticscholar;

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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholargraph.ingest.CollectedRecords;
import org.scholargraph.ingest.InputText;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;

class SemanticScholarReaderTest {

    private static final Path FOLDER = Path.of("../shared/data/semanticscholar");
    private static final Path LITSTUDY = FOLDER.resolve("s2_v1_paper_53cd64fa35bdb93fee9792cf3fc88a2907ad1de2.json");
    private static final Path BULK = FOLDER.resolve("peneira_s2_graph_paper_search_bulk.json");
    private static final Path SEARCH = FOLDER.resolve("s2_graph_v1_search_litstudy.json");

    private final SemanticScholarReader reader = new SemanticScholarReader();

    static CollectedRecords read(Path file) throws IOException {
        Assumptions.assumeTrue(Files.exists(file), file + " is absent: this test reads the real sample");
        CollectedRecords sink = new CollectedRecords();
        try (BufferedReader text = InputText.of(file).open()) {
            new SemanticScholarReader().read(file, text, sink);
        }
        return sink;
    }

    static CollectedRecords read(String json) throws IOException {
        CollectedRecords sink = new CollectedRecords();
        new SemanticScholarReader().read(Path.of("hand-made.json"), new BufferedReader(new StringReader(json)), sink);
        return sink;
    }

    /*
     * Expected numbers, counted independently of this reader with Python over each file, from the project root:
     *   python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); allp=[d]+d["references"]+d["citations"];
     *     kw={t["topic"].lower() for t in d["topics"]};
     *     fs={k.lower() for k in d["fieldsOfStudy"]+[x["category"] for x in d["s2FieldsOfStudy"]]};
     *     print(len(allp), len(d["references"]), sum(len(p["authors"]) for p in allp),
     *           sum(1 for p in allp for a in p["authors"] if not a.get("authorId")), len(kw), len(fs),
     *           sum(1 for p in allp if p.get("year")), sum(1 for p in allp if p.get("doi")),
     *           sum(1 for p in allp if p.get("arxivId")))' FILE
     * Every reference and citation has a paperId and a title, and every author a name, so none is
     * skipped. SOURCES.md independently states the references and citations counts per file.
     */
    @ParameterizedTest
    @CsvSource({
        // file, records (1 + references + citations), main paper's references, authors, authors without id, main keywords (topics), main subject categories (fields of study), years, DOIs, arXiv ids
        "s2_v1_paper_cd4ac4fb9701f518a3b35ce1693c12a13e58f4b3.json, 323, 301, 1869, 8, 0, 1, 323, 308, 127",
        "s2_v1_paper_b4b29fdf319a91e400e16361b5f004e709d0ff32.json, 81, 20, 542, 1, 0, 1, 81, 69, 35",
        "s2_v1_paper_arXiv_3A1705.10311.json, 70, 63, 295, 2, 23, 2, 69, 69, 5",
        "s2_v1_paper_ACL_3AW12_3903.json, 28, 24, 74, 0, 5, 1, 28, 14, 0",
        "s2_v1_paper_53cd64fa35bdb93fee9792cf3fc88a2907ad1de2.json, 22, 20, 99, 0, 0, 2, 22, 21, 2",
        "s2_v1_paper_10.1109_2FMCSE.2018.2884139.json, 3, 0, 6, 0, 10, 2, 3, 3, 0",
        "s2_v1_paper_PMID_3A19872477.json, 1, 0, 1, 0, 14, 2, 1, 0, 0",
    })
    void readsEveryV1PaperWithItsReferencedAndCitingPapers(String name, int records, int references, int authors,
            int authorsWithoutId, int keywords, int fieldsOfStudy, int years, int dois, int arxivIds) throws IOException {
        CollectedRecords sink = read(FOLDER.resolve(name));

        assertEquals(List.of(), sink.rejections);
        assertEquals(records, sink.records.size());
        BibRecord main = sink.records.get(0);
        assertEquals(references, main.references().size());
        assertEquals(keywords, main.keywords().size());
        assertEquals(fieldsOfStudy, main.subjectCategories().size());
        List<RecordAuthor> all = sink.records.stream().flatMap(r -> r.authors().stream()).collect(Collectors.toList());
        assertEquals(authors, all.size());
        assertEquals(authorsWithoutId, all.stream().filter(a -> a.sourceId().isEmpty()).count());
        assertTrue(all.stream().allMatch(a -> a.sourceId().map(id -> id.matches("s2:\\d+")).orElse(true)));
        assertEquals(years, sink.records.stream().filter(r -> r.year().isPresent()).count());
        assertEquals(dois, sink.records.stream().filter(r -> r.ids().containsKey(IdScheme.DOI)).count());
        assertEquals(arxivIds, sink.records.stream().filter(r -> r.ids().containsKey(IdScheme.ARXIV)).count());
        assertTrue(sink.records.stream().allMatch(r -> r.ids().containsKey(IdScheme.SEMANTIC_SCHOLAR)));
        assertTrue(sink.records.stream().allMatch(r -> r.format().equals("semantic-scholar")));
    }

    @Test
    void readsTheLitstudyPaperFieldByField() throws IOException {
        CollectedRecords sink = read(LITSTUDY);

        BibRecord main = sink.records.get(0);
        assertEquals("litstudy: A Python package for literature reviews", main.title());
        assertEquals(OptionalInt.of(2022), main.year());
        assertEquals("SoftwareX", main.venue());
        assertEquals("10.2139/ssrn.4079400", main.ids().get(IdScheme.DOI));
        assertEquals("53cd64fa35bdb93fee9792cf3fc88a2907ad1de2", main.ids().get(IdScheme.SEMANTIC_SCHOLAR));
        assertEquals(7, main.authors().size());
        assertEquals(new RecordAuthor("Stijn Heldens", Optional.of("s2:2680881")), main.authors().get(0));
        assertEquals("R. V. Nieuwpoort", main.authors().get(6).name());
        assertEquals(List.of(), main.keywords(), "no topics; fields of study are no topics");
        assertEquals(List.of("Computer Science", "Business"), main.subjectCategories());
        assertEquals("", main.abstractText()); // "abstract": null

        Reference first = main.references().get(0);
        assertEquals("181f81625a0ff0654757902cf264bbf1ef204325", first.ids().get(IdScheme.SEMANTIC_SCHOLAR));
        assertEquals("10.1145/3459930.3469501", first.ids().get(IdScheme.DOI));
        assertEquals("PubTrends: a scientific literature explorer", first.text());
    }

    @Test
    void citationEdgesArisePointingBothWays() throws IOException {
        CollectedRecords sink = read(LITSTUDY);
        BibRecord main = sink.records.get(0);

        // each referenced paper is a record whose S2 id the main paper's references carry
        Set<String> cited = main.references().stream().map(r -> r.ids().get(IdScheme.SEMANTIC_SCHOLAR)).collect(Collectors.toSet());
        List<BibRecord> referenced = sink.records.subList(1, 21);
        assertEquals(cited, referenced.stream().map(r -> r.ids().get(IdScheme.SEMANTIC_SCHOLAR)).collect(Collectors.toSet()));
        BibRecord pubTrends = referenced.get(0);
        assertEquals("PubTrends: a scientific literature explorer", pubTrends.title());
        assertEquals(List.of("Oleg Shpynov", "Nikolai Kapralov"),
                pubTrends.authors().stream().map(RecordAuthor::name).collect(Collectors.toList()));
        assertEquals(OptionalInt.of(2021), pubTrends.year());
        assertEquals("BCB", pubTrends.venue());

        // the citing paper cites the main paper back
        BibRecord citing = sink.records.get(21);
        assertEquals("5fcf1a995489efdd848d9f713b65fc39d08800d1", citing.ids().get(IdScheme.SEMANTIC_SCHOLAR));
        assertEquals(OptionalInt.of(2023), citing.year());
        assertEquals(1, citing.references().size());
        Reference back = citing.references().get(0);
        assertEquals("53cd64fa35bdb93fee9792cf3fc88a2907ad1de2", back.ids().get(IdScheme.SEMANTIC_SCHOLAR));
        assertEquals("10.2139/ssrn.4079400", back.ids().get(IdScheme.DOI));
        assertEquals("litstudy: A Python package for literature reviews", back.text());
    }

    @Test
    void readsABulkSearchPageOfTheGraphApi() throws IOException {
        // python3: d=json.load(open(BULK)); len(d["data"]) → 1; its fields as asserted below
        CollectedRecords sink = read(BULK);

        assertEquals(List.of(), sink.rejections);
        assertEquals(1, sink.records.size());
        BibRecord paper = sink.records.get(0);
        assertEquals("Construction of the Literature Graph in Semantic Scholar", paper.title());
        assertEquals(List.of(new RecordAuthor("Oren Etzioni", Optional.of("s2:1741101"))), paper.authors());
        assertEquals(OptionalInt.of(2018), paper.year());
        assertEquals(Optional.of(LocalDate.of(2015, 1, 17)), paper.date());
        assertEquals("International Conference on Software Engineering", paper.venue());
        assertEquals("176", paper.volume());
        assertEquals("255-271", paper.pages());
        assertEquals(List.of(), paper.keywords());
        assertEquals(List.of("Computer Science", "Mathematics"), paper.subjectCategories());
        assertTrue(paper.abstractText().startsWith("We describe a deployed scalable system"));
        // the sample's externalIds are the documentation's "..." placeholders: not valid ids, dropped
        assertEquals(Map.of(IdScheme.SEMANTIC_SCHOLAR, "649def34f8be52c8b66281af98ae884c09aef38b"), paper.ids());
    }

    @Test
    void readsAGraphSearchPageWithTitlesOnly() throws IOException {
        CollectedRecords sink = read(SEARCH);

        assertEquals(1, sink.records.size());
        assertEquals("litstudy: A Python package for literature reviews", sink.records.get(0).title());
        assertEquals("53cd64fa35bdb93fee9792cf3fc88a2907ad1de2", sink.records.get(0).ids().get(IdScheme.SEMANTIC_SCHOLAR));
        assertTrue(sink.records.get(0).authors().isEmpty());
    }

    @Test
    void readsGraphApiIdsAndFallsBackToTheCorpusId() throws IOException {
        String json = "{\"total\":2,\"offset\":0,\"next\":2,\"data\":[\n"
                + "{\"paperId\":\"0123456789abcdef0123456789abcdef01234567\",\"externalIds\":{\"DOI\":\"10.1000/Graph.1\","
                + "\"ArXiv\":\"2101.00001\",\"PubMed\":\"12345\",\"DBLP\":\"journals/x/Doe21\",\"CorpusId\":42},"
                + "\"title\":\" A  graph\\n paper \",\"year\":2021,\"authors\":[{\"authorId\":null,\"name\":\"Jane Doe\"},{\"name\":\"  \"}],"
                + "\"journal\":{\"name\":\"Journal of Graphs\",\"volume\":\"3\",\"pages\":\"1-9\"}},\n"
                + "{\"paperId\":null,\"externalIds\":{\"CorpusId\":77},\"title\":\"Only a corpus id\"}]}";

        CollectedRecords sink = read(json);

        assertEquals(2, sink.records.size());
        BibRecord first = sink.records.get(0);
        assertEquals("A graph paper", first.title());
        assertEquals(Map.of(IdScheme.SEMANTIC_SCHOLAR, "0123456789abcdef0123456789abcdef01234567", IdScheme.DOI,
                "10.1000/graph.1", IdScheme.ARXIV, "2101.00001", IdScheme.PMID, "12345", IdScheme.DBLP, "journals/x/Doe21"),
                first.ids());
        assertEquals(List.of(RecordAuthor.named("Jane Doe")), first.authors());
        assertEquals("Journal of Graphs", first.venue());
        assertEquals(2, first.source().line());
        assertEquals("CorpusId:77", sink.records.get(1).ids().get(IdScheme.SEMANTIC_SCHOLAR));
        assertEquals(3, sink.records.get(1).source().line());
    }

    @Test
    void unwrapsCitingAndCitedPapersOfACitationsPage() throws IOException {
        String json = "{\"offset\":0,\"data\":[{\"contexts\":[],\"citingPaper\":{\"paperId\":\"aa\",\"title\":\"Citing one\"}},"
                + "{\"citedPaper\":{\"paperId\":\"bb\",\"title\":\"Cited one\"}}]}";

        CollectedRecords sink = read(json);

        assertEquals(List.of("Citing one", "Cited one"),
                sink.records.stream().map(BibRecord::title).collect(Collectors.toList()));
    }

    @Test
    void rejectsWhatIsNotAPaperAndGoesOn() throws IOException {
        // a batch response: papers, and null where an id was not found
        CollectedRecords batch = read("[{\"paperId\":\"aa\",\"title\":\"Found\"}, null, 7, {\"paperId\":null}]");
        assertEquals(1, batch.records.size());
        assertEquals(3, batch.rejections.size());
        assertTrue(batch.rejections.get(0).reason().contains("null"));
        assertTrue(batch.rejections.get(2).reason().contains("needs a title"));

        CollectedRecords error = read("{\"error\":\"Paper with id nope not found\"}");
        assertEquals(0, error.records.size());
        assertEquals("Semantic Scholar API error: Paper with id nope not found", error.rejections.get(0).reason());
    }

    @Test
    void aReferenceWithoutIdsOrTitleIsRejectedButThePaperKept() throws IOException {
        CollectedRecords sink = read("{\"paperId\":\"aa\",\"title\":\"Main\",\"references\":[{\"paperId\":null,\"title\":null,"
                + "\"authors\":[]},{\"paperId\":null,\"title\":\"Known by title\"}],\"citations\":[]}");

        assertEquals(List.of("Main", "Known by title"), sink.records.stream().map(BibRecord::title).collect(Collectors.toList()));
        assertEquals(List.of(new Reference(Map.of(), "Known by title")), sink.records.get(0).references());
        assertEquals(1, sink.rejections.size());
        assertTrue(sink.rejections.get(0).reason().contains("a referenced paper"));
    }

    @Test
    void readsJsonLinesAndRejectsOnlyTheBrokenLine() throws IOException {
        String lines = "{\"paperId\":\"aa\",\"title\":\"One\"}\n{\"paperId\":\"bb\",\"title\":\"Tw\n\n{\"paperId\":\"cc\",\"title\":\"Three\"}\n";

        CollectedRecords sink = read(lines);

        assertEquals(List.of("One", "Three"), sink.records.stream().map(BibRecord::title).collect(Collectors.toList()));
        assertEquals(List.of(1L, 4L), sink.records.stream().map(r -> r.source().line()).collect(Collectors.toList()));
        assertEquals(1, sink.rejections.size());
        assertEquals(2, sink.rejections.get(0).source().line());
        assertEquals("{\"paperId\":\"bb\",\"title\":\"Tw", sink.rejections.get(0).raw());
    }

    @Test
    void aDocumentCutInHalfIsUnreadableAtTheLineOfTheBreakAfterTheWholePapers() throws IOException {
        String page = "{\"total\":2,\"data\":[\n{\"paperId\":\"aa\",\"title\":\"One\"},\n{\"paperId\":\"bb\",\"ti";
        CollectedRecords sink = new CollectedRecords();

        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> reader.read(Path.of("cut.json"),
                new BufferedReader(new StringReader(page)), sink));

        assertEquals(3, e.line());
        assertEquals(1, sink.records.size());
    }

    @Test
    void recognisesEverySemanticScholarSample() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(FOLDER), FOLDER + " is absent: this test reads the real samples");
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> all = files.collect(Collectors.toList());
            assertEquals(9, all.size());
            for (Path file : all) {
                assertTrue(reader.recognises(InputText.of(file).head(), file), file.toString());
            }
        }
    }

    @Test
    void recognisesNoOtherFormatsSample() throws IOException {
        Path data = Path.of("../shared/data");
        Assumptions.assumeTrue(Files.isDirectory(data), data + " is absent: this test reads the real samples");
        List<Path> others;
        try (Stream<Path> files = Stream.concat(Files.walk(data), Files.walk(Path.of("../shared/seeds")))) {
            others = files.filter(Files::isRegularFile).filter(f -> !f.startsWith(FOLDER)).collect(Collectors.toList());
        }
        assertTrue(others.size() > 20);
        for (Path file : others) {
            assertFalse(reader.recognises(InputText.of(file).head(), file), file.toString());
        }
    }

    @Test
    void recognisesAHeadCutInsideTheCitationsOfAV1Paper() {
        String head = "{\"abstract\":null,\"arxivId\":null,\"authors\":[],\"citations\":[{\"arxivId\":null,\"paperId\":\"ab";
        assertTrue(reader.recognises(head, Path.of("p.json")));
        assertFalse(reader.recognises("{\"id\":\"https://openalex.org/W1\",\"title\":\"x\"}", Path.of("w.json")));
        assertFalse(reader.recognises("{\"paperId\": {}}", Path.of("w.json")));
        // a paper with thousands of authors: the head ends long before its paperId
        String manyAuthors = "{\"abstract\":null,\"arxivId\":null,\"authors\":["
                + "{\"authorId\":\"1\",\"name\":\"A. Author\"},".repeat(600);
        assertTrue(reader.recognises(manyAuthors.substring(0, 16_384), Path.of("p.json")));
    }
}
