package org.scholargraph.model;

import java.util.Map;
import java.util.Objects;

/**
 * A work that a record cites, as the record describes it: identifiers when the source gives them,
 * and the reference text (a Web of Science {@code CR} line, a formatted citation) when it has one.
 *
 * @param ids canonical identifiers of the cited work (see {@link IdScheme#normalise})
 * @param text the citation as written, empty when the source gives identifiers only
 */
public record Reference(Map<IdScheme, String> ids, String text) {

    public Reference {
        ids = IdScheme.orderedCopy(Objects.requireNonNull(ids, "ids"));
        text = Objects.requireNonNull(text, "text").strip();
        if (ids.isEmpty() && text.isEmpty()) {
            throw new IllegalArgumentException("a reference needs an identifier or a text");
        }
    }

    /** A reference known by one identifier. */
    public static Reference of(IdScheme scheme, String canonicalId) {
        return new Reference(Map.of(scheme, canonicalId), "");
    }
}
