package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An id is written from its index only when it is exactly the letter and the index + 1. */
class NodeIdsTest {

    @Test
    void anIdIsNumberedWhenItIsTheLetterAndTheDigitsOfTheNumber() {
        assertTrue(NodeIds.isNumbered("P12", 'P', 12));
        assertTrue(NodeIds.isNumbered("A1", 'A', 1));
        assertTrue(NodeIds.isNumbered("P1000000", 'P', 1_000_000));
    }

    @Test
    void anythingElseIsReadAsWritten() {
        assertFalse(NodeIds.isNumbered("P012", 'P', 12));      // a leading zero
        assertFalse(NodeIds.isNumbered("P1", 'P', 12));        // too few digits
        assertFalse(NodeIds.isNumbered("P120", 'P', 12));      // too many
        assertFalse(NodeIds.isNumbered("P13", 'P', 12));       // another number
        assertFalse(NodeIds.isNumbered("A12", 'P', 12));       // another letter
        assertFalse(NodeIds.isNumbered("p12", 'P', 12));
        assertFalse(NodeIds.isNumbered("P", 'P', 12));
        assertFalse(NodeIds.isNumbered("", 'P', 12));
        assertFalse(NodeIds.isNumbered("P1x", 'P', 1));
        assertFalse(NodeIds.isNumbered("P-12", 'P', 12));
    }
}
