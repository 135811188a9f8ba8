package org.scholargraph.ingest.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scholargraph.ingest.CollectedRecords;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.RecordAuthor;

class ReadingListReaderTest {

    /*
     * The references of the seed 002_*.txt, counted by hand and checked with the shell:
     *   grep -c '•' 002_*  → 49 bullet lines.
     *   grep -n '•' 002_* | grep -iE 'arxiv|\b(19|20)[0-9]{2}\b' → the 38 lines below except 155.
     *   The 11 bullet lines without a year or arXiv id, read one by one:
     *     102, 103, 104  student seminar names                   → not references
     *     115, 116, 117  numbered talk topics "1) ..."           → not references
     *     122            a course name ("... at Stanford Stats385") → not a reference
     *     154, 169       "[ video ]"                             → not references
     *     123            "Matus Telgarsky. <talk title> Simons Institute": a byline and a title but no
     *                    year, id or venue; left out by the structural rule (see ReadingListReader)
     *     155            "Mei, Montanari, and Nguyen. <title>. <PNAS> 115, E7665-E7671." → a reference
     *   No line outside the bullets is a reference (headers, [Title]:, [Abstract]: ... are prose or tags).
     *   So 49 - 11 + 1 = 39 references, on exactly these lines:
     */
    private static final Set<Long> REFERENCE_LINES = Set.of(67L, 68L, 69L, 73L, 74L, 85L, 86L, 87L, 88L, 89L, 90L,
            97L, 124L, 125L, 126L, 127L, 128L, 129L, 130L, 131L, 132L, 133L, 155L, 156L, 157L, 158L, 159L, 160L,
            161L, 162L, 163L, 170L, 171L, 172L, 173L, 174L, 182L, 189L, 190L);
    private static final Set<Long> NON_REFERENCE_BULLETS = Set.of(102L, 103L, 104L, 115L, 116L, 117L, 122L, 123L,
            154L, 169L);

    private final ReadingListReader reader = new ReadingListReader();

    @Test
    void readsExactlyTheReferenceLinesOfTheSeedList() {
        // given the saved course page
        // when it is read
        CollectedRecords read = CollectedRecords.read(reader, SeedPages.READING_LIST.file());

        // then the 39 reference lines, and only they, are records
        Set<Long> lines = read.records.stream().map(r -> r.source().line()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(REFERENCE_LINES), lines);
        assertTrue(lines.stream().noneMatch(NON_REFERENCE_BULLETS::contains), "no seminar list, topic or link");
        assertTrue(read.rejections.isEmpty());
        assertTrue(read.records.stream().allMatch(r -> r.format().equals("reading-list") && !r.title().isEmpty()
                && !r.authors().isEmpty()));
    }

    @Test
    void takesAuthorsTitleVenueYearAndArxivIdOfSpotCheckedReferences() {
        Map<Long, BibRecord> byLine = seedRecordsByLine();

        BibRecord belkin = byLine.get(67L);
        assertEquals(List.of("Mikhail Belkin", "Daniel Hsu", "Siyuan Ma", "Soumik Mandal"), names(belkin));
        assertEquals("Reconciling modern machine learning practice and the bias-variance trade-off", belkin.title());
        assertEquals("PNAS", belkin.venue());
        assertEquals(OptionalInt.of(2019), belkin.year());
        assertEquals("1812.11118", belkin.ids().get(IdScheme.ARXIV));

        // a question mark that ends the title, and one inside a two-part title
        assertEquals("Does data interpolation contradict statistical optimality?", byLine.get(68L).title());
        assertEquals("AISTATS", byLine.get(68L).venue());
        assertTrue(byLine.get(69L).title().startsWith("Overfitting or perfect fitting? Risk bounds"));
        assertEquals("Neural Inf. Proc. Systems (NeurIPS)", byLine.get(69L).venue());

        // "A and B." and "A, B, and C." bylines
        assertEquals(List.of("Song Mei", "Andrea Montanari"), names(byLine.get(73L)));
        assertEquals(List.of("Behrooz Ghorbani", "Song Mei", "Theodor Misiakiewicz", "Andrea Montanari"),
                names(byLine.get(74L)));

        // a comma instead of a period between byline and title
        BibRecord zhang = byLine.get(85L);
        assertEquals(5, zhang.authors().size());
        assertEquals("Understanding deep learning requires rethinking generalization", zhang.title());
        assertEquals(OptionalInt.of(2017), zhang.year());
        assertEquals("ICLR", zhang.venue());

        // initials with periods inside the byline, and inverted "Surname, I." names
        assertEquals(List.of("Peter L. Bartlett", "Dylan J. Foster", "Matus Telgarsky"), names(byLine.get(86L)));
        assertEquals(List.of("Neyshabur, B.", "Bhojanapalli, S.", "McAllester, D.", "Srebro, N"), names(byLine.get(87L)));

        // the arXiv id spellings
        assertEquals("1810.03389", byLine.get(89L).ids().get(IdScheme.ARXIV)); // "[ arXiv: 1810.03389 ]"
        assertEquals("1906.11300", byLine.get(97L).ids().get(IdScheme.ARXIV)); // bare "arXiv:1906.11300"
        assertEquals("1903.04440", byLine.get(171L).ids().get(IdScheme.ARXIV)); // "[ArXiv:1903.04440]"
        assertEquals("1905.07325", byLine.get(132L).ids().get(IdScheme.ARXIV), "the first id, not the link after it");

        // surname-only byline with a venue but neither year nor id
        BibRecord mei = byLine.get(155L);
        assertEquals(List.of("Mei", "Montanari", "Nguyen"), names(mei));
        assertEquals("Proceedings of the National Academy of Sciences", mei.venue());
        assertTrue(mei.year().isEmpty() && mei.ids().isEmpty());

        // a quoted title, with the venue after the year
        BibRecord sirignano = byLine.get(171L);
        assertEquals("Mean field analysis of deep neural networks", sirignano.title());
        assertEquals(OptionalInt.of(2020), sirignano.year());
        assertEquals("Mathematics of Operations Research", sirignano.venue());

        // upper-case surnames: "GAO, Chao" is one person
        assertEquals(List.of("GAO, Chao", "Jiyu LIU", "Yuan YAO", "Weizhi ZHU"), names(byLine.get(189L)));
        assertEquals(List.of("GAO, Chao", "Yuan YAO", "Weizhi ZHU"), names(byLine.get(190L)));
        assertEquals("Journal of Machine Learning Research", byLine.get(190L).venue());

        // a title ended by the identifier rather than a period
        assertEquals("Mean-Field Neural ODEs via Relaxed Optimal Control", byLine.get(172L).title());
        assertEquals(List.of("Weinan E", "Stephan Wojtowytsch"), names(byLine.get(174L)));
    }

    @Test
    void recognisesItsOwnSeedAndNoOtherListing() {
        assertTrue(reader.recognises(SeedPages.READING_LIST.head(), SeedPages.READING_LIST.file()));
        assertFalse(reader.recognises(SeedPages.AUTHOR_PAGE.head(), SeedPages.AUTHOR_PAGE.file()));
        assertFalse(reader.recognises(SeedPages.ABSTRACT_LIST.head(), SeedPages.ABSTRACT_LIST.file()));
        assertFalse(reader.recognises(SeedPages.PAPER_PAGE.head(), SeedPages.PAPER_PAGE.file()));
    }

    /** A small course page written for this test, with the traps of the real one. */
    private static final String COURSE_PAGE = String.join("\n",
            "Deep Learning Seminar, Spring 2021",
            "03/03/2021, Wednesday Lecture 02: Residual networks. [ slides ]",
            "    [Title]: Why very deep networks train",
            "    [Speaker]: HE, Kaiming (FAIR)",
            "    [Reference]",
            "  \u2022 Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. Deep Residual Learning for Image "
                    + "Recognition. CVPR, 2016. [ arXiv:1512.03385 ]",
            "  \u2022 Kingma and Ba. Adam: A Method for Stochastic Optimization. arXiv:1412.6980.",
            "  \u2022 [ video ]",
            "  \u2022 1) why skip connections help optimisation,",
            "  \u2022 CHEN Wei (20123456), LI Na (20654321)",
            "  \u2022 Residual Learning Tutorials at Stanford CS231n",
            "  \u2022 LI, Ming, Tao ZHANG, and Hui WANG. A made-up study of seminar reading lists. Journal of "
                    + "Examples, 12(3):4-5, 2020.",
            "");

    @Test
    void readsReferencesAndLeavesOutTheRestOfAHandMadeCoursePage() {
        // given a hand-made course page with headers, a link, a topic, student names and a course name
        // when read
        List<BibRecord> records = CollectedRecords.read(reader, COURSE_PAGE).records;

        // then only the three references are records
        assertEquals(List.of(6L, 7L, 12L), records.stream().map(r -> r.source().line()).collect(Collectors.toList()));
        BibRecord resnet = records.get(0);
        assertEquals(List.of("Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"), names(resnet));
        assertEquals("Deep Residual Learning for Image Recognition", resnet.title());
        assertEquals("CVPR", resnet.venue());
        assertEquals(OptionalInt.of(2016), resnet.year());
        assertEquals("1512.03385", resnet.ids().get(IdScheme.ARXIV));
        BibRecord adam = records.get(1);
        assertEquals(List.of("Kingma", "Ba"), names(adam));
        assertEquals("Adam: A Method for Stochastic Optimization", adam.title());
        assertEquals("1412.6980", adam.ids().get(IdScheme.ARXIV));
        BibRecord madeUp = records.get(2);
        assertEquals(List.of("LI, Ming", "Tao ZHANG", "Hui WANG"), names(madeUp));
        assertEquals("Journal of Examples", madeUp.venue());
        assertEquals(OptionalInt.of(2020), madeUp.year());
    }

    @Test
    void recognisesAHandMadeCoursePage() {
        assertTrue(reader.recognises(COURSE_PAGE, java.nio.file.Path.of("course.html.txt")));
    }

    private Map<Long, BibRecord> seedRecordsByLine() {
        return CollectedRecords.read(reader, SeedPages.READING_LIST.file()).records.stream()
                .collect(Collectors.toMap(r -> r.source().line(), Function.identity()));
    }

    private static List<String> names(BibRecord record) {
        return record.authors().stream().map(RecordAuthor::name).collect(Collectors.toList());
    }
}
