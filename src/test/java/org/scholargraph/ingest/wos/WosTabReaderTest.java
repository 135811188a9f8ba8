package org.scholargraph.ingest.wos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholargraph.ingest.InputText;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;
import org.scholargraph.model.Reference;

/** No real tab-delimited export is in ../shared/data: these tests read the hand-made one in {@link NetworkPapers}. */
class WosTabReaderTest {

    private final WosTabReader reader = new WosTabReader();

    @TempDir
    Path dir;

    @Test
    void readsOneRecordPerLineWithItsSemicolonSeparatedItems() {
        CollectedRecords read = CollectedRecords.read(reader, NetworkPapers.TAB);

        assertEquals(List.of(), read.rejections);
        assertEquals(4, read.records.size());
        BibRecord watts = read.records.get(0);
        assertEquals(2, watts.source().line());
        assertEquals("wos-tab", watts.format());
        assertEquals("Collective dynamics of 'small-world' networks", watts.title());
        assertEquals(List.of("Watts, Duncan J.", "Strogatz, Steven H."),
                watts.authors().stream().map(RecordAuthor::name).toList());
        assertEquals(OptionalInt.of(1998), watts.year());
        assertEquals(Optional.of(LocalDate.of(1998, 6, 4)), watts.date());
        assertEquals("NATURE", watts.venue());
        assertEquals("393", watts.volume());
        assertEquals("440-442", watts.pages());
        assertEquals(Map.of(IdScheme.DOI, "10.1038/30918"), watts.ids());
        assertEquals(List.of("small-world networks", "synchronization"), watts.keywords());

        BibRecord girvan = read.records.get(3);
        assertEquals(List.of(
                new Reference(Map.of(IdScheme.DOI, "10.1073/pnas.98.2.404"),
                        "Newman MEJ, 2001, P NATL ACAD SCI USA, V98, P404, DOI 10.1073/pnas.98.2.404"),
                new Reference(Map.of(IdScheme.DOI, "10.1038/30918"),
                        "Watts DJ, 1998, NATURE, V393, P440, DOI [10.1038/30918, 10.1038/30918]")),
                girvan.references());
        assertEquals("026113", girvan.pages());
    }

    @Test
    void givesTheSameRecordsAsThePlainTextExportOfTheSamePapers() {
        // given the same four papers exported as plain text and as tab-delimited text
        List<BibRecord> plain = CollectedRecords.read(new WosPlainReader(), NetworkPapers.PLAIN).records;
        List<BibRecord> tab = CollectedRecords.read(reader, NetworkPapers.TAB).records;

        // then everything but the file position and the format id is the same
        assertEquals(4, plain.size());
        assertEquals(content(plain), content(tab));
    }

    @Test
    void readsUtf16LittleEndianWithBomAsTheWindowsExportWritesIt() throws Exception {
        // given "Tab-delimited (Win)": UTF-16LE with a byte-order mark, CRLF, and a name with accents
        List<Map<String, String>> records = new ArrayList<>(NetworkPapers.TAB_RECORDS);
        Map<String, String> erdos = new HashMap<>(Map.of("PT", "J", "AU", "Erdős, P; Rényi, A",
                "AF", "Erdős, Pál; Rényi, Alfréd", "TI", "On the evolution of random graphs",
                "SO", "Publications of the Mathematical Institute of the Hungarian Academy of Sciences",
                "PY", "1960", "VL", "5", "BP", "17", "EP", "61"));
        records.add(erdos);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write(NetworkPapers.tabExport(records).getBytes(StandardCharsets.UTF_16LE));
        Path file = dir.resolve("savedrecs.txt");
        Files.write(file, bytes.toByteArray());

        // when a run detects and reads it
        InputText text = InputText.of(file);
        CollectedRecords read = CollectedRecords.read(reader, file);

        // then it is recognised and read, accents intact
        assertTrue(reader.recognises(text.head(), file));
        assertEquals(List.of(), read.rejections);
        assertEquals(5, read.records.size());
        assertEquals(List.of("Erdős, Pál", "Rényi, Alfréd"),
                read.records.get(4).authors().stream().map(RecordAuthor::name).toList());
        assertEquals(content(CollectedRecords.read(reader, NetworkPapers.TAB).records), content(read.records.subList(0, 4)));
    }

    @Test
    void rejectsALineSplitByALineBreakInsideAField() {
        // given a record whose abstract holds a line break: the record is spread over two lines
        String broken = NetworkPapers.tabExport(List.of(Map.of("PT", "J", "AU", "Albert, R; Barabasi, AL",
                "TI", "Statistical mechanics of complex networks", "AB", "Complex networks describe\nmany systems",
                "PY", "2002", "DI", "10.1103/RevModPhys.74.47")));
        String text = broken + NetworkPapers.TAB.substring(NetworkPapers.TAB.indexOf('\n') + 1);

        CollectedRecords read = CollectedRecords.read(reader, text);

        // then both halves are rejected, each at its line, and the records after them are read
        assertEquals(List.of(2L, 3L), read.rejections.stream().map(r -> r.source().line()).toList());
        assertTrue(read.rejections.get(0).reason().contains("where the header has 67"), read.rejections.get(0).reason());
        assertEquals(4, read.records.size());
        assertEquals(4, read.records.get(0).source().line());
    }

    @Test
    void failsOnAFileWhoseFirstLineIsNotAHeader() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> CollectedRecords.read(reader, "\nTitle\tAuthors\tYear\nA\tB\t2001\n"));

        assertEquals(2, e.line());
    }

    @Test
    void rejectsARecordWithNothingToIdentifyIt() {
        String text = NetworkPapers.tabExport(List.of(Map.of("PT", "J", "AU", "Nobody, N", "LA", "English")));

        CollectedRecords read = CollectedRecords.read(reader, text);

        assertEquals(0, read.records.size());
        assertEquals(1, read.rejections.size());
        assertTrue(read.rejections.get(0).reason().contains("without title"));
    }

    /** A record's content without where it came from. */
    private static List<List<Object>> content(List<BibRecord> records) {
        return records.stream().map(r -> List.<Object>of(r.title(), r.authors(), r.year(), r.date(), r.venue(), r.volume(),
                r.pages(), r.abstractText(), r.ids(), r.keywords(), r.references())).toList();
    }
}
