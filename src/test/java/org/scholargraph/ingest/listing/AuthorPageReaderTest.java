package org.scholargraph.ingest.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scholargraph.ingest.CollectedRecords;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.RecordAuthor;

class AuthorPageReaderTest {

    /*
     * Expected numbers for the seed 000_*.txt, counted with the shell, not with this reader:
     *   grep -cE '^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{2}, [0-9]{4}$' 000_*   → 20 blocks
     *   grep -A1 -E '<same date pattern>' 000_* | grep -vE '^(--|[A-Z][a-z]{2} [0-9])' \
     *       | tr ',' '\n' | sed -E 's/^ +//' | sort -u | wc -l                                 → 16 names
     *   grep -c 'Click for Model' 000_*                                                      → 20 buttons
     */
    private static final int PAPERS = 20;
    private static final int DISTINCT_AUTHORS = 16;

    private final AuthorPageReader reader = new AuthorPageReader();

    @Test
    void readsEveryPaperBlockOfTheSeedPageWithItsAuthors() {
        // given the saved author page
        // when it is read
        CollectedRecords read = CollectedRecords.read(reader, SeedPages.AUTHOR_PAGE.file());

        // then each of its 20 blocks is a record and the bylines name 16 people
        assertEquals(PAPERS, read.records.size());
        assertTrue(read.rejections.isEmpty(), () -> read.rejections.toString());
        Set<String> names = read.records.stream().flatMap(r -> r.authors().stream()).map(RecordAuthor::name)
                .collect(Collectors.toSet());
        assertEquals(DISTINCT_AUTHORS, names.size(), names::toString);
        assertTrue(names.contains("Weinan E"), "a one-letter surname stays part of the name");
        assertTrue(read.records.stream().allMatch(r -> r.format().equals("author-page")));
    }

    @Test
    void takesTitleDateBylineAndAbstractOfASpotCheckedBlock() {
        // given the seed page, whose first block starts on line 3 and whose second has a note line
        List<BibRecord> records = CollectedRecords.read(reader, SeedPages.AUTHOR_PAGE.file()).records;

        // when the first two records are looked at
        BibRecord first = records.get(0);
        BibRecord second = records.get(1);

        // then title, date, year and byline are those of the page, and the source line is the title's
        assertEquals(3, first.source().line());
        assertTrue(first.title().startsWith("DeePMD-kit: A deep learning package"), first.title());
        assertEquals(LocalDate.of(2017, 12, 31), first.date().orElseThrow());
        assertEquals(OptionalInt.of(2017), first.year());
        assertEquals(List.of("Han Wang", "Linfeng Zhang", "Jiequn Han", "Weinan E"), names(first));
        assertEquals("A Mathematical Model for Linguistic Universals", second.title());
        assertEquals(List.of("Weinan E", "Yajun Zhou"), names(second));
        assertEquals(LocalDate.of(2019, 7, 31), second.date().orElseThrow());
        // and the "* Main text ..." note and the button line are not part of any abstract
        assertTrue(records.stream().noneMatch(r -> r.abstractText().contains("Main text")
                || r.abstractText().contains("Click for Model") || r.abstractText().contains("pages")),
                "notes and buttons stay out of abstracts");
        assertTrue(records.stream().allMatch(r -> r.date().isPresent() && !r.abstractText().isEmpty()));
    }

    @Test
    void recognisesItsOwnSeedAndNoOtherListing() {
        assertTrue(reader.recognises(SeedPages.AUTHOR_PAGE.head(), SeedPages.AUTHOR_PAGE.file()));
        assertFalse(reader.recognises(SeedPages.ABSTRACT_LIST.head(), SeedPages.ABSTRACT_LIST.file()));
        assertFalse(reader.recognises(SeedPages.READING_LIST.head(), SeedPages.READING_LIST.file()));
        assertFalse(reader.recognises(SeedPages.PAPER_PAGE.head(), SeedPages.PAPER_PAGE.file()));
    }

    /** Two blocks written for this test: the GAN paper and the attention-based translation paper. */
    private static final String TWO_BLOCKS = String.join("\n",
            "Models, code, and papers for \"Yoshua Bengio\":",
            "",
            "Generative Adversarial Networks",
            "",
            "Jun 10, 2014",
            "Ian J. Goodfellow, Jean Pouget-Abadie, Mehdi Mirza, Yoshua Bengio",
            "",
            "A generator and a discriminator are trained against each other so that the generator learns the data.",
            "",
            "* 9 pages, 3 figures\u00a0",
            "",
            "\u00a0 \u00a0 Click for Model/Code and Paper",
            "Neural Machine Translation by Jointly Learning to Align and Translate",
            "",
            "Sep 01, 2014",
            "Dzmitry Bahdanau, Kyunghyun Cho, Yoshua Bengio",
            "",
            "An encoder and decoder for translation learn where to look in the source sentence.",
            "",
            "The model matches phrase-based systems on English to French.",
            "");

    @Test
    void joinsAbstractParagraphsAndSkipsNotesAndButtons() {
        // given two hand-made blocks, the second with a two-paragraph abstract and no button at the end
        // when read
        CollectedRecords read = CollectedRecords.read(reader, TWO_BLOCKS);

        // then both are records, the note is dropped and the paragraphs are joined
        assertEquals(2, read.records.size());
        BibRecord gan = read.records.get(0);
        assertEquals(3, gan.source().line());
        assertEquals(List.of("Ian J. Goodfellow", "Jean Pouget-Abadie", "Mehdi Mirza", "Yoshua Bengio"), names(gan));
        assertFalse(gan.abstractText().contains("9 pages"));
        BibRecord translation = read.records.get(1);
        assertEquals(13, translation.source().line());
        assertEquals("Neural Machine Translation by Jointly Learning to Align and Translate", translation.title());
        assertTrue(translation.abstractText().startsWith("An encoder and decoder"));
        assertTrue(translation.abstractText().endsWith("English to French."));
    }

    @Test
    void keepsTheYearOfADateThatDoesNotExist() {
        // given a block dated on the 30th of February
        String text = "A title\n\nFeb 30, 2021\nAda Lovelace\n\nAn abstract of some length for this paper.\n";

        // when read
        BibRecord record = CollectedRecords.read(reader, text).records.get(0);

        // then the year stands and no date is made up
        assertEquals(OptionalInt.of(2021), record.year());
        assertTrue(record.date().isEmpty());
    }

    @Test
    void takesTheLineAfterTheDateAsAbstractWhenItIsNoByline() {
        // given a block without a byline
        String text = "Some paper\n\nMar 03, 2020\nwe study a problem and solve it in this paper.\n";

        // when read
        BibRecord record = CollectedRecords.read(reader, text).records.get(0);

        // then it has no authors and the line is its abstract
        assertTrue(record.authors().isEmpty());
        assertEquals("we study a problem and solve it in this paper.", record.abstractText());
    }

    @Test
    void rejectsADateLineWithNothingAroundIt() {
        // given a page with only a date line
        CollectedRecords read = CollectedRecords.read(reader, "Dec 01, 2020\n");

        // then nothing is a record and the block is rejected at its line
        assertTrue(read.records.isEmpty());
        assertEquals(1, read.rejections.size());
        assertEquals(1, read.rejections.get(0).source().line());
    }

    private static List<String> names(BibRecord record) {
        return record.authors().stream().map(RecordAuthor::name).collect(Collectors.toList());
    }
}
