package org.scholargraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of JSON Lines that hold for each JSON format, whichever lines are broken. */
class JsonRecordReaderPropertiesTest {

    /** One small record of each JSON format, numbered. */
    private static final List<Sample> SAMPLES = List.of(
            new Sample(Format.OPENALEX, "{\"id\":\"https://openalex.org/W%d\",\"title\":\"Work %d\"}"),
            new Sample(Format.CROSSREF, "{\"DOI\":\"10.1/x%d\",\"title\":[\"Work %d\"],\"member\":\"7\"}"),
            new Sample(Format.CSL_JSON, "{\"id\":\"i%d\",\"type\":\"book\",\"title\":\"Item %d\"}"),
            new Sample(Format.SEMANTIC_SCHOLAR, "{\"paperId\":\"p%d\",\"title\":\"Paper %d\"}"));

    @Property
    void everyLineIsARecordOrOneRejectionAtItsLine(@ForAll("samples") Sample sample,
            @ForAll @IntRange(min = 1, max = 12) int records, @ForAll("damage") List<Integer> cuts) throws IOException {
        // given JSON Lines of numbered records, some cut in half (still starting with '{')
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= records; i++) {
            lines.add(String.format(sample.record(), i, i));
        }
        int broken = 0;
        for (int cut : cuts) {
            int at = cut % records;
            String line = lines.get(at);
            if (line.endsWith("}")) {
                lines.set(at, line.substring(0, line.length() / 2));
                broken++;
            }
        }
        CollectedRecords sink = new CollectedRecords();
        BufferedReader text = new BufferedReader(new StringReader(String.join("\n", lines)));
        RecordReader reader = sample.format().reader();

        if (!lines.get(0).endsWith("}") && (records == 1 || !lines.get(1).endsWith("}"))) {
            // documented limit: without one whole line among the first two, the file reads as one broken document
            long line = assertThrows(UnreadableInputException.class, () -> reader.read(Path.of("r.jsonl"), text, sink)).line();
            assertTrue(line >= 1 && line <= records, "line " + line);
            return;
        }
        reader.read(Path.of("r.jsonl"), text, sink);

        // then every whole line is a record at its line, every cut one a rejection at its line, as it stood
        assertEquals(records - broken, sink.records.size());
        assertEquals(broken, sink.rejections.size());
        assertEquals(LongStream.rangeClosed(1, records).boxed().collect(Collectors.toList()),
                Stream.concat(sink.records.stream().map(r -> r.source().line()),
                        sink.rejections.stream().map(r -> r.source().line())).sorted().collect(Collectors.toList()));
        sink.rejections.forEach(r -> assertEquals(lines.get((int) r.source().line() - 1), r.raw()));
        sink.records.forEach(r -> assertEquals(sample.format().id(), r.format()));
    }

    @Provide
    Arbitrary<Sample> samples() {
        return Arbitraries.of(SAMPLES);
    }

    @Provide
    Arbitrary<List<Integer>> damage() {
        return Arbitraries.integers().between(0, 100).list().ofMaxSize(4);
    }

    @Property(tries = 40)
    void onWorkerThreadsTheSameRecordsAndRejectionsArriveInTheSameOrder(@ForAll("samples") Sample sample,
            @ForAll @IntRange(min = 1, max = 1300) int records, @ForAll("damage") List<Integer> cuts,
            @ForAll @IntRange(min = 0, max = 5) int blanks) throws Exception {
        // given JSON Lines over several batches of lines, some cut in half, some blank
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= records; i++) {
            lines.add(String.format(sample.record(), i, i));
        }
        for (int cut : cuts) {
            if (records > 2) { // the first two lines whole, so that the text reads as JSON Lines
                int at = 2 + cut * 13 % (records - 2);
                lines.set(at, lines.get(at).substring(0, lines.get(at).length() / 2));
            }
        }
        for (int b = 0; b < blanks; b++) {
            lines.add(Math.min(lines.size(), 2 + b * 97), "  ");
        }
        String text = String.join("\n", lines);
        RecordReader reader = sample.format().reader();
        CollectedRecords alone = new CollectedRecords();
        reader.read(Path.of("r.jsonl"), new BufferedReader(new StringReader(text)), alone);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            AtomicInteger prepared = new AtomicInteger();
            CollectedRecords workers = new CollectedRecords();
            reader.read(Path.of("r.jsonl"), new BufferedReader(new StringReader(text)), workers,
                    new ReadingWorkers(pool, 2, record -> {
                        prepared.incrementAndGet();
                        return record;
                    }));

            // then the same records, rejections and lines in the same order, each record prepared once
            assertEquals(alone.records, workers.records);
            assertEquals(alone.rejections, workers.rejections);
            assertEquals(workers.records.size(), prepared.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Sample(Format format, String record) {
    }
}
