package org.scholargraph.graph;

/**
 * One in-corpus citation: paper {@code citing} lists paper {@code cited} among its references.
 *
 * @param citing index of the citing paper
 * @param cited index of the cited paper
 */
public record Citation(int citing, int cited) {
}
