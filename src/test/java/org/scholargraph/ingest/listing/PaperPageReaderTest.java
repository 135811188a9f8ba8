package org.scholargraph.ingest.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scholargraph.ingest.CollectedRecords;
import org.scholargraph.ingest.UnreadableInputException;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.RecordAuthor;

class PaperPageReaderTest {

    /*
     * Expected records for the seed 003_*.txt, counted with the shell, not with this reader:
     *   grep -n -E 'Added by|Publication date|Read More|rate research|suggested questions' 003_*
     *       → title on line 3, related part from line 21, footer from line 30
     *   awk 'NR>21 && NR<30 && length($0) > 200 {print NR}' 003_* → 23 24 26 27 28: five related abstracts
     *   sed -n 25p 003_* → "112 - Julius Ruseckas 2019", announcing the abstract on line 26
     * So 1 paper + 5 related abstract-only records = 6.
     */
    private static final int RECORDS = 6;

    private final PaperPageReader reader = new PaperPageReader();

    @Test
    void readsThePaperAndItsRelatedAbstractsFromTheSeedPage() {
        // given the saved paper page
        // when it is read
        CollectedRecords read = CollectedRecords.read(reader, SeedPages.PAPER_PAGE.file());

        // then the paper comes first with its title, uploader as author, year and abstract
        assertEquals(RECORDS, read.records.size());
        assertTrue(read.rejections.isEmpty());
        BibRecord paper = read.records.get(0);
        assertEquals(3, paper.source().line());
        assertEquals("Deep Relaxation: partial differential equations for optimizing deep neural networks",
                paper.title());
        assertEquals(List.of("Pratik Chaudhari"), names(paper));
        assertEquals(OptionalInt.of(2017), paper.year());
        assertTrue(paper.abstractText().startsWith("In this paper we establish"), paper.abstractText());
        assertFalse(paper.abstractText().contains("ChatGPT"));

        // and the related papers are abstract-only records, on their own lines
        List<BibRecord> related = read.records.subList(1, RECORDS);
        assertEquals(List.of(23L, 24L, 25L, 27L, 28L),
                related.stream().map(r -> r.source().line()).collect(Collectors.toList()));
        assertTrue(related.stream().allMatch(r -> r.title().isEmpty() && !r.abstractText().isEmpty()));
    }

    @Test
    void givesARelatedAbstractTheAuthorAndYearAnnouncedBeforeIt() {
        List<BibRecord> records = CollectedRecords.read(reader, SeedPages.PAPER_PAGE.file()).records;

        BibRecord ruseckas = records.get(3);
        assertEquals(List.of("Julius Ruseckas"), names(ruseckas));
        assertEquals(OptionalInt.of(2019), ruseckas.year());
        assertTrue(ruseckas.abstractText().startsWith("In this work we systematically analyze"));
        assertTrue(records.get(2).authors().isEmpty(), "the announcement belongs to the abstract after it");
        assertTrue(records.get(4).authors().isEmpty());
    }

    @Test
    void makesNoRecordOfTheFooter() {
        List<BibRecord> records = CollectedRecords.read(reader, SeedPages.PAPER_PAGE.file()).records;

        assertTrue(records.stream().map(BibRecord::abstractText)
                .allMatch(text -> text.codePoints().filter(Character::isLetter).allMatch(
                        cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)));
        assertTrue(records.stream().noneMatch(r -> r.abstractText().contains("comments")
                || r.abstractText().contains("suggested questions")));
    }

    @Test
    void recognisesItsOwnSeedAndNoOtherListing() {
        assertTrue(reader.recognises(SeedPages.PAPER_PAGE.head(), SeedPages.PAPER_PAGE.file()));
        assertFalse(reader.recognises(SeedPages.AUTHOR_PAGE.head(), SeedPages.AUTHOR_PAGE.file()));
        assertFalse(reader.recognises(SeedPages.ABSTRACT_LIST.head(), SeedPages.ABSTRACT_LIST.file()));
        assertFalse(reader.recognises(SeedPages.READING_LIST.head(), SeedPages.READING_LIST.file()));
    }

    /** A hand-made page about the dropout paper, with an announcement that starts its abstract line. */
    private static final String PAGE = String.join("\n",
            "Do you want to publish a course? Click here",
            "",
            "Dropout: A Simple Way to Prevent Neural Networks from Overfitting",
            "\u00a0Added by Nitish Srivastava",
            "\u00a0Publication date 2014-06-01",
            "",
            "Randomly dropping units and their connections during training keeps a large network from "
                    + "co-adapting too much and reduces overfitting on many benchmarks.",
            "",
            "Read More",
            "57 - Sergey Ioffe 2015 Normalising the inputs of each layer over a mini-batch lets deep networks "
                    + "train with much higher learning rates and less care about initialisation.",
            "Stochastic depth drops whole residual blocks at random during training, which shortens the "
                    + "expected depth and speeds up the training of very deep networks.",
            "comments",
            "This is a comment written in English, long enough to look like a paragraph of running text here.",
            "");

    @Test
    void readsAHandMadePageWithoutStatsLineAndWithAnAnnouncementStartingTheAbstract() {
        // given a page whose title is followed directly by "Added by", and whose related abstract starts
        // with its "views - author year" announcement
        // when read
        List<BibRecord> records = CollectedRecords.read(reader, PAGE).records;

        // then the paper has its full date, the first related abstract its author and year, and the
        // comment after the footer marker is no record
        assertEquals(3, records.size());
        BibRecord dropout = records.get(0);
        assertEquals("Dropout: A Simple Way to Prevent Neural Networks from Overfitting", dropout.title());
        assertEquals(java.time.LocalDate.of(2014, 6, 1), dropout.date().orElseThrow());
        assertEquals(List.of("Nitish Srivastava"), names(dropout));
        BibRecord batchNorm = records.get(1);
        assertEquals(List.of("Sergey Ioffe"), names(batchNorm));
        assertEquals(OptionalInt.of(2015), batchNorm.year());
        assertTrue(batchNorm.abstractText().startsWith("Normalising the inputs"));
        assertEquals(11L, records.get(2).source().line());
    }

    @Test
    void refusesTextThatIsNoPaperPage() {
        assertThrows(UnreadableInputException.class,
                () -> CollectedRecords.read(reader, "Just a line of text.\nAnother one.\n"));
    }

    private static List<String> names(BibRecord record) {
        return record.authors().stream().map(RecordAuthor::name).collect(Collectors.toList());
    }
}
