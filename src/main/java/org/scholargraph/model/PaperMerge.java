package org.scholargraph.model;

import java.util.Objects;

/**
 * One record joined to a paper during resolution, and why.
 *
 * @param paperId the paper the record became part of ({@code P12})
 * @param source the record that joined
 * @param matched the record of the paper it was matched with
 * @param rule the rule that joined them: {@code identifier}, {@code title_year}, {@code title},
 *     {@code abstract} or {@code version}
 * @param evidence what the two records shared, in words ("doi:10.1038/30918")
 */
public record PaperMerge(String paperId, Provenance source, Provenance matched, String rule, String evidence) {

    public PaperMerge {
        Objects.requireNonNull(paperId, "paperId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
    }
}
