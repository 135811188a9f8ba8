package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    @Test
    void tidyMakesEveryRunOfWhiteSpaceOneSpaceAndTrimsTheEdges() {
        assertEquals("network science", KeywordExtractor.tidy("network  science"));
        assertEquals("network science", KeywordExtractor.tidy("network\tscience"));
        assertEquals("network science", KeywordExtractor.tidy("network \n\t science"));
        assertEquals("network science", KeywordExtractor.tidy("  network science; "));
        assertEquals("graph (theory)", KeywordExtractor.tidy("- graph (theory)."));
        assertEquals("", KeywordExtractor.tidy(" ;, "));
    }

    @Test
    void aKeywordAlreadyTidyIsTheSameString() {
        // Records share their keyword strings; a tidy keyword must not become a copy per paper.
        String keyword = new String("social network analysis");
        assertSame(keyword, KeywordExtractor.tidy(keyword));
        String single = new String("bibliometrics");
        assertSame(single, KeywordExtractor.tidy(single));
    }
}
