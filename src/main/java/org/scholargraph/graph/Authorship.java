package org.scholargraph.graph;

/**
 * One edge of the author–paper bipartite graph.
 *
 * @param author index of the author
 * @param paper index of the paper
 * @param position 1 for the first author, 2 for the second, and so on
 */
public record Authorship(int author, int paper, int position) {
}
