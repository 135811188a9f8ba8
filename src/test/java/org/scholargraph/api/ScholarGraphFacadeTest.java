package org.scholargraph.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.model.IdScheme;

/**
 * The facade on the shipped sample: 28 papers and 47 authors (27 OpenAlex works and an author page
 * whose two shared papers merge), years 1998–2019, M. E. J. Newman and Michelle Girvan with 2 joint
 * papers; and on the saved author page of Weinan E in {@code ../shared/seeds} (skipped when absent).
 */
class ScholarGraphFacadeTest {

    @TempDir
    static Path temp;

    static ScholarGraph sample;
    static Path exports;

    @BeforeAll
    static void loadAndExportSample() throws IOException {
        sample = ScholarGraph.loader().threads(1).load("input");
        exports = temp.resolve("exports");
        sample.exportTo(exports);
    }

    @Test
    void loadsPathsAndGlobsAlike() throws IOException {
        // given the sample read as a folder, as a Path, and as a glob of its one OpenAlex file
        ScholarGraph byPath = ScholarGraph.load(Path.of("input"));
        ScholarGraph byGlob = ScholarGraph.load("input/*.jsonl");

        // then the folder gives the whole sample, the glob the 27 works alone
        assertEquals(28, sample.corpus().papers().size());
        assertEquals(47, sample.corpus().authors().size());
        assertEquals(sample.corpus().papers().size(), byPath.corpus().papers().size());
        assertEquals(27, byGlob.corpus().papers().size());
        assertEquals("ScholarGraph[28 papers, 47 authors, 0 rejected records]", sample.toString());
    }

    @Test
    void globMatchingNothingIsUnreadableInput() {
        UnreadableInput error = assertThrows(UnreadableInput.class, () -> ScholarGraph.load("input/*.nothing"));
        assertTrue(error.getMessage().contains("input/*.nothing"), error.getMessage());
    }

    @Test
    void rowsCarryTheContractsValues() {
        // Newman and Girvan share 2 papers (2002 and 2004)
        CoauthorshipRow pair = sample.coauthorships().where(c -> Set.of(c.sourceName(), c.targetName())
                .equals(Set.of("M. E. J. Newman", "Michelle Girvan"))).get(0);
        assertEquals(2, pair.jointPapers());
        assertEquals(2.0, pair.weight());
        assertEquals(2, pair.paperIds().size());

        AuthorRow newman = sample.author("M. E. J. Newman").orElseThrow();
        assertEquals(newman, sample.author(newman.authorId()).orElseThrow());
        assertEquals(1, newman.degree());
        assertTrue(sample.author("nobody at all").isEmpty());

        PaperRow smallWorld = sample.paper("10.1038/30918").orElseThrow();
        assertEquals(1998, smallWorld.year());
        assertEquals(List.of("Duncan J. Watts", "Steven H. Strogatz"), smallWorld.authors());

        assertEquals(1998, sample.timelineYears().get(0).year());
        assertEquals(2019, sample.timelineYears().get(sample.timelineYears().size() - 1).year());
        assertEquals(sample.papers().size(),
                sample.timelineYears().stream().mapToInt(YearRow::papers).sum());
    }

    @Test
    void pagerankRankingIsSortedAndAgreesWithTheAuthorRows() {
        Ranking ranking = sample.pagerank();
        Map<String, Double> byId = sample.authors().stream()
                .collect(Collectors.toMap(AuthorRow::authorId, AuthorRow::pagerank));

        assertEquals(47, ranking.size());
        assertEquals("Albert-László Barabási", ranking.get(0).name());
        assertEquals(1, ranking.get(0).rank());
        for (int i = 1; i < ranking.size(); i++) {
            assertTrue(ranking.get(i - 1).score() >= ranking.get(i).score());
            assertTrue(ranking.get(i - 1).rank() <= ranking.get(i).rank());
        }
        assertEquals(byId, ranking.asMap());
        assertEquals(ranking.stream().map(RankedScore::id).toList(), new ArrayList<>(ranking.asMap().keySet()));
        assertEquals(1.0, ranking.asMap().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals(10, ranking.top(10).size());
        assertEquals(ranking.subList(0, 10), ranking.top(10));
        assertEquals(byId.get(ranking.get(3).id()), ranking.scoreOf(ranking.get(3).id()).orElseThrow());
    }

    @Test
    void equalScoresShareARank() {
        // degree: Fortunato and Radicchi both have 18 coauthors, after Barabási's 21
        Ranking degree = sample.ranking(AuthorMeasure.DEGREE);
        assertEquals(List.of(1, 2, 2, 4), degree.top(4).stream().map(RankedScore::rank).toList());
        assertEquals(21.0, degree.get(0).score());
    }

    @Test
    void paperRankingByCitations() {
        Ranking cited = sample.ranking(PaperMeasure.CITED_BY);
        int most = sample.papers().stream().mapToInt(PaperRow::citedBy).max().orElseThrow();
        assertEquals(most, (int) cited.get(0).score());
        assertEquals("papers by cited_by", cited.toString().lines().findFirst().orElseThrow().split(" \\(")[0]);
    }

    @Test
    void tablesSortByEveryMeasureHighestFirst() {
        for (AuthorMeasure measure : AuthorMeasure.values()) {
            Table<AuthorRow> sorted = sample.authors().sortedBy(measure);
            assertEquals(sample.authors().size(), sorted.size());
            for (int i = 1; i < sorted.size(); i++) {
                assertTrue(measure.of(sorted.get(i - 1)) >= measure.of(sorted.get(i)), measure + " at " + i);
            }
            // the same order as the ranking by that measure, ties in id order in both
            assertEquals(sample.ranking(measure).stream().map(RankedScore::id).toList(),
                    sorted.stream().map(AuthorRow::authorId).toList(), measure.column());
            assertEquals("authors by " + measure.column(), sorted.title());
        }
        for (PaperMeasure measure : PaperMeasure.values()) {
            Table<PaperRow> sorted = sample.papers().sortedBy(measure);
            assertEquals(sample.ranking(measure).stream().map(RankedScore::id).toList(),
                    sorted.stream().map(PaperRow::paperId).toList(), measure.column());
        }
        // degree: Barabási's 21 coauthors, then Fortunato and Radicchi with 18 each, in id order
        Table<AuthorRow> byDegree = sample.authors().sortedBy(AuthorMeasure.DEGREE).top(3);
        assertEquals(List.of(21, 18, 18), byDegree.stream().map(AuthorRow::degree).toList());
        assertEquals("Albert-László Barabási", byDegree.get(0).name());
    }

    @Test
    void topOfAuthorsAndPapersIsByPagerankUnlessSortedOtherwise() {
        // authors come in id order, but their top is by PageRank, as sg.pagerank() ranks them
        assertEquals("A1", sample.authors().get(0).authorId());
        assertEquals(sample.pagerank().top(5).stream().map(RankedScore::id).toList(),
                sample.authors().top(5).stream().map(AuthorRow::authorId).toList());
        assertEquals("Albert-László Barabási", sample.authors().top(1).get(0).name());
        assertEquals(Optional.of(AuthorMeasure.PAGERANK), sample.authors().mainMeasure());
        assertEquals(sample.ranking(PaperMeasure.PAGERANK).top(4).stream().map(RankedScore::id).toList(),
                sample.papers().top(4).stream().map(PaperRow::paperId).toList());
        // a filter keeps the main measure; a chosen order replaces it
        Table<AuthorRow> prolific = sample.authors().where(a -> a.papers() >= 2);
        assertEquals(prolific.sortedBy(AuthorMeasure.PAGERANK).subList(0, 3), prolific.top(3));
        Table<AuthorRow> byName = sample.authors().sortedBy(Comparator.comparing(AuthorRow::name));
        assertEquals(byName.subList(0, 2), byName.top(2));
        // tables without a measure keep their own order: the first years
        assertEquals(1998, sample.timelineYears().top(1).get(0).year());
        assertEquals(Optional.empty(), sample.timelineYears().mainMeasure());
        assertEquals(47, sample.authors().top(100).size());
    }

    @Test
    void everyVertexOfTheJgraphtGraphsHasAName() {
        assertEquals("M. E. J. Newman", sample.name(sample.author("M. E. J. Newman").orElseThrow().authorId()));
        PaperRow smallWorld = sample.paper("10.1038/30918").orElseThrow();
        assertEquals(smallWorld.title(), sample.name(smallWorld.paperId()));
        String keyword = sample.keywords().get(0).keyword();
        assertEquals(keyword, sample.name(keyword));
        for (Graph<String, ?> graph : List.of(sample.coauthorshipGraph(), sample.citationGraph(), sample.topicGraph(),
                sample.keywordGraph(), sample.authorshipGraph())) {
            for (String vertex : graph.vertexSet()) {
                assertFalse(sample.name(vertex).isBlank(), vertex);
            }
        }
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> sample.name("A999"));
        assertTrue(unknown.getMessage().contains("A999"), unknown.getMessage());
    }

    @Test
    void yearsKeepExactlyThePapersOfThoseYears() throws IOException {
        // given the OpenAlex works of 2001–2004, counted from the file itself (the author page has none)
        Set<String> expected = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("input", "network-science.openalex.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode work = json.readTree(line);
            int year = work.path("publication_year").asInt();
            if (year >= 2001 && year <= 2004) {
                expected.add(work.path("id").asText().replace("https://openalex.org/", ""));
            }
        }

        // when the sample is filtered to those years
        ScholarGraph years = sample.years(2001, 2004);

        // then exactly those papers are left, with their authors only
        Set<String> kept = years.corpus().papers().stream()
                .map(p -> p.id(IdScheme.OPENALEX).orElse(p.id())).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(9, expected.size());
        assertEquals(expected, kept);
        assertTrue(years.papers().stream().allMatch(p -> p.year() >= 2001 && p.year() <= 2004));
        Set<String> authorsOfKept = years.papers().stream().flatMap(p -> p.authorIds().stream())
                .collect(Collectors.toSet());
        assertEquals(authorsOfKept, years.authors().stream().map(AuthorRow::authorId).collect(Collectors.toSet()));
        assertEquals(List.of("years 2001–2004"), years.filters());
        // and the original is untouched
        assertEquals(28, sample.papers().size());
    }

    @Test
    void egoNetworkOfRadiusOneIsTheAuthorAndTheirCoauthors() {
        // Newman's only coauthor in the sample is Girvan
        ScholarGraph newman = sample.egoNetwork("M. E. J. Newman", 1);
        assertEquals(Set.of("M. E. J. Newman", "Michelle Girvan"), names(newman));
        assertEquals(2, newman.coauthorships().get(0).jointPapers());

        // Fortunato: himself and every author he shares a paper with
        String fortunato = sample.author("Santo Fortunato").orElseThrow().authorId();
        Set<String> expected = new HashSet<>(Set.of(fortunato));
        for (CoauthorshipRow c : sample.coauthorships()) {
            if (c.sourceId().equals(fortunato)) {
                expected.add(c.targetId());
            } else if (c.targetId().equals(fortunato)) {
                expected.add(c.sourceId());
            }
        }
        ScholarGraph ego = sample.egoNetwork(fortunato, 1);
        assertEquals(expected, ego.authors().stream().map(AuthorRow::authorId).collect(Collectors.toSet()));
        assertEquals(expected.size() - 1, ego.author(fortunato).orElseThrow().degree());
        assertEquals(Set.of("Santo Fortunato"), names(sample.egoNetwork(fortunato, 0)));
        assertTrue(sample.egoNetwork(fortunato, 2).authors().size() >= expected.size());
        assertThrows(IllegalArgumentException.class, () -> sample.egoNetwork("nobody at all", 1));
    }

    @Test
    void minPapersAndCommunityKeepTheChosenAuthors() {
        Set<String> prolific = sample.authors().stream().filter(a -> a.papers() >= 3).map(AuthorRow::authorId)
                .collect(Collectors.toSet());
        ScholarGraph atLeastThree = sample.minPapers(3);
        assertEquals(prolific, atLeastThree.authors().stream().map(AuthorRow::authorId).collect(Collectors.toSet()));
        assertTrue(atLeastThree.papers().stream().allMatch(p -> !p.authorIds().isEmpty()));

        CommunityRow largest = sample.communities().get(0);
        ScholarGraph community = sample.community(0);
        assertEquals(new TreeSet<>(largest.members()),
                community.authors().stream().map(AuthorRow::authorId).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(largest.size(), largest.members().size());
        assertEquals(47, sample.communities().stream().mapToInt(CommunityRow::size).sum());
        assertThrows(IllegalArgumentException.class, () -> sample.community(999));
    }

    @Test
    void jgraphtGraphsHaveTheExportedCounts() throws IOException {
        Graph<String, DefaultWeightedEdge> coauthorship = sample.coauthorshipGraph();
        assertEquals(csvRows("authors.csv"), coauthorship.vertexSet().size());
        assertEquals(csvRows("coauthorships.csv"), coauthorship.edgeSet().size());
        assertEquals(count("coauthorship.graphml", "<node "), coauthorship.vertexSet().size());
        assertEquals(count("coauthorship.graphml", "<edge "), coauthorship.edgeSet().size());

        Graph<String, DefaultEdge> citation = sample.citationGraph();
        assertEquals(csvRows("papers.csv"), citation.vertexSet().size());
        assertEquals(csvRows("citations.csv"), citation.edgeSet().size());
        assertEquals(count("citation.graphml", "<edge "), citation.edgeSet().size());

        Graph<String, DefaultWeightedEdge> topics = sample.topicGraph();
        assertEquals(csvRows("topic_edges.csv"), topics.edgeSet().size());
        assertEquals(count("topics.graphml", "<edge "), topics.edgeSet().size());
        assertEquals(csvRows("keywords.csv"), sample.keywordGraph().vertexSet().size());

        // weights are joint papers, vertices the stable ids
        String newman = sample.author("M. E. J. Newman").orElseThrow().authorId();
        String girvan = sample.author("Michelle Girvan").orElseThrow().authorId();
        assertEquals(2.0, coauthorship.getEdgeWeight(coauthorship.getEdge(newman, girvan)));
        assertTrue(coauthorship.toString().startsWith("Graph[coauthorship"), coauthorship.toString());
        assertEquals(sample.papers().stream().mapToInt(p -> p.authorIds().size()).sum(),
                sample.authorshipGraph().edgeSet().size());
    }

    @Test
    void exportOfSomeFilesWritesTheContractsBytes() throws IOException {
        Path some = temp.resolve("some");
        sample.exportTo(some, "authors.csv", "coauthorship.graphml");
        try (var files = Files.list(some)) {
            assertEquals(Set.of("authors.csv", "coauthorship.graphml"),
                    files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        }
        assertArrayEquals(Files.readAllBytes(exports.resolve("authors.csv")), Files.readAllBytes(some.resolve("authors.csv")));
        assertThrows(IllegalArgumentException.class, () -> sample.exportTo(some, "nonsense.csv"));

        // a filtered view exports the whole contract too
        Path filtered = temp.resolve("filtered");
        sample.years(2001, 2004).exportTo(filtered);
        assertEquals(10, csvRows(filtered, "papers.csv") + 1);
        // its papers keep their ids ("P3", not renumbered), and every edge file names them so
        Set<String> paperIds = column(filtered, "papers.csv", "paper_id");
        Set<String> authorIds = column(filtered, "authors.csv", "author_id");
        assertFalse(paperIds.equals(Set.of("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9")), paperIds.toString());
        assertTrue(paperIds.containsAll(column(filtered, "citations.csv", "citing_id")));
        assertTrue(paperIds.containsAll(column(filtered, "citations.csv", "cited_id")));
        assertTrue(paperIds.containsAll(column(filtered, "topic_edges.csv", "source_id")));
        assertTrue(paperIds.containsAll(column(filtered, "topic_edges.csv", "target_id")));
        assertTrue(authorIds.containsAll(column(filtered, "coauthorships.csv", "source_id")));
        assertTrue(authorIds.containsAll(column(filtered, "coauthorships.csv", "target_id")));
        assertFalse(column(filtered, "coauthorships.csv", "source_id").isEmpty());
        String graphml = Files.readString(filtered.resolve("citation.graphml"));
        for (String id : column(filtered, "citations.csv", "citing_id")) {
            assertTrue(graphml.contains("source=\"" + id + "\""), id);
        }
    }

    private static Set<String> column(Path folder, String file, String name) throws IOException {
        String text = Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
        try (Reader reader = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                        .parse(reader)) {
            Set<String> values = new TreeSet<>();
            parser.forEach(row -> values.add(row.get(name)));
            return values;
        }
    }

    @Test
    void tablesWriteCsvWithTheContractsHeader() throws IOException {
        Path file = temp.resolve("authors-copy.csv");
        sample.authors().writeCsv(file);
        String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        String contract = Files.readAllLines(exports.resolve("authors.csv"), StandardCharsets.UTF_8).get(0);
        assertEquals(contract, header);
        assertEquals(48, Files.readAllLines(file).size());

        Path ranking = temp.resolve("pagerank.csv");
        sample.pagerank().writeCsv(ranking);
        assertEquals("\uFEFFrank,author_id,name,pagerank", Files.readAllLines(ranking).get(0));
    }

    @Test
    void toStringPrintsASmallAlignedTable() {
        // a long table: title, header, ten rows, then how many more
        List<String> lines = sample.authors().toString().lines().toList();
        assertEquals("authors (47 rows)", lines.get(0));
        assertTrue(lines.get(1).startsWith("author_id  name"), lines.get(1));
        assertEquals(13, lines.size());
        assertEquals("… 37 more rows", lines.get(12));
        // columns aligned: every row has its "papers" value ending where the header's column ends
        int papersEnd = lines.get(1).indexOf("papers") + "papers".length();
        for (String row : lines.subList(2, 12)) {
            assertTrue(Character.isDigit(row.charAt(papersEnd - 1)) && row.charAt(papersEnd) == ' ', row);
        }

        // a ranking
        List<String> top = sample.pagerank().top(3).toString().lines().toList();
        assertEquals("authors by pagerank (3 ranked)", top.get(0));
        assertTrue(top.get(1).matches("rank +author_id +name +pagerank"), top.get(1));
        assertTrue(top.get(2).matches(" +1 +A\\d+ +Albert-László Barabási +0\\.\\d{4}"), top.get(2));
        assertEquals(5, top.size());

        // a short table has no "more" line; unknown years would print empty
        String fortunato = sample.timelineOf("Santo Fortunato").toString();
        assertFalse(fortunato.contains("more row"), fortunato);
        assertTrue(fortunato.startsWith("timeline of Santo Fortunato ("), fortunato);
    }

    @Test
    void weinanEIsFirstByPagerankOnHisAuthorPage() throws IOException {
        Path page = SharedFiles.file("seeds", "000_*.txt");
        ScholarGraph seed = ScholarGraph.load(page.toString());
        assertEquals(20, seed.papers().size());
        assertEquals(16, seed.authors().size());
        assertEquals("Weinan E", seed.pagerank().get(0).name());
        assertEquals(16, seed.egoNetwork("Weinan E", 1).authors().size());
        assertEquals(20, seed.ranking(AuthorMeasure.PAPERS).get(0).score());
        assertEquals(seed.authors().size(), seed.coauthorshipGraph().vertexSet().size());
        assertEquals(27, seed.coauthorshipGraph().edgeSet().size());
    }

    private static Set<String> names(ScholarGraph graph) {
        return graph.authors().stream().map(AuthorRow::name).collect(Collectors.toSet());
    }

    private static int csvRows(String file) throws IOException {
        return csvRows(exports, file);
    }

    private static int csvRows(Path folder, String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                        .parse(reader)) {
            return parser.getRecords().size();
        }
    }

    private static int count(String file, String text) throws IOException {
        String xml = Files.readString(exports.resolve(file));
        int count = 0;
        for (int at = xml.indexOf(text); at >= 0; at = xml.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }
}
