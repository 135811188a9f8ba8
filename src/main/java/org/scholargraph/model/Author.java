package org.scholargraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One person after author names and ids were resolved across records.
 *
 * @param index position in {@link Corpus#authors()}, the int id every graph uses
 * @param id stable text id, the same on every run over the same input: {@link #ID_LETTER} and the
 *     index + 1 ({@code A7}) in a resolved corpus
 * @param name the display name: the fullest form any source gave
 * @param sourceIds identifiers sources gave the person ({@code openalex:A5023888391}), sorted
 * @param nameForms every name form sources wrote for the person ("Linkov, I.", "Igor Linkov"), in
 *     the order first met
 */
public record Author(int index, String id, String name, List<String> sourceIds, List<String> nameForms) {

    /** The letter before the number of a resolved author's {@link #id()}: {@code A7} is index 6. */
    public static final char ID_LETTER = 'A';

    /** The id a resolved corpus gives the author of index {@code index}: {@code A7} for 6. */
    public static String idOf(int index) {
        return ID_LETTER + Integer.toString(index + 1);
    }

    public Author {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        sourceIds = List.copyOf(sourceIds);
        nameForms = List.copyOf(nameForms);
    }

    /** A person known by one name form. */
    public Author(int index, String id, String name, List<String> sourceIds) {
        this(index, id, name, sourceIds, List.of(name));
    }
}
