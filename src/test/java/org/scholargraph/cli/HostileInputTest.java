package org.scholargraph.cli;

import static org.scholargraph.cli.Outcome.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.project.api.ProjectController;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Bad and hostile input, end to end through the command line: each case ends with the
 * right exit code, a {@code file:line: what is wrong} line on stderr without a stack trace, and no
 * export folder or hidden temporary folder left behind; an earlier export stays byte for byte.
 *
 * <p>Inputs are real files from {@code ../shared/data}, copied into a temporary folder at test
 * time and cut, re-encoded or mutated there; the tests that need them skip when it is absent.
 */
class HostileInputTest {

    private static final Path DATA = Path.of("..", "shared", "data");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An export of the shipped sample, written once: the "earlier export" each case must leave alone. */
    @TempDir
    static Path shared;

    static Path baseline;

    @TempDir
    Path temp;

    @BeforeAll
    static void exportTheSampleOnce() {
        System.setProperty("java.awt.headless", "true");
        baseline = shared.resolve("baseline");
        Outcome sample = run("run", "-o", baseline.toString(), "input");
        assertEquals(0, sample.code(), sample.err());
    }

    // ---------------------------------------------------------------------------------------------
    // 1. Each kind of bad input, alone

    @Test
    void fileInAFormatNoReaderKnowsIsRefusedAtLineOne() throws IOException {
        // given a real file of a format scholargraph does not read: a SNAP edge list
        Path edges = copy("snap/ca-GrQc.txt", "ca-GrQc.txt");

        // then
        assertRefusedCleanly(Pattern.quote(edges.toString()) + ":1: not a format scholargraph reads"
                + " \\(see 'scholargraph formats' for the list\\)", edges);
    }

    @Test
    void fileWithoutReadPermissionIsRefused() throws IOException {
        // given a real file nobody may read
        Path ris = copy("ris/rispy_example_utf_chars.ris", "locked.ris");
        Files.setPosixFilePermissions(ris, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(ris),
                "running as root (or on a file system without permissions): a mode-000 file stays readable");

        // then
        assertRefusedCleanly(Pattern.quote(ris.toString()) + ": not readable \\(check its permissions\\)", ris);
    }

    @Test
    void pathThatDoesNotExistIsRefused() throws IOException {
        Path missing = temp.resolve("no-such-folder").resolve("works.jsonl");
        assertRefusedCleanly(Pattern.quote(missing.toString()) + ": no such file or folder", missing);
    }

    @Test
    void folderWithNothingReadableIsRefusedNamingEachSkippedFile() throws IOException {
        // given a folder with an empty file, an edge list and a hidden real export (hidden files are not read)
        Path folder = Files.createDirectories(temp.resolve("downloads"));
        Files.write(folder.resolve("empty.bib"), new byte[0]);
        Path edges = Files.copy(data("snap/ca-GrQc.txt"), folder.resolve("ca-GrQc.txt"));
        Files.copy(data("ris/rispy_example_utf_chars.ris"), folder.resolve(".hidden.ris"));

        // when / then
        Outcome outcome = assertRefusedCleanly(Pattern.quote(folder.toString())
                + ": no bibliographic file in this folder \\(formats: see 'scholargraph formats'\\)", folder);
        assertTrue(outcome.errLines().contains(folder.resolve("empty.bib") + ": skipped, empty file"), outcome.err());
        assertTrue(outcome.errLines().contains(edges + ": skipped, not a bibliographic format"), outcome.err());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path empty = Files.write(temp.resolve("works.json"), new byte[0]);
        assertRefusedCleanly(Pattern.quote(empty.toString()) + ": the file is empty", empty);
    }

    @Test
    void binaryGarbageIsRefused() throws IOException {
        // given random bytes (not starting with the gzip magic), and the same bytes gzipped
        byte[] noise = new byte[8192];
        new Random(4).nextBytes(noise);
        noise[0] = 0x00;
        Path garbage = Files.write(temp.resolve("export.ris"), noise);
        Path gzipped = Files.write(temp.resolve("export.ris.gz"), gzip(noise));

        // then each is unknown, not a crash
        assertRefusedCleanly(Pattern.quote(garbage.toString()) + ":1: not a format scholargraph reads.*", garbage);
        assertRefusedCleanly(Pattern.quote(gzipped.toString()) + ":1: not a format scholargraph reads.*", gzipped);
    }

    @Test
    void utf16WithByteOrderMarkReadsLikeUtf8() throws IOException {
        // given a real RIS record with Cyrillic and German names, in UTF-8 and in UTF-16 LE and BE with BOM
        String text = readUtf8(data("ris/rispy_example_utf_chars.ris"));
        Path utf8 = Files.writeString(temp.resolve("utf8.ris"), text, StandardCharsets.UTF_8);
        Path le = Files.write(temp.resolve("utf16le.ris"), concat(new byte[] {(byte) 0xff, (byte) 0xfe},
                text.getBytes(StandardCharsets.UTF_16LE)));
        Path be = Files.write(temp.resolve("utf16be.ris"), concat(new byte[] {(byte) 0xfe, (byte) 0xff},
                text.getBytes(StandardCharsets.UTF_16BE)));

        // when
        Map<String, List<Map<String, String>>> papers = new LinkedHashMap<>();
        for (Path input : List.of(utf8, le, be)) {
            Path out = temp.resolve("out-" + input.getFileName());
            Outcome outcome = run("run", "-o", out.toString(), input.toString());
            assertEquals(0, outcome.code(), outcome.err());
            assertFalse(outcome.err().contains("Latin-1"), outcome.err());
            papers.put(input.getFileName().toString(), csvRows(out.resolve("papers.csv"), "sources"));
        }

        // then the three give the same papers (the file name in 'sources' aside), Cyrillic intact
        assertEquals(papers.get("utf8.ris"), papers.get("utf16le.ris"));
        assertEquals(papers.get("utf8.ris"), papers.get("utf16be.ris"));
        assertTrue(papers.get("utf16le.ris").get(0).get("title").matches(".*[\\u0400-\\u04ff].*"),
                papers.get("utf16le.ris").toString());
    }

    @Test
    void invalidUtf8IsReadAsLatin1WithAWarning() throws IOException {
        // given a real BibTeX entry with German umlauts, saved as UTF-8 and as ISO-8859-1
        String text = readUtf8(data("bibtex/jbibtex_wiley_export.bib"));
        assertTrue(text.chars().anyMatch(c -> c > 127) && text.chars().allMatch(c -> c < 256));
        Path utf8 = Files.writeString(temp.resolve("utf8.bib"), text, StandardCharsets.UTF_8);
        Path latin1 = Files.writeString(temp.resolve("latin1.bib"), text, StandardCharsets.ISO_8859_1);

        // when
        Outcome fromUtf8 = run("run", "-o", temp.resolve("out-utf8").toString(), utf8.toString());
        Outcome fromLatin1 = run("run", "-o", temp.resolve("out-latin1").toString(), latin1.toString());

        // then the Latin-1 file is read right, with one warning naming it
        assertEquals(0, fromUtf8.code(), fromUtf8.err());
        assertEquals(0, fromLatin1.code(), fromLatin1.err());
        assertFalse(fromUtf8.err().contains("Latin-1"), fromUtf8.err());
        assertTrue(fromLatin1.errLines().contains(
                latin1 + ": not valid UTF-8, read as ISO-8859-1 (Latin-1); check accented names"), fromLatin1.err());
        assertEquals(csvRows(temp.resolve("out-utf8/papers.csv"), "sources"),
                csvRows(temp.resolve("out-latin1/papers.csv"), "sources"));
        assertEquals(csvRows(temp.resolve("out-utf8/authors.csv")), csvRows(temp.resolve("out-latin1/authors.csv")));
        assertTrue(Files.readString(temp.resolve("out-latin1/papers.csv")).matches("(?s).*[äöüß].*"));
    }

    @Test
    void jsonPageCutInHalfIsRefusedAtTheLineOfTheCut() throws IOException {
        // given the real OpenAlex API page, cut in the middle
        Path cut = cutInHalf(data("openalex/peneira_openalex_works_page_49works.json"), temp.resolve("works.json"));

        // then it is unreadable at its (one) line, saying that it ends too early and how many works came before
        Outcome outcome = assertRefusedCleanly(Pattern.quote(cut.toString())
                + ":1: broken JSON: Unexpected end-of-input.*; the file ends in the middle \\(cut short by a download or copy\\?"
                + " fetch it again\\) \\(\\d+ works before it were read\\)", cut);
        assertFalse(outcome.err().contains("REDACTED"), "parser internals in the message: " + outcome.err());
    }

    @Test
    void debugPrintsTheStackTraceOfTheSameError() throws IOException {
        Path cut = cutInHalf(data("openalex/peneira_openalex_works_page_49works.json"), temp.resolve("works.json"));
        Path out = temp.resolve("exports");

        Outcome outcome = run("run", "--debug", "-o", out.toString(), cut.toString());

        assertEquals(2, outcome.code());
        assertTrue(outcome.err().startsWith(cut + ":1: broken JSON"), outcome.err());
        assertTrue(outcome.err().contains("\tat org.scholargraph."), "a stack trace with --debug: " + outcome.err());
        assertFalse(Files.exists(out));
        assertNoHiddenFolders(temp);
    }

    @Test
    void gzipFileCutInHalfIsRefusedAsCutShort() throws IOException {
        // given the real OpenAlex page gzipped, the compressed file cut in half
        byte[] whole = gzip(Files.readAllBytes(data("openalex/peneira_openalex_works_page_49works.json")));
        Path cut = Files.write(temp.resolve("works.json.gz"), Arrays.copyOf(whole, whole.length / 2));

        // then
        assertRefusedCleanly(Pattern.quote(cut.toString())
                + ": the gzip data ends early or is damaged \\(Unexpected end of ZLIB input stream\\); the file was probably"
                + " cut short by an interrupted download or copy: fetch it again( \\(\\d+ records before it were read\\))?", cut);
    }

    @Test
    void strictStopsAtTheFirstBadRecordNamingFileAndLine() throws IOException {
        // given a real BibTeX export whose fifth entry is cut in the middle
        BrokenBibtex broken = BrokenBibtex.write(temp.resolve("scopus.bib"));

        // then
        assertRefusedCleanly(Pattern.quote(broken.file().toString()) + ":" + broken.line()
                + ": the entry is not closed before the next entry at line \\d+ \\(its braces do not balance\\)"
                + " \\(--strict stops at the first bad record\\)", "--strict", broken.file());
    }

    @Test
    void lenientRunSkipsTheBadRecordListsItWholeAndKeepsTheGoodOnesAround() throws IOException {
        // given the same cut entry, without --strict
        BrokenBibtex broken = BrokenBibtex.write(temp.resolve("scopus.bib"));
        Path out = temp.resolve("exports");

        // when
        Outcome outcome = run("run", "-o", out.toString(), broken.file().toString());

        // then the run succeeds, names the record on stderr, and lists it in rejected.csv
        assertEquals(0, outcome.code(), outcome.err());
        assertNoStackTrace(outcome);
        String message = broken.file() + ":" + broken.line() + ": the entry is not closed before the next entry";
        assertTrue(outcome.errLines().stream().anyMatch(l -> l.startsWith(message)), outcome.err());
        List<Map<String, String>> rejected = csvRows(out.resolve("rejected.csv"));
        assertEquals(1, rejected.size(), rejected.toString());
        Map<String, String> row = rejected.get(0);
        assertEquals(broken.file().toString(), row.get("file"));
        assertEquals(String.valueOf(broken.line()), row.get("line"));
        assertTrue(row.get("reason").startsWith("the entry is not closed"), row.get("reason"));
        // raw is the record as it stood, shown as text: it starts with '@', so it carries the leading quote
        assertEquals("'" + broken.raw().strip(), row.get("raw").strip());

        // and the 23 whole entries are papers, the neighbours of the cut one among them
        List<Map<String, String>> papers = csvRows(out.resolve("papers.csv"));
        assertEquals(broken.entries() - 1, papers.size());
        Set<String> titles = papers.stream().map(p -> p.get("title")).collect(Collectors.toSet());
        assertTrue(titles.contains(broken.titleBefore()), broken.titleBefore());
        assertTrue(titles.contains(broken.titleAfter()), broken.titleAfter());
    }

    // ---------------------------------------------------------------------------------------------
    // 2. A folder where one file in ten is broken

    @Test
    void oneBrokenFileInTenCostsOnlyItsBadRecord() throws IOException {
        // given ten real files of ten formats (and dblp.dtd beside the DBLP file), one BibTeX entry cut
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        List<Path> files = new ArrayList<>();
        for (String source : List.of("openalex/peneira_openalex_works_page_49works.json",
                "crossref/commonmeta_crossref_work_single_27refs.json", "csljson/commonmeta_csl-list_17items.json",
                "dblp/dblp_head_fragment_85articles.xml", "arxiv/arxivpy_query_all-testing_100entries.atom.xml",
                "wos/metaknowledge_savedrecs_32rec.txt", "ris/scopus4histcite_scopus_export_87rec_kw_refs.ris",
                "medline/pybibx_pubmed_335rec.txt", "scopus/litstudy_scopus_58rec.csv")) {
            Path source1 = data(source);
            files.add(Files.copy(source1, folder.resolve(source1.getFileName())));
        }
        Files.copy(data("dblp/dblp.dtd"), folder.resolve("dblp.dtd"));
        BrokenBibtex broken = BrokenBibtex.write(folder.resolve("scopus-2023.bib"));
        files.add(broken.file());

        // when each file is run alone, then the folder as a whole
        Map<String, Set<String>> alone = new TreeMap<>();
        Set<List<String>> rejectedAlone = new TreeSet<>(CellByCell.ORDER);
        for (Path file : files) {
            Path out = temp.resolve("alone-" + file.getFileName());
            Outcome outcome = run("run", "-o", out.toString(), file.toString());
            assertEquals(0, outcome.code(), file + ": " + outcome.err());
            alone.put(file.toString(), sourcesByFile(out).getOrDefault(file.toString(), Set.of()));
            rejectedAlone.addAll(rejectedRows(out));
        }
        Path out = temp.resolve("exports");
        Outcome mixed = run("run", "-o", out.toString(), folder.toString());

        // then every file gives exactly the records it gives alone, and every rejection is listed
        assertEquals(0, mixed.code(), mixed.err());
        assertNoStackTrace(mixed);
        Map<String, Set<String>> together = sourcesByFile(out);
        for (Path file : files) {
            Set<String> expected = alone.get(file.toString());
            assertFalse(expected.isEmpty(), file + " gave no record alone");
            assertEquals(expected, together.getOrDefault(file.toString(), Set.of()), file.toString());
        }
        assertEquals(alone.get(broken.file().toString()).size(), broken.entries() - 1);
        assertEquals(rejectedAlone, sorted(rejectedRows(out)));
        assertTrue(rejectedAlone.stream().anyMatch(r -> r.get(0).equals(broken.file().toString())
                && r.get(1).equals(String.valueOf(broken.line()))), rejectedAlone.toString());
        assertTrue(mixed.errLines().contains(folder.resolve("dblp.dtd") + ": skipped, not a bibliographic format"),
                mixed.err());
        assertNoHiddenFolders(temp);
    }

    private static Set<List<String>> sorted(List<List<String>> rows) {
        Set<List<String>> set = new TreeSet<>(CellByCell.ORDER);
        set.addAll(rows);
        return set;
    }

    /** Orders rows of rejected.csv cell by cell. */
    private enum CellByCell implements java.util.Comparator<List<String>> {
        ORDER;

        @Override
        public int compare(List<String> a, List<String> b) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 3. Spreadsheet and XML safety

    @Test
    void formulaTitlesAndNamesAreTextInEveryCsvAndControlCharactersLeaveTheXml() throws Exception {
        // given real OpenAlex works as JSON Lines, titles and first authors replaced by hostile text
        List<String> hostile = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0",
                "-2+3 attack", "@SUM(A1:A9)", "\t=1+1 after a tab", "\r=1+1 after a carriage return",
                "Scraped\u0001 title\u0008 with\u000B control\u001F characters\uFFFE and \uFFFF");
        JsonNode page = JSON.readTree(data("openalex/peneira_openalex_works_page_49works.json").toFile());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < page.get("results").size(); i++) {
            ObjectNode work = (ObjectNode) page.get("results").get(i);
            if (i < hostile.size()) {
                work.put("title", hostile.get(i));
                work.put("display_name", hostile.get(i));
                ObjectNode author = (ObjectNode) work.get("authorships").get(0).get("author");
                author.put("display_name", hostile.get(i));
            }
            lines.append(JSON.writeValueAsString(work)).append('\n');
        }
        Path input = Files.writeString(temp.resolve("works.jsonl"), lines);
        Path out = temp.resolve("exports");

        // when
        Outcome outcome = run("run", "-o", out.toString(), input.toString());

        // then no cell of any CSV file starts like a formula unless it is a number
        assertEquals(0, outcome.code(), outcome.err());
        try (Stream<Path> csvs = Files.list(out)) {
            for (Path csv : csvs.filter(p -> p.toString().endsWith(".csv")).toList()) {
                for (CSVRecord record : parseCsv(csv)) {
                    for (String cell : record) {
                        assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                                && !NUMBER.matcher(cell).matches(), csv.getFileName() + ": " + cell);
                    }
                }
            }
        }
        Set<String> titles = csvRows(out.resolve("papers.csv")).stream().map(r -> r.get("title"))
                .collect(Collectors.toSet());
        Set<String> names = csvRows(out.resolve("authors.csv")).stream().map(r -> r.get("name"))
                .collect(Collectors.toSet());
        for (String text : hostile.subList(0, 4)) {
            assertTrue(titles.contains("'" + text), text + " in " + titles);
        }
        // names read "Family, Given" when they hold a comma: the first one is turned round, and starts with '"'
        for (String text : hostile.subList(1, 4)) {
            assertTrue(names.contains("'" + text), text + " in " + names);
        }
        assertTrue(titles.contains("'=1+1 after a tab") && titles.contains("'=1+1 after a carriage return"),
                "leading white space is trimmed, and what follows is neutralised: " + titles);

        // and every GraphML and GEXF file holds XML 1.0 characters only, parses, and opens in Gephi
        try (Stream<Path> graphs = Files.list(out)) {
            for (Path graph : graphs.filter(p -> p.toString().matches(".*\\.(graphml|gexf)")).toList()) {
                String xml = Files.readString(graph, StandardCharsets.UTF_8);
                xml.codePoints().forEach(c -> assertTrue(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                        || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF,
                        graph.getFileName() + " holds U+" + Integer.toHexString(c)));
                Document document = parseXml(graph);
                assertNotNull(document.getDocumentElement());
                openInGephi(graph);
            }
        }
        // the control characters and non-characters are dropped, the rest kept (as title and as author name)
        String cleaned = "Scraped title with control characters and ";
        assertTrue(textsOf(parseXml(out.resolve("citation.graphml")), "data").contains(cleaned));
        assertTrue(textsOf(parseXml(out.resolve("coauthorship.graphml")), "data").contains(cleaned));
        assertTrue(Files.readString(out.resolve("coauthorship.gexf")).contains("label=\"" + cleaned + "\""));
    }

    // ---------------------------------------------------------------------------------------------
    // 4. XML: entity expansion and external entities

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // guards against a hang only; the refusal is immediate
    void billionLaughsInTheDtdBesideADblpFileIsRefused() throws IOException {
        // given the real DBLP fragment, with a dblp.dtd beside it that adds nested entities
        Path folder = Files.createDirectories(temp.resolve("dblp"));
        Files.writeString(folder.resolve("dblp.dtd"), Files.readString(data("dblp/dblp.dtd"), StandardCharsets.ISO_8859_1)
                + "\n" + laughs(), StandardCharsets.ISO_8859_1);
        Path xml = Files.writeString(folder.resolve("dblp.xml"), dblp().replaceFirst("<title>", "<title>&lol9;"),
                StandardCharsets.ISO_8859_1);

        assertRefusedCleanly(Pattern.quote(xml.toString()) + ":2: dblp\\.dtd: entity 'lol1' is defined through other"
                + " entities, which is how entity-expansion \\('billion laughs'\\) attacks work; .*", xml);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void billionLaughsInTheInternalSubsetOfADblpFileIsRefused() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("dblp"));
        Files.copy(data("dblp/dblp.dtd"), folder.resolve("dblp.dtd"));
        Path xml = Files.writeString(folder.resolve("dblp.xml"), dblp()
                .replace("<!DOCTYPE dblp SYSTEM \"dblp.dtd\">", "<!DOCTYPE dblp SYSTEM \"dblp.dtd\" [\n" + laughs() + "]>")
                .replaceFirst("<title>", "<title>&lol9;"), StandardCharsets.ISO_8859_1);

        assertRefusedCleanly(Pattern.quote(xml.toString()) + ":2: entity 'lol1' is defined through other entities.*"
                + "billion laughs.*", xml);
    }

    @Test
    void externalEntitiesInDblpAndArxivNeverBringAFileIntoTheExports() throws IOException {
        // given a secret file, and four hostile inputs that try to read it or /etc/hostname
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP-SECRET-7f3a9c");
        String secretUri = secret.toUri().toString();
        String hostname = "file:///etc/hostname";
        Map<String, Path> inputs = new LinkedHashMap<>();
        for (String target : List.of(secretUri, hostname)) {
            String name = target.equals(hostname) ? "hostname" : "secret";
            // DBLP, entity in the document's internal subset
            Path a = Files.createDirectories(temp.resolve("dblp-subset-" + name));
            Files.copy(data("dblp/dblp.dtd"), a.resolve("dblp.dtd"));
            inputs.put("dblp internal subset → " + name, Files.writeString(a.resolve("dblp.xml"), dblp()
                    .replace("<!DOCTYPE dblp SYSTEM \"dblp.dtd\">",
                            "<!DOCTYPE dblp SYSTEM \"dblp.dtd\" [\n<!ENTITY xxe SYSTEM \"" + target + "\">\n]>")
                    .replaceFirst("<title>", "<title>BEGIN&xxe;END "), StandardCharsets.ISO_8859_1));
            // DBLP, entity in the dblp.dtd beside it
            Path b = Files.createDirectories(temp.resolve("dblp-dtd-" + name));
            Files.writeString(b.resolve("dblp.dtd"), Files.readString(data("dblp/dblp.dtd"), StandardCharsets.ISO_8859_1)
                    + "\n<!ENTITY xxe SYSTEM \"" + target + "\">\n", StandardCharsets.ISO_8859_1);
            inputs.put("dblp.dtd → " + name, Files.writeString(b.resolve("dblp.xml"),
                    dblp().replaceFirst("<title>", "<title>BEGIN&xxe;END "), StandardCharsets.ISO_8859_1));
            // DBLP whose DOCTYPE names the file itself as its DTD
            Path c = Files.createDirectories(temp.resolve("dblp-system-" + name));
            inputs.put("dblp SYSTEM → " + name, Files.writeString(c.resolve("dblp.xml"),
                    dblp().replace("\"dblp.dtd\"", "\"" + target + "\""), StandardCharsets.ISO_8859_1));
            // arXiv, entity in an internal subset, and a DOCTYPE naming the file
            String feed = Files.readString(data("arxiv/arxivpy_query_all-testing_100entries.atom.xml"));
            int prolog = feed.indexOf("?>") + 2;
            inputs.put("arxiv internal subset → " + name, Files.writeString(temp.resolve("feed-subset-" + name + ".xml"),
                    feed.substring(0, prolog) + "\n<!DOCTYPE feed [\n<!ENTITY xxe SYSTEM \"" + target + "\">\n]>"
                    + feed.substring(prolog).replaceFirst("<title>", "<title>BEGIN&xxe;END ")));
            inputs.put("arxiv SYSTEM → " + name, Files.writeString(temp.resolve("feed-system-" + name + ".xml"),
                    feed.substring(0, prolog) + "\n<!DOCTYPE feed SYSTEM \"" + target + "\">" + feed.substring(prolog)));
        }
        String hostnameText = Files.isReadable(Path.of("/etc/hostname"))
                ? Files.readString(Path.of("/etc/hostname")).strip() : "\u0000no hostname\u0000";

        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            Path out = temp.resolve("out-" + input.getValue().getParent().getFileName() + "-"
                    + input.getValue().getFileName());

            // when
            Outcome outcome = run("run", "-o", out.toString(), input.getValue().toString());

            // then the run either refuses the file (exit 2, a message naming it) or reads it without the entity
            String what = input.getKey() + ": " + outcome.err();
            assertNoStackTrace(outcome);
            assertFalse(outcome.err().contains("TOP-SECRET"), what);
            assertFalse(outcome.err().contains("BEGIN" + hostnameText + "END"), what);
            if (outcome.code() == 2) {
                assertTrue(outcome.err().startsWith(input.getValue().toString() + ":"), what);
                assertFalse(Files.exists(out), what);
            } else {
                assertEquals(0, outcome.code(), what);
                try (Stream<Path> exported = Files.list(out)) {
                    for (Path file : exported.toList()) {
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        assertFalse(text.contains("TOP-SECRET"), what + " " + file);
                        assertFalse(text.contains("BEGIN" + hostnameText + "END"), what + " " + file);
                    }
                }
            }
        }
        assertNoHiddenFolders(temp);
    }

    // ---------------------------------------------------------------------------------------------
    // 5. An interrupted run

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void runInterruptedWhileWritingLeavesTheEarlierExportAndNoTemporaryFolder() throws Exception {
        // given an earlier export, and an input whose export takes a few seconds to write
        Path out = earlierExport();
        Map<String, byte[]> before = snapshot(out);
        Path input = writeSyntheticOpenAlex(temp.resolve("works.jsonl"), 10_000);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "-o", out.toString(), input.toString())
                .redirectOutput(temp.resolve("stdout.txt").toFile())
                .redirectError(temp.resolve("stderr.txt").toFile());

        // when it is sent SIGTERM once its hidden temporary export folder exists
        Process process = builder.start();
        boolean writing = false;
        while (process.isAlive() && !writing) {
            writing = !hiddenFolders(temp).isEmpty();
            if (!writing) {
                Thread.sleep(2);
            }
        }
        process.destroy();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the run ends after SIGTERM");

        // then
        assertTrue(writing, "the run ended before writing its export: " + Files.readString(temp.resolve("stderr.txt")));
        assertNotEquals(0, process.exitValue(), "terminated by the signal, not finished");
        assertSnapshot(before, out);
        assertNoHiddenFolders(temp);
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    /**
     * Runs the arguments (inputs last) against an earlier export and against a folder that does
     * not exist: exit 2, a stderr line matching {@code message}, no stack trace, the earlier export
     * byte for byte as it was, no new folder and no hidden temporary folder.
     */
    private Outcome assertRefusedCleanly(String message, Object... arguments) throws IOException {
        List<String> rest = Arrays.stream(arguments).map(Object::toString).toList();
        Path earlier = earlierExport();
        Map<String, byte[]> before = snapshot(earlier);
        Path fresh = temp.resolve("new-exports");
        Outcome first = null;
        for (Path out : List.of(earlier, fresh)) {
            List<String> args = new ArrayList<>(List.of("run", "-o", out.toString()));
            args.addAll(rest);
            Outcome outcome = run(args.toArray(String[]::new));
            assertEquals(2, outcome.code(), outcome.err());
            Pattern shape = Pattern.compile(message);
            assertTrue(outcome.errLines().stream().anyMatch(l -> shape.matcher(l).matches()),
                    "no stderr line matches " + message + "\n" + outcome.err());
            assertNoStackTrace(outcome);
            first = first == null ? outcome : first;
        }
        assertSnapshot(before, earlier);
        assertFalse(Files.exists(fresh), "a failed run created " + fresh);
        assertNoHiddenFolders(temp);
        return first;
    }

    private static void assertNoStackTrace(Outcome outcome) {
        assertFalse(outcome.err().contains("\tat "), "a stack trace without --debug:\n" + outcome.err());
        assertFalse(outcome.err().contains("Exception"), "an exception's name on stderr:\n" + outcome.err());
    }

    private Path earlierExport() throws IOException {
        Path earlier = temp.resolve("exports");
        for (int n = 2; Files.exists(earlier); n++) {
            earlier = temp.resolve("exports-" + n);
        }
        Files.createDirectories(earlier);
        try (Stream<Path> files = Files.list(baseline)) {
            for (Path file : files.toList()) {
                Files.copy(file, earlier.resolve(file.getFileName()));
            }
        }
        return earlier;
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static void assertSnapshot(Map<String, byte[]> before, Path folder) throws IOException {
        Map<String, byte[]> after = snapshot(folder);
        assertEquals(before.keySet(), after.keySet(), "the files of the earlier export");
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name + " of the earlier export changed");
        }
    }

    private static List<String> hiddenFolders(Path parent) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\..*\\.(tmp|old)-.*")).toList();
        }
    }

    private static void assertNoHiddenFolders(Path parent) throws IOException {
        assertEquals(List.of(), hiddenFolders(parent), "temporary folders left in " + parent);
    }

    private static Path data(String relative) {
        assumeTrue(Files.isDirectory(DATA), "../shared/data is absent: these tests cut and mutate its real files");
        Path file = DATA.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "../shared/data/" + relative + " is absent");
        return file;
    }

    private Path copy(String relative, String name) throws IOException {
        return Files.copy(data(relative), temp.resolve(name));
    }

    private static String readUtf8(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String dblp() throws IOException {
        return Files.readString(data("dblp/dblp_head_fragment_85articles.xml"), StandardCharsets.ISO_8859_1);
    }

    /** Nine levels of ten: a billion "lol"s when expanded. */
    private static String laughs() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            String inner = level == 1 ? "&lol;" : "&lol" + (level - 1) + ";";
            dtd.append("<!ENTITY lol").append(level).append(" \"").append(inner.repeat(10)).append("\">\n");
        }
        return dtd.toString();
    }

    private static Path cutInHalf(Path source, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        return Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static List<CSVRecord> parseCsv(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new StringReader(text)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }

    /** The rows of a CSV export as column → cell, without the columns named in {@code without}. */
    private static List<Map<String, String>> csvRows(Path csv, String... without) throws IOException {
        List<CSVRecord> records = parseCsv(csv);
        List<String> header = records.get(0).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (!List.of(without).contains(header.get(i))) {
                    row.put(header.get(i), record.get(i));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** {@code file:line} of every record behind the papers of an export, by file. */
    private static Map<String, Set<String>> sourcesByFile(Path exports) throws IOException {
        Map<String, Set<String>> byFile = new TreeMap<>();
        for (Map<String, String> paper : csvRows(exports.resolve("papers.csv"))) {
            for (String source : paper.get("sources").split(";")) {
                String file = source.substring(0, source.lastIndexOf(':'));
                byFile.computeIfAbsent(file, f -> new TreeSet<>()).add(source);
            }
        }
        return byFile;
    }

    private static List<List<String>> rejectedRows(Path exports) throws IOException {
        return csvRows(exports.resolve("rejected.csv")).stream().map(r -> List.copyOf(r.values())).toList();
    }

    private static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Set<String> textsOf(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS("*", element);
        Set<String> texts = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static void openInGephi(Path file) throws IOException {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(file.toFile());
        assertNotNull(container, file.getFileName() + " is a format Gephi recognises");
        String report = container.getReport().getText();
        assertFalse(report.contains("SEVERE"), file.getFileName() + ": " + report);
        projects.closeCurrentProject();
    }

    /**
     * Synthetic OpenAlex JSON Lines: {@code works} works, each by one of 2,000 fixed author pairs,
     * with a made-up three-word title, so that reading and analysis are quick and the export is large.
     */
    private static Path writeSyntheticOpenAlex(Path file, int works) throws IOException {
        Random random = new Random(7);
        String consonants = "bcdfghjklmnpqrstvwxz";
        String vowels = "aeiou";
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < works; w++) {
            StringBuilder title = new StringBuilder();
            for (int word = 0; word < 3; word++) {
                title.append(word == 0 ? "" : " ");
                for (int syllable = 0; syllable < 4; syllable++) {
                    title.append(consonants.charAt(random.nextInt(consonants.length())))
                            .append(vowels.charAt(random.nextInt(vowels.length())));
                }
            }
            int a = 2 * (w % 2000);
            text.append(String.format("{\"id\":\"https://openalex.org/W%d\",\"title\":\"%s\",\"publication_year\":%d,"
                    + "\"authorships\":[{\"author\":{\"id\":\"https://openalex.org/A%d\",\"display_name\":\"Author %d\"}},"
                    + "{\"author\":{\"id\":\"https://openalex.org/A%d\",\"display_name\":\"Author %d\"}}]}%n",
                    w + 1, title, 1990 + w % 30, a, a, a + 1, a + 1));
        }
        return Files.writeString(file, text);
    }

    /**
     * The real 2023-format Scopus BibTeX export with its fifth entry cut in the middle: the first
     * half of that entry stays, the rest up to the next entry is gone.
     */
    private record BrokenBibtex(Path file, long line, String raw, int entries, String titleBefore, String titleAfter) {

        static BrokenBibtex write(Path target) throws IOException {
            String text = readUtf8(data("bibtex/pybibx_scopus_bibtex_export_2023format_24entries.bib"));
            List<Integer> starts = new ArrayList<>();
            var entry = Pattern.compile("(?m)^@").matcher(text);
            while (entry.find()) {
                starts.add(entry.start());
            }
            int from = starts.get(4);
            int to = starts.get(5);
            int cut = from + (to - from) / 2;
            String broken = text.substring(0, cut) + "\n" + text.substring(to);
            Files.writeString(target, broken, StandardCharsets.UTF_8);
            long line = 1 + text.substring(0, from).chars().filter(c -> c == '\n').count();
            return new BrokenBibtex(target, line, text.substring(from, cut), starts.size(),
                    titleOf(text.substring(starts.get(3), from)), titleOf(text.substring(to, starts.get(6))));
        }

        private static String titleOf(String entry) {
            var title = Pattern.compile("\\btitle = \\{(.*)},").matcher(entry);
            assertTrue(title.find(), entry);
            return title.group(1);
        }
    }
}
