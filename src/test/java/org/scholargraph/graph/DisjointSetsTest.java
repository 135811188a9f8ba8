package org.scholargraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class DisjointSetsTest {

    @Test
    void unionReturnsTheSizeOfTheJoinedSetAndFindAgreesWithinIt() {
        DisjointSets sets = new DisjointSets(6);

        assertEquals(2, sets.union(0, 1));
        assertEquals(2, sets.union(2, 3));
        assertEquals(4, sets.union(1, 3));
        assertEquals(4, sets.union(0, 2));

        assertEquals(sets.find(0), sets.find(3));
        assertNotEquals(sets.find(0), sets.find(4));
        assertEquals(4, sets.sizeOf(2));
        assertEquals(1, sets.sizeOf(5));
    }
}
