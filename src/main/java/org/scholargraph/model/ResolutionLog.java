package org.scholargraph.model;

import java.util.List;

/**
 * What resolution decided and why: every record joined to a paper, every name form of every
 * person, and the name blocks where evidence was too thin to decide.
 *
 * @param paperMerges one row per record joined to another record's paper, in paper order
 * @param authorMerges one row per name form of each person, in person order
 * @param authorAmbiguities blocks with compatible names kept apart, in block order
 */
public record ResolutionLog(List<PaperMerge> paperMerges, List<AuthorMerge> authorMerges,
        List<AuthorAmbiguity> authorAmbiguities) {

    public ResolutionLog {
        paperMerges = List.copyOf(paperMerges);
        authorMerges = List.copyOf(authorMerges);
        authorAmbiguities = List.copyOf(authorAmbiguities);
    }

    /** A log with nothing in it, for a corpus built by hand or filtered from another. */
    public static ResolutionLog empty() {
        return new ResolutionLog(List.of(), List.of(), List.of());
    }
}
