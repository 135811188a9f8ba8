package org.scholargraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One JSON Lines file read on two threads gives what one thread gives: the same records and
 * rejections in the same order, the same first error under --strict, the same count of records
 * before a file that is cut short.
 */
class IngestThreadsTest {

    private static final int WORKS = 1_000;
    private static final int BROKEN_LINE = 700;

    @TempDir
    Path folder;

    /** {@code count} OpenAlex works, one a line, line {@value #BROKEN_LINE} cut in half. */
    private static String works(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            String line = "{\"id\":\"https://openalex.org/W" + i + "\",\"title\":\"Work " + i
                    + "\",\"publication_year\":2001,\"authorships\":[{\"author\":{\"id\":\"https://openalex.org/A"
                    + (i % 37) + "\",\"display_name\":\"Ann Author" + (i % 37) + "\"}}]}";
            text.append(i == BROKEN_LINE ? line.substring(0, line.length() / 2) : line).append('\n');
        }
        return text.toString();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void twoThreadsReadOneFileAsOneThreadDoes() throws IOException {
        Path file = write("works.jsonl", works(WORKS).getBytes(StandardCharsets.UTF_8));

        IngestResult one = Ingest.defaults().read(List.of(file));
        IngestResult two = Ingest.defaults().withThreads(2).read(List.of(file));

        assertEquals(WORKS - 1, one.records().size());
        assertEquals(one.records(), two.records());
        assertEquals(1, two.rejections().size());
        assertEquals(BROKEN_LINE, two.rejections().get(0).source().line());
        assertEquals(one.rejections(), two.rejections());
    }

    @Test
    void strictStopsAtTheSameFirstBadRecordOnTwoThreads() throws IOException {
        Path file = write("works.jsonl", works(WORKS).getBytes(StandardCharsets.UTF_8));

        UnreadableInputException one = assertThrows(UnreadableInputException.class,
                () -> Ingest.defaults().withStrict(true).read(List.of(file)));
        UnreadableInputException two = assertThrows(UnreadableInputException.class,
                () -> Ingest.defaults().withStrict(true).withThreads(2).read(List.of(file)));

        assertEquals(BROKEN_LINE, two.line());
        assertEquals(one.getMessage(), two.getMessage());
    }

    @Test
    void aFileCutShortCountsTheSameRecordsBeforeTheBreakOnTwoThreads() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            // past the megabyte a reader looks at before it reads, so that the break comes while reading
            gzip.write(works(12_000).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = zipped.toByteArray();
        Path file = write("works.jsonl.gz", Arrays.copyOf(bytes, bytes.length * 2 / 3));

        UnreadableInputException one = assertThrows(UnreadableInputException.class,
                () -> Ingest.defaults().read(List.of(file)));
        UnreadableInputException two = assertThrows(UnreadableInputException.class,
                () -> Ingest.defaults().withThreads(2).read(List.of(file)));

        assertTrue(one.getMessage().contains("records before it were read"), one.getMessage());
        assertEquals(one.getMessage(), two.getMessage());
    }
}
