package org.scholargraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** The identifier map of papers and records behaves as an unmodifiable enum map of the same entries. */
class IdentifierMapPropertyTest {

    @Property
    void behavesAsAnEnumMapOfTheSameIdentifiers(@ForAll @Size(max = 12) List<IdScheme> schemes, @ForAll long seed) {
        Map<IdScheme, String> given = new LinkedHashMap<>(); // in the order given, not the schemes'
        for (IdScheme scheme : schemes) {
            given.put(scheme, scheme.prefix() + ":" + Long.toHexString(seed ^ scheme.ordinal()));
        }
        Map<IdScheme, String> expected = given.isEmpty() ? Map.of() : new EnumMap<>(given);
        Map<IdScheme, String> ids = IdScheme.orderedCopy(given);

        assertEquals(expected, ids);
        assertEquals(ids, expected);
        assertEquals(expected.hashCode(), ids.hashCode());
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(ids.keySet()));
        assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(ids.values()));
        for (IdScheme scheme : IdScheme.values()) {
            assertEquals(expected.containsKey(scheme), ids.containsKey(scheme));
            assertEquals(expected.get(scheme), ids.get(scheme));
        }
        assertNull(ids.get("doi"));
        if (ids.size() > 1) {
            assertFalse(ids.containsKey(null)); // as an enum map says
        }
        assertThrows(UnsupportedOperationException.class, () -> ids.put(IdScheme.DOI, "10.1/x"));
        if (!ids.isEmpty()) {
            assertThrows(UnsupportedOperationException.class, () -> ids.entrySet().iterator().next().setValue("x"));
        }
        assertTrue(IdScheme.orderedCopy(ids) == ids || ids.size() <= 1);
    }
}
