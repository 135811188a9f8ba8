package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** A merged paper's references and categories lose their repeats exactly as a linked hash set drops them. */
class DistinctPropertyTest {

    /**
     * Words of a small alphabet, so that lists repeat; "Aa" and "BB" have one hash code, so that
     * values of equal hash that differ are kept. Lists run past the pairwise limit.
     */
    @Property
    void keepsEachValueWhereItFirstOccurs(@ForAll @Size(max = 150) List<@IntRange(min = 0, max = 40) Integer> codes) {
        List<String> values = new ArrayList<>();
        for (int code : codes) {
            values.add(code % 3 == 0 ? (code % 2 == 0 ? "Aa" : "BB") : "w" + code);
        }

        assertEquals(new ArrayList<>(new LinkedHashSet<>(values)), CorpusResolver.distinct(values));
    }

    @Test
    void equalValuesOfOneHashAreOneAndUnequalOnesTwo() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertEquals(List.of("Aa", "BB", "x"), CorpusResolver.distinct(List.of("Aa", "BB", "Aa", "x", "BB", new String("x"))));
    }
}
