package org.scholargraph.analysis.centrality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Expected values by hand from Hirsch's definition. */
class HIndexTest {

    @Test
    void countsPapersWithAtLeastAsManyCitations() {
        assertEquals(4, HIndex.hIndex(new int[] {10, 8, 5, 4, 3}));
        assertEquals(3, HIndex.hIndex(new int[] {3, 0, 6, 1, 5}));
        assertEquals(1, HIndex.hIndex(new int[] {100}));
        assertEquals(2, HIndex.hIndex(new int[] {2, 2, 2}));
    }

    @Test
    void isZeroWithoutCitedPapers() {
        assertEquals(0, HIndex.hIndex(new int[0]));
        assertEquals(0, HIndex.hIndex(new int[] {0, 0}));
    }

    @Test
    void rejectsNegativeCounts() {
        assertEquals("citation count must not be negative, was -1 at 1",
                assertThrows(IllegalArgumentException.class, () -> HIndex.hIndex(new int[] {3, -1})).getMessage());
    }
}
