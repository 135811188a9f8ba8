package org.scholargraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An author as one record names them, before authors are resolved across records.
 *
 * @param name the name as written in the source ("Weinan E", "Han, Jiequn")
 * @param sourceId an identifier the source gives the person, with its scheme prefix
 *     ({@code openalex:A5023888391}, {@code orcid:0000-0002-1825-0097}), when it has one
 */
public record RecordAuthor(String name, Optional<String> sourceId) {

    public RecordAuthor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceId, "sourceId");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an author needs a name");
        }
        name = name.strip();
    }

    /** An author known only by name. */
    public static RecordAuthor named(String name) {
        return new RecordAuthor(name, Optional.empty());
    }
}
