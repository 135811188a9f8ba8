package org.scholargraph.ingest.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference lines written for these tests from well-known papers, one rule at a time. */
class CitationLineTest {

    @Test
    void readsABylineJoinedByAnd() {
        CitationLine line = parse("Ilya Sutskever and Geoffrey Hinton. A made-up title on training. NIPS, 2013.");
        assertEquals(List.of("Ilya Sutskever", "Geoffrey Hinton"), line.authors());
        assertEquals("A made-up title on training", line.title());
        assertEquals("NIPS", line.venue());
        assertEquals(OptionalInt.of(2013), line.year());
    }

    @Test
    void readsABylineWithAnOxfordComma() {
        CitationLine line = parse("Alex Krizhevsky, Ilya Sutskever, and Geoffrey E. Hinton. ImageNet Classification "
                + "with Deep Convolutional Neural Networks. NIPS 2012.");
        assertEquals(List.of("Alex Krizhevsky", "Ilya Sutskever", "Geoffrey E. Hinton"), line.authors());
        assertEquals("ImageNet Classification with Deep Convolutional Neural Networks", line.title());
    }

    @Test
    void endsABylineAtAOneLetterSurname() {
        // "Weinan E." is a surname, not an initial, when nothing after it closes a byline
        CitationLine line = parse("Jiequn Han, Weinan E. Deep learning approximation for stochastic control "
                + "problems. [ arXiv:1611.07422 ]");
        assertEquals(List.of("Jiequn Han", "Weinan E"), line.authors());
        assertEquals("Deep learning approximation for stochastic control problems", line.title());
        assertEquals(Optional.of("1611.07422"), line.arxivId());
    }

    @Test
    void takesTheFirstNonNamePieceAsTitleWhenACommaEndsTheByline() {
        CitationLine line = parse("Diederik P. Kingma, Jimmy Ba, Adam a method for stochastic optimization. ICLR 2015.");
        assertEquals(List.of("Diederik P. Kingma", "Jimmy Ba"), line.authors());
        assertEquals("Adam a method for stochastic optimization", line.title());
        assertEquals(OptionalInt.of(2015), line.year());
    }

    @Test
    void dropsEtAlAtTheEndOfAShortenedByline() {
        CitationLine line = parse("A. Vaswani et al. Attention Is All You Need. NIPS 2017. [ arXiv:1706.03762 ]");
        assertEquals(List.of("A. Vaswani"), line.authors());
        assertEquals("Attention Is All You Need", line.title());
        assertEquals(Optional.of("1706.03762"), line.arxivId());
    }

    @Test
    void stripsNumberingMarkers() {
        assertTrue(CitationLine.parse("[3] Kingma and Ba. Adam: A Method for Stochastic Optimization. 2015.").isPresent());
        assertTrue(CitationLine.parse("12. Kingma and Ba. Adam: A Method for Stochastic Optimization. 2015.").isPresent());
    }

    @Test
    void doesNotTakeAYearInsideTheTitle() {
        CitationLine line = parse("Jane Roe. Lessons of the 2008 crisis. Journal of Examples, 2011.");
        assertEquals("Lessons of the 2008 crisis", line.title());
        assertEquals(OptionalInt.of(2011), line.year());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "WU Huimin, HE Changxiang",
        "CHEN Wei (20123456), LI Na (20654321)",
        "1) why skip connections help optimisation,",
        "3) what batch size does to generalisation.",
        "[ video ]",
        "[Speaker]: Jane Roe, Example University.",
        "Residual Learning Tutorials at Stanford CS231n",
        "Jane Roe. A talk about examples at a workshop",
        "Y.Y.",
        "by ROE, Jane.",
        "09/09/2020, Wednesday Lecture 01: Overview. [ slides ]",
        "This is joint work with Jane Roe and John Doe.",
        "We propose a method. It works well in 2019 experiments.",
        ""
    })
    void findsNoReferenceInOtherLinesOfACoursePage(String text) {
        assertEquals(Optional.empty(), CitationLine.parse(text));
    }

    private static CitationLine parse(String text) {
        return CitationLine.parse(text).orElseThrow(() -> new AssertionError("not read as a reference: " + text));
    }
}
