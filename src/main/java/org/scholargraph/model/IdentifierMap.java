package org.scholargraph.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map of identifiers by scheme that iterates in the order of {@link IdScheme}: a
 * bit per scheme present and their values in that order. Every paper and record holds one; an
 * enum map, its array and its unmodifiable view were three to seven objects each (a million works
 * keep two million of them alive), this is two.
 */
final class IdentifierMap extends AbstractMap<IdScheme, String> {

    private static final IdScheme[] SCHEMES = IdScheme.values();

    /** Bit {@code s} is set when scheme {@code s} (its ordinal) has a value. */
    private final int present;
    /** The values of the schemes present, in scheme order. */
    private final String[] values;

    IdentifierMap(Map<IdScheme, String> ids) {
        int bits = 0;
        for (IdScheme scheme : ids.keySet()) {
            bits |= 1 << scheme.ordinal();
        }
        present = bits;
        values = new String[Integer.bitCount(bits)];
        for (Map.Entry<IdScheme, String> id : ids.entrySet()) {
            values[slot(id.getKey().ordinal())] = Objects.requireNonNull(id.getValue(), "identifier value");
        }
    }

    /** Where the value of the scheme of ordinal {@code ordinal} is, when present. */
    private int slot(int ordinal) {
        return Integer.bitCount(present & ((1 << ordinal) - 1));
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof IdScheme scheme && (present & (1 << scheme.ordinal())) != 0;
    }

    @Override
    public String get(Object key) {
        return containsKey(key) ? values[slot(((IdScheme) key).ordinal())] : null;
    }

    @Override
    public Set<Map.Entry<IdScheme, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Map.Entry<IdScheme, String>> iterator() {
                return new Iterator<>() {
                    private int remaining = present;
                    private int slot;

                    @Override
                    public boolean hasNext() {
                        return remaining != 0;
                    }

                    @Override
                    public Map.Entry<IdScheme, String> next() {
                        if (remaining == 0) {
                            throw new NoSuchElementException();
                        }
                        int ordinal = Integer.numberOfTrailingZeros(remaining);
                        remaining &= remaining - 1;
                        return new AbstractMap.SimpleImmutableEntry<>(SCHEMES[ordinal], values[slot++]);
                    }
                };
            }
        };
    }
}
