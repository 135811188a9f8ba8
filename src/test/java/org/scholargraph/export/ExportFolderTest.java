package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.analysis.CorpusAnalysis;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ExportFolderTest {

    /** The CSV columns of the export contract, copied from PRODUCT.md. */
    static final Map<String, List<String>> CONTRACT_COLUMNS = new LinkedHashMap<>();

    static {
        CONTRACT_COLUMNS.put("authors.csv", List.of("author_id", "name", "papers", "citations", "h_index",
                "first_year", "last_year", "coauthors", "degree", "strength", "betweenness", "harmonic",
                "eigenvector", "pagerank", "coreness", "community"));
        CONTRACT_COLUMNS.put("papers.csv", List.of("paper_id", "title", "year", "venue", "doi", "arxiv_id", "authors",
                "keywords", "references", "cited_by", "pagerank", "community", "sources"));
        CONTRACT_COLUMNS.put("coauthorships.csv", List.of("source_id", "target_id", "source_name", "target_name",
                "joint_papers", "fractional", "weight", "first_year", "last_year", "paper_ids"));
        CONTRACT_COLUMNS.put("citations.csv", List.of("citing_id", "cited_id", "citing_year", "cited_year"));
        CONTRACT_COLUMNS.put("topic_edges.csv", List.of("source_id", "target_id", "weight", "shared_keywords"));
        CONTRACT_COLUMNS.put("keywords.csv", List.of("keyword", "papers", "first_year", "last_year", "community"));
        CONTRACT_COLUMNS.put("communities.csv", List.of("graph", "community", "size", "label", "top_members",
                "modularity"));
        CONTRACT_COLUMNS.put("timeline_years.csv", List.of("year", "papers", "active_authors", "new_authors",
                "collaborations", "new_collaborations", "cumulative_authors", "largest_component_share"));
        CONTRACT_COLUMNS.put("timeline_authors.csv", List.of("author_id", "name", "year", "papers", "coauthors",
                "new_coauthors", "citations"));
        CONTRACT_COLUMNS.put("timeline_pairs.csv", List.of("source_id", "target_id", "source_name", "target_name",
                "first_year", "last_year", "joint_papers", "active_years"));
        CONTRACT_COLUMNS.put("rejected.csv", List.of("file", "line", "reason", "raw"));
    }

    /** The files of resolution, beyond the product document's table. */
    static final Map<String, List<String>> RESOLUTION_COLUMNS = Map.of(
            "paper_merges.csv", List.of("paper_id", "source", "matched_source", "rule", "evidence"),
            "author_merges.csv", List.of("author_id", "name", "variant", "mentions", "rule", "evidence", "score"),
            "author_ambiguities.csv", List.of("block", "author_ids", "names", "reason"));

    static final Set<String> GRAPHML_TYPES = Set.of("boolean", "int", "long", "float", "double", "string");

    @TempDir
    Path dir;

    private Path export() throws IOException {
        Path target = dir.resolve("exports");
        ExportFolder.write(target, ExportFixture.analysis(), ExportFixture.rejections(), ExportFixture.summary(5));
        return target;
    }

    @Test
    void writesEveryContractFileAndNothingElse() throws IOException {
        Path target = export();

        Set<String> names;
        try (Stream<Path> files = Files.list(target)) {
            names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        Set<String> expected = new HashSet<>(CONTRACT_COLUMNS.keySet());
        expected.addAll(List.of("network.graphml", "coauthorship.graphml", "citation.graphml", "topics.graphml",
                "coauthorship.gexf", "summary.json"));
        expected.addAll(RESOLUTION_COLUMNS.keySet());
        assertEquals(expected, names);
        for (Map.Entry<String, List<String>> file : RESOLUTION_COLUMNS.entrySet()) {
            assertEquals(file.getValue(), readCsv(target.resolve(file.getKey())).header, file.getKey() + " header");
        }
        assertEquals(expected, new HashSet<>(ExportFolder.FILE_NAMES));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(target), siblings.toList(), "no temporary folder left beside the export");
        }
    }

    @Test
    void everyCsvStartsWithBomAndTheContractHeaderExtrasOnlyAtTheEnd() throws IOException {
        Path target = export();

        for (Map.Entry<String, List<String>> file : CONTRACT_COLUMNS.entrySet()) {
            byte[] bytes = Files.readAllBytes(target.resolve(file.getKey()));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                    file.getKey() + " starts with a UTF-8 byte-order mark");
            List<String> header = readCsv(target.resolve(file.getKey())).header;
            assertEquals(file.getValue(), header.subList(0, Math.min(header.size(), file.getValue().size())),
                    file.getKey() + " header");
            assertTrue(header.size() >= file.getValue().size());
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.contains("\r\n"), file.getKey() + " uses CRLF (RFC 4180)");
        }
    }

    /** Guards the copied column lists above against drift from the product document, when it is here. */
    @Test
    void contractColumnsAgreeWithProductDocument() throws IOException {
        Path product = Path.of("..", "shared", "PRODUCT.md");
        Assumptions.assumeTrue(Files.exists(product), "../shared/PRODUCT.md is not next to the project");
        Map<String, List<String>> documented = new TreeMap<>();
        Matcher row = Pattern.compile("^\\| `([a-z_]+\\.csv)` \\| (?:[^`|]*`)?([a-z_,]+)`").matcher("");
        for (String line : Files.readAllLines(product)) {
            if (row.reset(line).find() && row.group(2).contains(",")) {
                documented.put(row.group(1), List.of(row.group(2).split(",")));
            }
        }
        assertEquals(new TreeMap<>(CONTRACT_COLUMNS), documented);
    }

    @Test
    void csvRoundTripsWithFormulaCellsNeutralisedAndNumbersIntact() throws IOException {
        Path target = export();

        Csv authors = readCsv(target.resolve("authors.csv"));
        assertEquals(4, authors.rows.size());
        CSVRecord a2 = authors.rows.get(1);
        assertEquals("A2", a2.get("author_id"));
        assertEquals("'" + ExportFixture.FORMULA_NAME, a2.get("name"), "formula name gets a leading quote");
        assertEquals("3", a2.get("papers"));
        assertEquals("2", a2.get("coauthors"));
        assertEquals("4.0", a2.get("strength"));
        assertEquals("0.35", a2.get("pagerank"));

        Csv papers = readCsv(target.resolve("papers.csv"));
        assertEquals(List.of("P1", "P2", "P3", "P4", "P5"), column(papers, "paper_id"));
        CSVRecord p1 = papers.rows.get(0);
        assertEquals(ExportFixture.DIRTY_TITLE.replace("\uD800", ""), p1.get("title"),
                "CSV keeps control characters, drops only what UTF-8 cannot encode");
        assertEquals("10.1000/abc", p1.get("doi"));
        assertEquals("1812.11118", p1.get("arxiv_id"));
        assertEquals("Ada Lovelace;" + ExportFixture.FORMULA_NAME + ";Grace Hopper", p1.get("authors"),
                "only a cell's first character makes a formula");
        assertEquals("graphs;networks", p1.get("keywords"));
        assertEquals("2", p1.get("cited_by"));
        assertEquals(Path.of("input", "a.bib") + ":3", p1.get("sources"));
        assertEquals("bibtex", p1.get("formats"));
        assertEquals("'-Negative start, \"quoted\"", papers.rows.get(1).get("title"));
        assertEquals("", papers.rows.get(2).get("year"), "unknown year is an empty cell");
        assertEquals("-42", papers.rows.get(3).get("title"), "a number is not a formula");
        assertEquals("0.00001", papers.rows.get(3).get("pagerank"), "positional, never 1.0E-5");
        assertEquals(1.0E-5, Double.parseDouble(papers.rows.get(3).get("pagerank")));
        assertEquals(0.29999, Double.parseDouble(papers.rows.get(4).get("pagerank")));

        Csv pairs = readCsv(target.resolve("coauthorships.csv"));
        assertEquals(3, pairs.rows.size());
        CSVRecord first = pairs.rows.get(0);
        assertEquals(List.of("A1", "A2", "Ada Lovelace", "'" + ExportFixture.FORMULA_NAME, "2", "1.5", "2.0", "2019",
                "2021", "P1;P2"), first.toList());
        assertEquals(List.of("A2", "A3", "2019", "2019", "P1;P3"), List.of(pairs.rows.get(2).get("source_id"),
                pairs.rows.get(2).get("target_id"), pairs.rows.get(2).get("first_year"),
                pairs.rows.get(2).get("last_year"), pairs.rows.get(2).get("paper_ids")));

        Csv citations = readCsv(target.resolve("citations.csv"));
        assertEquals(List.of("P2,P1,2021,2019", "P3,P1,,2019", "P3,P2,,2021", "P4,P3,2020,"),
                citations.rows.stream().map(r -> String.join(",", r.toList())).toList());

        Csv keywords = readCsv(target.resolve("keywords.csv"));
        assertEquals(List.of("'@risk", "graphs", "networks", "timelines"), column(keywords, "keyword"));
        assertEquals(List.of("0", "1", "1", "0"), column(keywords, "community"), "renumbered by size, ties by first member");
        assertEquals(List.of("1", "2", "2", "2"), column(keywords, "papers"));

        Csv topics = readCsv(target.resolve("topic_edges.csv"));
        assertEquals(List.of("P1-P2:graphs", "P1-P3:networks", "P2-P5:timelines"), topics.rows.stream()
                .map(r -> r.get("source_id") + "-" + r.get("target_id") + ":" + r.get("shared_keywords")).toList());

        Csv communities = readCsv(target.resolve("communities.csv"));
        assertEquals(List.of("coauthorship/0", "coauthorship/1", "citation/0", "citation/1"), communities.rows
                .stream().map(r -> r.get("graph") + "/" + r.get("community")).toList(), "fixed graph order");
        assertEquals("'" + ExportFixture.FORMULA_NAME + ";Ada Lovelace", communities.rows.get(0).get("top_members"));
        assertEquals("-42", communities.rows.get(2).get("top_members"));

        Csv rejected = readCsv(target.resolve("rejected.csv"));
        assertEquals(List.of(Path.of("input", "a.bib").toString(), "120", "unbalanced braces",
                "@article{x, title = {Open \"quote\""), List.of(rejected.rows.get(0).get("file"),
                rejected.rows.get(0).get("line"), rejected.rows.get(0).get("reason"),
                rejected.rows.get(0).get("raw").substring(1)));
        assertEquals("'@SUM(A1:A9)\nTY  - JOUR", rejected.rows.get(1).get("raw"), "multi-line raw survives quoting");

        Csv years = readCsv(target.resolve("timeline_years.csv"));
        assertEquals(List.of("2019", "2020", "2021", "2022"), column(years, "year"));
        assertEquals("0.75", years.rows.get(1).get("largest_component_share"));
        assertEquals(7, readCsv(target.resolve("timeline_authors.csv")).rows.size());
        assertEquals(List.of("A1", "A2", "2019", "2021", "2", "2"),
                readCsv(target.resolve("timeline_pairs.csv")).rows.get(0).toList().stream()
                        .filter(c -> !c.contains("Ada") && !c.contains("HYPERLINK")).toList());
    }

    @Test
    void graphmlFollowsTheGephiRules() throws Exception {
        Path target = export();

        for (String name : List.of("network.graphml", "coauthorship.graphml", "citation.graphml", "topics.graphml")) {
            Document doc = parse(target.resolve(name));
            Element root = doc.getDocumentElement();
            assertEquals(GraphmlWriter.NAMESPACE, root.getNamespaceURI(), name);
            Element graph = (Element) root.getElementsByTagNameNS(GraphmlWriter.NAMESPACE, "graph").item(0);
            assertTrue(Set.of("directed", "undirected").contains(graph.getAttribute("edgedefault")), name);
            boolean directed = graph.getAttribute("edgedefault").equals("directed");

            Map<String, String> keyDomain = new LinkedHashMap<>();
            Set<String> nodeKeyNames = new HashSet<>();
            Set<String> edgeKeyNames = new HashSet<>();
            for (Element key : elements(root, "key")) {
                assertTrue(Set.of("node", "edge").contains(key.getAttribute("for")), name + " key for");
                assertTrue(GRAPHML_TYPES.contains(key.getAttribute("attr.type")), name + " attr.type");
                assertFalse(key.getAttribute("id").equalsIgnoreCase("id"), "Gephi reads a key 'id' as the edge id");
                keyDomain.put(key.getAttribute("id"), key.getAttribute("for"));
                (key.getAttribute("for").equals("node") ? nodeKeyNames : edgeKeyNames).add(key.getAttribute("attr.name"));
            }
            assertTrue(nodeKeyNames.contains("label"), name + " has a node label key");
            assertTrue(edgeKeyNames.contains("weight"), name + " has an edge weight key");

            Set<String> nodes = new HashSet<>();
            for (Element node : elements(graph, "node")) {
                assertTrue(nodes.add(node.getAttribute("id")), name + " node ids are unique");
                for (Element data : elements(node, "data")) {
                    assertEquals("node", keyDomain.get(data.getAttribute("key")), name + " data under a node key");
                }
            }
            Set<String> pairs = new HashSet<>();
            for (Element edge : elements(graph, "edge")) {
                String s = edge.getAttribute("source");
                String t = edge.getAttribute("target");
                assertTrue(nodes.contains(s) && nodes.contains(t), name + " edge ends are nodes");
                boolean edgeDirected = edge.hasAttribute("directed")
                        ? Boolean.parseBoolean(edge.getAttribute("directed")) : directed;
                // Two edges on one pair are parallel unless they are the two directions of a directed pair.
                String pair = edgeDirected ? s + ">" + t : (s.compareTo(t) < 0 ? s + "|" + t : t + "|" + s);
                String either = s.compareTo(t) < 0 ? s + "|" + t : t + "|" + s;
                assertTrue(pairs.add(pair), name + " has no parallel edge " + pair);
                if (!edgeDirected) {
                    assertFalse(pairs.contains(s + ">" + t) || pairs.contains(t + ">" + s), name + " " + either);
                } else {
                    assertFalse(pairs.contains(either), name + " " + either);
                }
                for (Element data : elements(edge, "data")) {
                    assertEquals("edge", keyDomain.get(data.getAttribute("key")), name + " data under an edge key");
                }
            }
        }

        Document citation = parse(target.resolve("citation.graphml"));
        Map<String, Map<String, String>> papers = nodeData(citation);
        assertEquals(ExportFixture.CLEAN_TITLE, papers.get("P1").get("label"), "illegal characters dropped, <&> kept");
        assertEquals("2019", papers.get("P1").get("year"));
        assertFalse(papers.get("P3").containsKey("year"), "a year-less paper has no year attribute");
        assertEquals("0.00001", papers.get("P4").get("pagerank"));
        assertEquals("directed", graphOf(citation).getAttribute("edgedefault"));
        assertEquals(4, elements(graphOf(citation), "edge").size());

        Document coauthorship = parse(target.resolve("coauthorship.graphml"));
        assertEquals("undirected", graphOf(coauthorship).getAttribute("edgedefault"));
        Map<String, Map<String, String>> authors = nodeData(coauthorship);
        assertEquals(ExportFixture.FORMULA_NAME, authors.get("A2").get("label"), "XML needs no formula guard");
        assertEquals("1", authors.get("A4").get("community"));
        List<Map<String, String>> edges = edgeData(coauthorship);
        assertEquals(Map.of("source", "A1", "target", "A2", "weight", "2.0", "joint_papers", "2", "fractional", "1.5",
                "first_year", "2019", "last_year", "2021", "paper_ids", "P1;P2"), edges.get(0));

        Document topics = parse(target.resolve("topics.graphml"));
        assertEquals("graphs", edgeData(topics).get(0).get("shared_keywords"));

        Document network = parse(target.resolve("network.graphml"));
        Map<String, Map<String, String>> nodes = nodeData(network);
        assertEquals(4 + 5 + 4, nodes.size());
        assertEquals("keyword", nodes.get("K:@risk").get("type"));
        List<Map<String, String>> all = edgeData(network);
        Map<String, Long> byType = all.stream().collect(Collectors.groupingBy(e -> e.get("type"), TreeMap::new,
                Collectors.counting()));
        assertEquals(Map.of("authored", 9L, "cites", 4L, "topic", 1L, "has_keyword", 7L), byType);
        assertTrue(all.contains(Map.of("source", "A2", "target", "P3", "type", "authored", "weight", "1.0",
                "position", "1")));
        assertTrue(all.contains(Map.of("source", "P2", "target", "P1", "type", "cites", "weight", "1.0",
                "shared_keywords", "graphs")), "a citation that is also a topic link is one edge");
    }

    @Test
    void gexfIsDynamicGexf13WithYears() throws Exception {
        Path target = export();

        Document doc = parse(target.resolve("coauthorship.gexf"));
        Element root = doc.getDocumentElement();
        assertEquals(GexfWriter.NAMESPACE, root.getNamespaceURI());
        assertEquals("1.3", root.getAttribute("version"));
        Element graph = (Element) root.getElementsByTagNameNS(GexfWriter.NAMESPACE, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("double", graph.getAttribute("timeformat"));
        Map<String, Element> nodes = new LinkedHashMap<>();
        for (Element node : elements(graph, "node")) {
            nodes.put(node.getAttribute("id"), node);
        }
        assertEquals(List.of("A1", "A2", "A3", "A4"), new ArrayList<>(nodes.keySet()));
        assertEquals("2019", nodes.get("A1").getAttribute("start"));
        assertEquals("2021", nodes.get("A1").getAttribute("end"));
        assertEquals(ExportFixture.FORMULA_NAME, nodes.get("A2").getAttribute("label"));
        List<Element> edges = elements(graph, "edge");
        assertEquals(3, edges.size());
        assertEquals("2.0", edges.get(0).getAttribute("weight"));
        List<String> spells = new ArrayList<>();
        for (Element spell : elements(edges.get(0), "spell")) {
            spells.add(spell.getAttribute("start") + "-" + spell.getAttribute("end"));
        }
        assertEquals(List.of("2019-2019", "2021-2021"), spells, "one spell per year with a joint paper");
        assertEquals(1, elements(edges.get(2), "spell").size(), "the year-less joint paper adds no spell");
    }

    @Test
    void failedWriteLeavesTheEarlierExportByteIdenticalAndNoTemporaryFolder() throws IOException {
        Path target = export();
        Map<String, byte[]> before = snapshot(target);
        CorpusAnalysis analysis = ExportFixture.analysis();

        List<ExportFolder.ExportFile> files = new ArrayList<>(
                ExportFolder.contractFiles(analysis, List.of(), ExportFixture.summary(99)));
        files.add(6, new ExportFolder.ExportFile("boom.csv", out -> {
            out.write("half a file".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        IOException failure = assertThrows(IOException.class, () -> ExportFolder.write(target, List.of(), files, notice -> { }));

        assertTrue(failure.getMessage().contains("boom.csv"), failure.getMessage());
        assertSnapshotEquals(before, snapshot(target));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(target), siblings.toList(), "the temporary folder is gone");
        }
    }

    @Test
    void aFileFailingWhileOthersAreWrittenBesideItLeavesTheEarlierExportAsItWas() throws IOException {
        Path target = export();
        Map<String, byte[]> before = snapshot(target);
        CorpusAnalysis analysis = ExportFixture.analysis();

        List<ExportFolder.ExportFile> files = new ArrayList<>(
                ExportFolder.contractFiles(analysis, List.of(), ExportFixture.summary(99)));
        files.add(1, new ExportFolder.ExportFile("boom.csv", out -> {
            out.write("half a file".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        files.add(3, new ExportFolder.ExportFile("later.csv", out -> {
            throw new IllegalStateException("a later failure is not the one reported");
        }));
        IOException failure = assertThrows(IOException.class,
                () -> ExportFolder.write(target, List.of(), files, notice -> { }, 3));

        assertTrue(failure.getMessage().contains("cannot write boom.csv: disk full"), failure.getMessage());
        assertSnapshotEquals(before, snapshot(target));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(target), siblings.toList(), "the temporary folder is gone");
        }
    }

    @Test
    void failedFirstWriteCreatesNoTarget() {
        Path target = dir.resolve("fresh");
        List<ExportFolder.ExportFile> files = List.of(new ExportFolder.ExportFile("a.csv", out -> {
            throw new IllegalStateException("bug in a writer");
        }));

        assertThrows(IOException.class, () -> ExportFolder.write(target, List.of(), files, notice -> { }));

        assertFalse(Files.exists(target));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of(), siblings.toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void writingTwiceGivesTheSameBytesExceptTimings() throws IOException {
        Path first = export();
        Map<String, byte[]> once = snapshot(first);
        ExportFolder.write(first, ExportFixture.analysis(), ExportFixture.rejections(), ExportFixture.summary(12345));
        Map<String, byte[]> twice = snapshot(first);
        Path other = dir.resolve("other");
        ExportFolder.write(other, ExportFixture.analysis(), ExportFixture.rejections(), ExportFixture.summary(7));

        for (Map<String, byte[]> again : List.of(twice, snapshot(other))) {
            assertEquals(once.keySet(), again.keySet());
            for (String name : once.keySet()) {
                if (!name.equals("summary.json")) {
                    assertArrayEquals(once.get(name), again.get(name), name + " is byte-identical");
                }
            }
            assertEquals(withoutTimings(once.get("summary.json")), withoutTimings(again.get("summary.json")));
        }
        assertFalse(Arrays.equals(once.get("summary.json"), twice.get("summary.json")), "timings differ");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(Set.of(first, other), siblings.collect(Collectors.toSet()), "no .old- folder left");
        }
    }

    @Test
    void summaryJsonHasCountsParametersVersionsModularityInFixedOrder() throws IOException {
        Path target = export();

        JsonNode summary = new ObjectMapper().readTree(target.resolve("summary.json").toFile());
        List<String> keys = new ArrayList<>();
        summary.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("versions", "inputs", "filters", "counts", "parameters", "graphs", "files", "run"), keys);
        assertEquals(0, summary.at("/filters").size(), "an export of the whole input names no filter");
        assertEquals(50, summary.at("/parameters/max_authors").asInt());
        assertEquals("0.1.0-test", summary.at("/versions/scholargraph").asText());
        assertEquals(5, summary.at("/counts/papers").asInt());
        assertEquals(4, summary.at("/counts/authors").asInt());
        assertEquals(2, summary.at("/counts/rejected").asInt());
        assertEquals(3, summary.at("/graphs/coauthorship/edges").asInt());
        assertEquals(4, summary.at("/graphs/citation/edges").asInt());
        assertTrue(summary.at("/graphs/citation/directed").asBoolean());
        assertEquals(0.125, summary.at("/graphs/coauthorship/modularity").asDouble());
        assertEquals(2, summary.at("/graphs/coauthorship/communities").asInt());
        assertEquals(1.0 / 3.0, summary.at("/graphs/topics/modularity").asDouble());
        assertEquals(42, summary.at("/parameters/seed").asLong());
        assertEquals(5, summary.at("/run/timings_ms/ingest").asLong());
        String text = Files.readString(target.resolve("summary.json"));
        assertFalse(text.contains("\r"), "LF line ends on every platform");
        assertTrue(text.contains("\"modularity\" : 0.3333333333333333\n"), "numbers as every export writes them");
    }

    // ---- helpers ----

    record Csv(List<String> header, List<CSVRecord> rows) {
    }

    static Csv readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            return new Csv(parser.getHeaderNames(), parser.getRecords());
        }
    }

    private static List<String> column(Csv csv, String name) {
        return csv.rows.stream().map(r -> r.get(name)).toList();
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Element graphOf(Document doc) {
        return (Element) doc.getElementsByTagNameNS("*", "graph").item(0);
    }

    static List<Element> elements(Element parent, String localName) {
        NodeList list = parent.getElementsByTagNameNS("*", localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    /** Node id → attribute name → text, through the keys' {@code attr.name}. */
    private static Map<String, Map<String, String>> nodeData(Document doc) {
        Map<String, String> names = keyNames(doc);
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        for (Element node : elements(graphOf(doc), "node")) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Element data : elements(node, "data")) {
                values.put(names.get(data.getAttribute("key")), data.getTextContent());
            }
            result.put(node.getAttribute("id"), values);
        }
        return result;
    }

    private static List<Map<String, String>> edgeData(Document doc) {
        Map<String, String> names = keyNames(doc);
        List<Map<String, String>> result = new ArrayList<>();
        for (Element edge : elements(graphOf(doc), "edge")) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("source", edge.getAttribute("source"));
            values.put("target", edge.getAttribute("target"));
            for (Element data : elements(edge, "data")) {
                values.put(names.get(data.getAttribute("key")), data.getTextContent());
            }
            result.add(values);
        }
        return result;
    }

    private static Map<String, String> keyNames(Document doc) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Element key : elements(doc.getDocumentElement(), "key")) {
            names.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        return names;
    }

    static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSnapshotEquals(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), actual.get(name), name);
        }
    }

    private static JsonNode withoutTimings(byte[] json) throws IOException {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree(json);
        node.remove("run");
        return node;
    }
}
