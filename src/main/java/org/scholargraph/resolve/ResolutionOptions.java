package org.scholargraph.resolve;

import java.util.Objects;

/**
 * How records are resolved into papers and people.
 *
 * @param keepVersions keep a preprint and its published version as two papers instead of one
 *     paper with two versions
 * @param thesaurus the user's name replacements and split list, applied before the automatic step
 */
public record ResolutionOptions(boolean keepVersions, NameThesaurus thesaurus) {

    public ResolutionOptions {
        Objects.requireNonNull(thesaurus, "thesaurus");
    }

    /** Versions kept apart or merged, no thesaurus. */
    public ResolutionOptions(boolean keepVersions) {
        this(keepVersions, NameThesaurus.none());
    }

    /** Versions merged, no thesaurus. */
    public static ResolutionOptions defaults() {
        return new ResolutionOptions(false);
    }

    /** A copy with versions kept apart or merged. */
    public ResolutionOptions withKeepVersions(boolean value) {
        return new ResolutionOptions(value, thesaurus);
    }

    /** A copy with this thesaurus (replacements and split list). */
    public ResolutionOptions withThesaurus(NameThesaurus value) {
        return new ResolutionOptions(keepVersions, value);
    }
}
