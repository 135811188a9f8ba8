package org.scholargraph.ingest.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholargraph.ingest.Format;

/** The four seed pages go to their own reader when detection asks the formats in their order. */
class ListingDetectionTest {

    @ParameterizedTest
    @CsvSource({
        "AUTHOR_PAGE, AUTHOR_PAGE",
        "ABSTRACT_LIST, ABSTRACT_LIST",
        "READING_LIST, READING_LIST",
        "PAPER_PAGE, PAPER_PAGE"
    })
    void detectsEachSeedPageAsItsOwnFormat(SeedPages seed, Format expected) {
        // given the head of a seed page
        // when detection asks every format in order
        Optional<Format> detected = Format.detect(seed.head(), seed.file());

        // then the seed's own listing format answers first
        assertEquals(Optional.of(expected), detected);
    }
}
