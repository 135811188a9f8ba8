package org.scholargraph.ingest.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholargraph.ingest.CollectedRecords;
import org.scholargraph.model.BibRecord;

class AbstractListReaderTest {

    /*
     * Expected numbers for the seed 001_*.txt, counted with the shell, not with this reader:
     *   grep -c . 001_*                → 50 non-empty lines (wc -l says 49: the last line has no newline)
     *   grep -c '^[[:space:]]*$' 001_* → 0 blank lines, so each line is one abstract
     *   awk '{print NF}' 001_* | sort -n | head -1 → 37 words in the shortest line
     *   awk 'substr($0,length($0),1)!="."' 001_* → only line 5 does not end with a period (it ends with a URL)
     */
    private static final int ABSTRACTS = 50;

    private final AbstractListReader reader = new AbstractListReader();

    @Test
    void readsEachLineOfTheSeedListAsOneAbstractOnlyRecord() {
        // given the saved list of abstracts
        // when it is read
        CollectedRecords read = CollectedRecords.read(reader, SeedPages.ABSTRACT_LIST.file());

        // then every line is one record with an abstract, no title, no author, starting on its own line
        assertEquals(ABSTRACTS, read.records.size());
        assertTrue(read.rejections.isEmpty(), () -> read.rejections.toString());
        for (int i = 0; i < ABSTRACTS; i++) {
            BibRecord record = read.records.get(i);
            assertEquals(i + 1, record.source().line());
            assertEquals("", record.title());
            assertTrue(record.authors().isEmpty());
            assertFalse(record.abstractText().isEmpty());
            assertEquals("abstract-list", record.format());
        }
        // and the abstract that ends with a URL is not run into the next one
        assertTrue(read.records.get(4).abstractText().matches(".*https://github\\.com/\\S+"));
    }

    @Test
    void recognisesItsOwnSeedAndNoOtherListing() {
        assertTrue(reader.recognises(SeedPages.ABSTRACT_LIST.head(), SeedPages.ABSTRACT_LIST.file()));
        assertFalse(reader.recognises(SeedPages.AUTHOR_PAGE.head(), SeedPages.AUTHOR_PAGE.file()));
        assertFalse(reader.recognises(SeedPages.READING_LIST.head(), SeedPages.READING_LIST.file()));
        assertFalse(reader.recognises(SeedPages.PAPER_PAGE.head(), SeedPages.PAPER_PAGE.file()));
    }

    @Test
    void joinsAHardWrappedParagraphAndSplitsAtBlankLines() {
        // given two paragraphs written for this test, wrapped at a fixed width, with a blank line between
        String text = String.join("\n",
                "We train a deep residual network whose layers learn residual functions with",
                "reference to the layer inputs, and show it is easier to optimise.",
                "",
                "A sequence transduction model based only on attention is proposed, which",
                "dispenses with recurrence and convolutions entirely.",
                "");

        // when read
        List<BibRecord> records = CollectedRecords.read(reader, text).records;

        // then each paragraph is one abstract, starting on its first line
        assertEquals(2, records.size());
        assertEquals(1, records.get(0).source().line());
        assertTrue(records.get(0).abstractText().endsWith("easier to optimise."));
        assertEquals(4, records.get(1).source().line());
    }

    @Test
    void rejectsALineTooShortToBeAnAbstract() {
        // given a heading above an abstract
        String text = "Abstracts\nWe propose a method that learns word vectors from large text corpora quickly.\n";

        // when read
        CollectedRecords read = CollectedRecords.read(reader, text);

        // then the heading is rejected with its line, the abstract kept
        assertEquals(1, read.records.size());
        assertEquals(1, read.rejections.size());
        assertEquals(1, read.rejections.get(0).source().line());
        assertEquals("Abstracts", read.rejections.get(0).raw());
    }

    @Test
    void recognisesAHandMadeListOfAbstracts() {
        String head = "We propose a method that learns word vectors from large text corpora quickly and well.\n"
                + "A sequence transduction model based only on attention is proposed and evaluated on translation.\n";
        assertTrue(reader.recognises(head, Path.of("abstracts.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   \n\n",
        "{\"results\": [{\"abstract\": \"We propose a method that learns word vectors from large text corpora.\"}]}",
        "[{\"title\": \"We propose a method that learns word vectors from large text corpora quickly.\"}]",
        "<?xml version=\"1.0\"?><feed>We propose a method that learns word vectors from large corpora.</feed>",
        "TY  - JOUR\nAB  - We propose a method that learns word vectors from large text corpora quickly and well.\nER  - \n",
        "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAB We propose a method that learns word vectors from large text corpora.\n",
        "PMID- 123456\nAB  - We propose a method that learns word vectors from large text corpora quickly and well.\n",
        "@article{mikolov2013,\n  abstract = {We propose a method that learns word vectors from large text corpora quickly.}\n}\n",
        "\u0000\u0001\u0002binary\u0000 We propose a method that learns word vectors from large text corpora quickly and well.\n",
        "# Notes on the sample data\n\nWe collected these files from public repositories for testing the readers of this tool.\n",
        "| file | bytes | what it is good for in the tests of the readers of this tool |\n|---|---|---|\n"
    })
    void doesNotClaimEmptyBinaryStructuredOrTaggedHeads(String head) {
        assertFalse(reader.recognises(head, Path.of("input.txt")));
    }
}
