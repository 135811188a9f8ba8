package org.scholargraph.ingest.wos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assertions;
import org.scholargraph.ingest.RecordReader;
import org.scholargraph.ingest.UnreadableInputException;

/** Laws that hold for any input, not only for the samples. */
class WosReadersPropertyTest {

    private static final String DAMAGE = "PTERAUFNEF \t\n\r;[]:\uFEFF0J";

    @Property
    void plainReaderEndsInRecordsRejectionsOrTheParseError(@ForAll("damagedPlain") String text) {
        readSafely(new WosPlainReader(), text);
    }

    @Property
    void tabReaderEndsInRecordsRejectionsOrTheParseError(@ForAll("damagedTab") String text) {
        readSafely(new WosTabReader(), text);
    }

    @Property
    void aCutPlainExportKeepsEveryRecordWhoseErLineWasReached(@ForAll @IntRange(min = 0, max = 4000) int cut) {
        String whole = NetworkPapers.PLAIN;
        String text = whole.substring(0, Math.min(cut, whole.length()));

        int started = (int) Pattern.compile("(?m)^PT( .*)?$").matcher(text).results().count();
        // a cut one letter into the line after a record ("P" of the next PT, "E" of EF) leaves a
        // stray fragment outside any record, rejected too
        int fragment = Pattern.compile("\\nER\\n+[A-Z]$").matcher(text).find() ? 1 : 0;
        CollectedRecords read;
        try {
            read = CollectedRecords.read(new WosPlainReader(), text);
        } catch (UnreadableInputException e) {
            // only a file cut inside its header line ("FN Clariv", "VR") has no record to stand on
            assertEquals(0, started, e.getMessage());
            return;
        }

        // the records read are exactly those whose "ER" line stands whole before the cut
        Matcher ends = Pattern.compile("(?m)^ER$").matcher(text);
        int complete = 0;
        while (ends.find()) {
            complete++;
        }
        assertEquals(complete, read.records.size());
        // a record cut in half is rejected, never dropped
        assertEquals(started + fragment, read.records.size() + read.rejections.size());
    }

    private static void readSafely(RecordReader reader, String text) {
        CollectedRecords sink = new CollectedRecords();
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                reader.read(Path.of("damaged.txt"), new BufferedReader(new StringReader(text)), sink);
            } catch (UnreadableInputException expected) {
                assertTrue(expected.line() >= 0);
            }
            reader.recognises(text, Path.of("damaged.txt"));
        });
        sink.records.forEach(r -> assertTrue(r.source().line() >= 1));
        sink.rejections.forEach(r -> assertTrue(r.source().line() >= 1 && !r.reason().isBlank()));
    }

    @Provide
    Arbitrary<String> damagedPlain() {
        return damaged(NetworkPapers.PLAIN);
    }

    @Provide
    Arbitrary<String> damagedTab() {
        return damaged(NetworkPapers.TAB);
    }

    /** Cut anywhere, characters replaced by the ones that matter to the format, or random text. */
    private static Arbitrary<String> damaged(String whole) {
        Arbitrary<String> cut = Arbitraries.integers().between(0, whole.length()).map(n -> whole.substring(0, n));
        Arbitrary<String> flipped = Arbitraries.integers().between(0, whole.length() - 1).list().ofMinSize(1).ofMaxSize(8)
                .flatMap(positions -> Arbitraries.strings().withChars(DAMAGE).ofLength(positions.size()).map(junk -> {
                    StringBuilder text = new StringBuilder(whole);
                    for (int i = 0; i < positions.size(); i++) {
                        text.setCharAt(positions.get(i), junk.charAt(i));
                    }
                    return text.toString();
                }));
        Arbitrary<String> random = Arbitraries.strings().withChars(DAMAGE + "abc,").ofMaxLength(200);
        return Arbitraries.oneOf(cut, flipped, random);
    }
}
