package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** The fast way of folding ASCII text gives what the general way gives. */
class TextFoldingTest {

    @Property(tries = 2000)
    void asciiTextFoldsAsTheGeneralWayFoldsIt(@ForAll @CharRange(from = 0, to = 127) String text) {
        assertEquals(TextFolding.foldUnicode(text), TextFolding.fold(text));
    }

    @Property(tries = 500)
    void namesAndTitlesFoldAsTheGeneralWayFoldsThem(
            @ForAll @Chars({'a', 'Z', 'q', '0', '9', ' ', '-', '.', ',', '\'', '\t', '('}) String text) {
        assertEquals(TextFolding.foldUnicode(text), TextFolding.fold(text));
    }

    @Test
    void foldsByHand() {
        assertEquals("monge ampere flow", TextFolding.fold("Monge-Ampère Flow"));
        assertEquals("monge ampere flow", TextFolding.fold("  monge--ampere   FLOW. "));
        assertEquals("", TextFolding.fold(" - . "));
    }
}
