package org.scholargraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.analysis.CorpusAnalysis;
import org.scholargraph.graph.Collaboration;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Paper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The whole pipeline on the saved listing pages of {@code ../shared/seeds}. Expected numbers were
 * counted by hand from the pages (see each test).
 */
class SeedPipelineTest {

    @Test
    void authorPageGivesTwentyPapersSixteenAuthorsAndTheCoauthorPairsOfThePage() throws IOException {
        // given the author page of Weinan E
        var page = SharedFiles.file("seeds", "000_*.txt");

        // when it is read and analysed
        ScholarGraph sg = ScholarGraph.load(page);
        CorpusAnalysis analysis = sg.analysis();

        // then: 20 entries on the page, 16 distinct names on their author lines
        Corpus corpus = analysis.corpus();
        assertEquals(20, corpus.papers().size());
        assertEquals(16, corpus.authors().size());
        // Pairs counted by hand from the 20 author lines: 27 distinct pairs; these are the ones
        // with more than one joint paper, with their joint papers and first/last years.
        Map<String, String> pairs = pairTable(analysis);
        assertEquals(27, pairs.size());
        assertEquals("5 2018 2019", pairs.get("Chao Ma|Weinan E"));
        assertEquals("5 2016 2018", pairs.get("Jiequn Han|Weinan E"));
        assertEquals("4 2017 2019", pairs.get("Lei Wu|Weinan E"));
        assertEquals("3 2018 2019", pairs.get("Chao Ma|Lei Wu"));
        assertEquals("3 2017 2018", pairs.get("Arnulf Jentzen|Weinan E"));
        assertEquals("3 2015 2018", pairs.get("Cheng Tai|Weinan E"));
        assertEquals("3 2017 2018", pairs.get("Linfeng Zhang|Weinan E"));
        assertEquals("3 2017 2018", pairs.get("Qianxiao Li|Weinan E"));
        assertEquals("2 2017 2018", pairs.get("Cheng Tai|Qianxiao Li"));
        assertEquals("2 2017 2018", pairs.get("Arnulf Jentzen|Jiequn Han"));
        assertEquals("2 2017 2018", pairs.get("Han Wang|Linfeng Zhang"));
        assertEquals("2 2017 2018", pairs.get("Han Wang|Weinan E"));
        assertEquals("2 2018 2019", pairs.get("Qingcan Wang|Weinan E"));
        assertEquals("1 2019 2019", pairs.get("Weinan E|Yajun Zhou"));
        long single = pairs.values().stream().filter(v -> v.startsWith("1 ")).count();
        assertEquals(14, single);
        // Newman's weight by hand for Han–E: papers of 4, 2, 3, 3 and 3 authors.
        assertEquals(1.0 / 3 + 1 + 0.5 + 0.5 + 0.5, fractional(analysis, "Jiequn Han", "Weinan E"), 1e-12);

        // and Weinan E, on every paper of his own page, is first by PageRank
        AuthorRow top = sg.authors().top(1).get(0);
        assertEquals("Weinan E", top.name());
        assertEquals(20, top.papers());
        assertEquals(15, top.degree());
    }

    @Test
    void authorMeasuresAgreeWithIgraph() throws IOException {
        // given the author page; expected values from igraph on the hand-counted pairs
        // (scripts/reference/seed_author_metrics.py)
        ScholarGraph sg = ScholarGraph.load(SharedFiles.file("seeds", "000_*.txt"));

        // then, to 1e-9
        assertMeasures(sg, "Weinan E", 0.31520024971588995, 0.8238095238095238, 1.0, 1.0, 3);
        assertMeasures(sg, "Jiequn Han", 0.08663417304751708, 0.023809523809523808, 0.6666666666666666,
                0.5257664143988272, 3);
        assertMeasures(sg, "Chao Ma", 0.08899390975137295, 0.014285714285714285, 0.6333333333333333,
                0.5352265534587571, 2);
        assertMeasures(sg, "Christian Beck", 0.024893538180760188, 0.0, 0.5666666666666667,
                0.10647451802383118, 2);
    }

    /** igraph's values for every author of the author page (scripts/reference/seed_author_metrics.py). */
    private static final List<String> IGRAPH_COLUMNS = List.of("clustering", "closeness");
    private static final Object[][] IGRAPH_VALUES = {
        {"Arnulf Jentzen", 0.6666666666666666, 0.5555555555555556},
        {"Bing Yu", 0.0, 0.5172413793103449},
        {"Chao Ma", 0.5, 0.5769230769230769},
        {"Cheng Tai", 1.0, 0.5357142857142857},
        {"Christian Beck", 1.0, 0.5357142857142857},
        {"Han Wang", 1.0, 0.5555555555555556},
        {"Jianchun Wang", 1.0, 0.5357142857142857},
        {"Jiequn Han", 0.5, 0.6},
        {"Lei Wang", 1.0, 0.5357142857142857},
        {"Lei Wu", 0.6666666666666666, 0.5555555555555556},
        {"Linfeng Zhang", 0.6666666666666666, 0.5769230769230769},
        {"Qianxiao Li", 0.6666666666666666, 0.5555555555555556},
        {"Qingcan Wang", 1.0, 0.5357142857142857},
        {"Weinan E", 0.1142857142857143, 1.0},
        {"Yajun Zhou", 0.0, 0.5172413793103449},
        {"Zhanxing Zhu", 1.0, 0.5357142857142857},
    };

    @Test
    void exportedAuthorMeasuresAgreeWithIgraph(@TempDir Path temp) throws Exception {
        // given the author page, exported
        ScholarGraph sg = ScholarGraph.load(SharedFiles.file("seeds", "000_*.txt"));
        Path exports = temp.resolve("exports");
        sg.exportTo(exports);

        // then every author's value in authors.csv, in the node attributes of coauthorship.graphml and
        // coauthorship.gexf, on the facade's row and in its ranking is igraph's, to 1e-6
        Map<String, CSVRecord> csv = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(exports.resolve("authors.csv"), StandardCharsets.UTF_8)) {
            reader.read(); // the byte-order mark
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)
                    .forEach(r -> csv.put(r.get("name"), r));
        }
        assertEquals(IGRAPH_VALUES.length, csv.size(), "one row per author");
        for (int c = 0; c < IGRAPH_COLUMNS.size(); c++) {
            String column = IGRAPH_COLUMNS.get(c);
            Map<String, Double> graphml = nodeValues(exports.resolve("coauthorship.graphml"), column, false);
            Map<String, Double> gexf = nodeValues(exports.resolve("coauthorship.gexf"), column, true);
            Ranking ranking = sg.ranking(AuthorMeasure.named(column));
            for (Object[] author : IGRAPH_VALUES) {
                String name = (String) author[0];
                double expected = (Double) author[c + 1];
                String where = name + " " + column;
                assertEquals(expected, Double.parseDouble(csv.get(name).get(column)), 1e-6, where + " in authors.csv");
                assertEquals(expected, graphml.get(name), 1e-6, where + " in coauthorship.graphml");
                assertEquals(expected, gexf.get(name), 1e-6, where + " in coauthorship.gexf");
                AuthorRow row = sg.author(name).orElseThrow();
                assertEquals(expected, row.number(column), 1e-6, where + " on the facade's row");
                assertEquals(expected, ranking.scoreOf(row.authorId()).orElseThrow(), 1e-6, where + " in the ranking");
            }
        }
    }

    /** The value of one node attribute of a GraphML or GEXF file, by node label. */
    private static Map<String, Double> nodeValues(Path file, String attribute, boolean gexf) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        NodeList nodes = document.getElementsByTagName("node");
        Map<String, Double> values = new TreeMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            String label = gexf ? node.getAttribute("label") : null;
            String value = null;
            NodeList data = node.getElementsByTagName(gexf ? "attvalue" : "data");
            for (int j = 0; j < data.getLength(); j++) {
                Element datum = (Element) data.item(j);
                String key = gexf ? datum.getAttribute("for") : datum.getAttribute("key");
                String text = gexf ? datum.getAttribute("value") : datum.getTextContent();
                if (key.equals(gexf ? attribute : "n_" + attribute)) {
                    value = text;
                } else if (!gexf && key.equals("n_label")) {
                    label = text;
                }
            }
            if (value != null) {
                values.put(label, Double.parseDouble(value));
            }
        }
        return values;
    }

    private static void assertMeasures(ScholarGraph sg, String name, double pagerank, double betweenness,
            double harmonic, double eigenvector, int coreness) {
        AuthorRow stats = sg.author(name).orElseThrow();
        assertEquals(pagerank, stats.pagerank(), 1e-9, name + " pagerank");
        assertEquals(betweenness, stats.betweenness(), 1e-9, name + " betweenness");
        assertEquals(harmonic, stats.harmonic(), 1e-9, name + " harmonic");
        assertEquals(eigenvector, stats.eigenvector(), 1e-9, name + " eigenvector");
        assertEquals(coreness, stats.coreness(), name + " coreness");
    }

    @Test
    void allFourSeedsGiveReadingListPapersThePaperPageAndMergedAbstracts() throws IOException {
        // given the four saved pages together
        var seeds = SharedFiles.folder("seeds");

        // when they are read as one corpus
        Corpus corpus = ScholarGraph.load(seeds).corpus();

        // then every arXiv id of the reading list is a paper (31 distinct ids, counted with grep -o)
        Set<String> arxiv = corpus.papers().stream().flatMap(p -> p.id(IdScheme.ARXIV).stream())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(31, arxiv.size());
        Paper belkin = byArxiv(corpus, "1812.11118");
        assertEquals("Reconciling modern machine learning practice and the bias-variance trade-off", belkin.title());
        assertEquals(List.of("Mikhail Belkin", "Daniel Hsu", "Siyuan Ma", "Soumik Mandal"), names(corpus, belkin));
        assertEquals(2019, belkin.year().getAsInt());
        // the same paper is listed twice (lectures 3 and 12) and is one paper
        assertEquals(2, belkin.sources().size());
        // a reading-list citation under a neighbour's arXiv id does not merge two papers
        assertEquals("Linearized two-layers neural networks in high dimension", byArxiv(corpus, "1904.12191").title());
        assertEquals(List.of("Song Mei", "Andrea Montanari"), names(corpus, byArxiv(corpus, "1908.05355")));

        // the paper page's paper, with its uploader as author and its year
        Paper relaxation = corpus.papers().stream().filter(p -> p.title().startsWith("Deep Relaxation")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Pratik Chaudhari"), names(corpus, relaxation));
        assertEquals(2017, relaxation.year().getAsInt());

        // six abstracts of the abstract list repeat (some in an earlier version) abstracts of the
        // author page and are merged into the titled papers; found by comparing the texts by eye
        List<Paper> merged = corpus.papers().stream()
                .filter(p -> p.formats().containsAll(List.of("author-page", "abstract-list"))).toList();
        assertEquals(6, merged.size());
        assertTrue(merged.stream().allMatch(p -> !p.title().isEmpty()));
        assertTrue(merged.stream().anyMatch(p -> p.title().startsWith("Monge-Amp")));
        // the 50 abstracts of the list: 6 merged, 44 on their own
        long abstractOnly = corpus.papers().stream().filter(p -> p.formats().equals(List.of("abstract-list"))).count();
        assertEquals(44, abstractOnly);
        // Weinan E of the author page and of the reading list is one person
        assertEquals(1, corpus.authors().stream().filter(a -> a.name().equals("Weinan E")).count());
    }

    private static Paper byArxiv(Corpus corpus, String id) {
        return corpus.papers().stream().filter(p -> p.id(IdScheme.ARXIV).orElse("").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper with arXiv id " + id));
    }

    private static List<String> names(Corpus corpus, Paper paper) {
        return paper.authors().stream().map(a -> corpus.author(a).name()).toList();
    }

    /** "Name|Name" (sorted) → "joint first last". */
    private static Map<String, String> pairTable(CorpusAnalysis analysis) {
        Map<String, String> table = new TreeMap<>();
        for (Collaboration c : analysis.networks().coauthorship().collaborations()) {
            table.put(key(analysis, c), c.jointPapers() + " " + c.firstYear() + " " + c.lastYear());
        }
        return table;
    }

    private static double fractional(CorpusAnalysis analysis, String a, String b) {
        return analysis.networks().coauthorship().collaborations().stream()
                .filter(c -> key(analysis, c).equals(a + "|" + b)).findFirst().orElseThrow().fractional();
    }

    private static String key(CorpusAnalysis analysis, Collaboration c) {
        String s = analysis.corpus().author(c.source()).name();
        String t = analysis.corpus().author(c.target()).name();
        return s.compareTo(t) < 0 ? s + "|" + t : t + "|" + s;
    }
}
