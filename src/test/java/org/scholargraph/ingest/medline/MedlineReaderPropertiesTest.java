package org.scholargraph.ingest.medline;

import org.scholargraph.ingest.CollectedRecords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.scholargraph.ingest.DamagedText;
import org.scholargraph.ingest.UnreadableInputException;

/** Laws that hold for any input, not only for the sample. */
class MedlineReaderPropertiesTest {

    private static final String RECORDS = "PMID- 101\nDP  - 2019 Feb 30\nTI  - A title over\n      two lines.\n"
            + "FAU - Doe, Jane\nAU  - Doe J\nAUID- ORCID: 0000-0002-1825-0097\nCN  - A Group\nJT  - Journal\nVI  - 3\n"
            + "PG  - 1-9\nLID - 10.1000/xyz [doi]\nAB  - Some abstract.\nMH  - *Heading/therapy\nOT  - term\n\n"
            + "PMID- 102\nTI  - Second\nAU  - Roe R\n";

    private final MedlineReader reader = new MedlineReader();

    @Property
    void endsInRecordsAndRejectionsWhateverTheDamage(@ForAll("damaged") String text) throws IOException {
        CollectedRecords sink = new CollectedRecords();
        try {
            reader.read(Path.of("any.txt"), new BufferedReader(new StringReader(text)), sink);
        } catch (UnreadableInputException expected) {
            assertTrue(expected.line() >= 0);
        }
        sink.records.forEach(r -> assertTrue(r.source().line() >= 1));
        reader.recognises(text, Path.of("any.txt"));
    }

    @Property
    void accountsForEveryBlockOnItsFirstLine(@ForAll @IntRange(min = 1, max = 8) int count,
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 2) Integer> damage) {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int kind = i < damage.size() ? damage.get(i) : 0;
            String block = kind == 1 ? "a note pasted between records\nsecond line"  // no tag: rejected
                    : kind == 2 ? "PMID- x" + i + "\nOWN - NLM"                      // no title, abstract nor PMID: rejected
                    : "PMID- " + (100 + i) + "\nTI  - Record\n      " + i;
            blocks.add(block);
        }
        String text = String.join("\n\n", blocks) + "\n";

        CollectedRecords sink = CollectedRecords.read(reader, text);

        assertEquals(count, sink.records.size() + sink.rejections.size());
        List<Long> starts = new ArrayList<>();
        long line = 1;
        for (String block : blocks) {
            starts.add(line);
            line += block.split("\n").length + 1;
        }
        List<Long> seen = new ArrayList<>();
        sink.records.forEach(r -> seen.add(r.source().line()));
        sink.rejections.forEach(r -> seen.add(r.source().line()));
        seen.sort(null);
        assertEquals(starts, seen);
    }

    @Provide
    Arbitrary<String> damaged() {
        return DamagedText.of(RECORDS, "PMID- \n*/[]0123456789AUTI", 8, 120);
    }
}
