package org.scholargraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A name block where names that may be one person were kept apart for want of evidence, for a
 * person to check (and settle with a thesaurus).
 *
 * @param block the block: family name and first initial ({@code linkov|i})
 * @param authorIds the persons of the block that might be one, in id order
 * @param names their display names, in the same order
 * @param reason why they were kept apart, in words
 */
public record AuthorAmbiguity(String block, List<String> authorIds, List<String> names, String reason) {

    public AuthorAmbiguity {
        Objects.requireNonNull(block, "block");
        authorIds = List.copyOf(authorIds);
        names = List.copyOf(names);
        Objects.requireNonNull(reason, "reason");
    }
}
