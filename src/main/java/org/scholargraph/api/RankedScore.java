package org.scholargraph.api;

/**
 * One entry of a {@link Ranking}: {@code sg.pagerank().get(0).name()}.
 *
 * @param rank 1 for the highest score; equal scores share a rank (1, 2, 2, 4)
 * @param id the author or paper id
 * @param name the author's name or the paper's title
 * @param score the value of the measure
 */
public record RankedScore(int rank, String id, String name, double score) {
}
