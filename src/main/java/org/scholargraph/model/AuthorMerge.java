package org.scholargraph.model;

import java.util.Objects;

/**
 * One name form of a person and why it went to that person.
 *
 * @param authorId the person ({@code A7})
 * @param variant the name as a source wrote it
 * @param mentions how many bylines carry this form for this person
 * @param rule how the form joined the person: {@code identifier}, {@code thesaurus}, {@code name}
 *     (the form the person is first known by, or the same name in full), {@code evidence}
 * @param evidence what the form shared with the person ("orcid:0000-…", "coauthors: bridges t")
 * @param score the evidence score of the link that joined it (0 for the first form)
 */
public record AuthorMerge(String authorId, String variant, int mentions, String rule, String evidence, double score) {

    public AuthorMerge {
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
    }
}
