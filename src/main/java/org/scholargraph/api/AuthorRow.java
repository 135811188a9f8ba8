package org.scholargraph.api;

/**
 * One author with every measure, as a row of {@code authors.csv} (same columns, same order):
 * {@code sg.authors().get(0).pagerank()}.
 *
 * @param authorId stable id ({@code A7}), the same on every run over the same input
 * @param name display name
 * @param papers papers in the corpus with this author
 * @param citations in-corpus citations to those papers
 * @param hIndex in-corpus h-index
 * @param firstYear year of the first paper, 0 when unknown
 * @param lastYear year of the latest paper, 0 when unknown
 * @param coauthors distinct coauthors
 * @param degree distinct coauthors (the node degree in the coauthorship network)
 * @param strength joint papers summed over coauthors
 * @param betweenness normalised betweenness by hops
 * @param harmonic harmonic closeness by hops, divided by n−1
 * @param eigenvector weighted eigenvector centrality, 1 for the most central author
 * @param pagerank weighted PageRank, damping 0.85, summing to 1
 * @param coreness the largest k such that the author is in the k-core
 * @param community Leiden community in the coauthorship network, 0 for the largest
 */
public record AuthorRow(String authorId, String name, int papers, int citations, int hIndex, int firstYear,
        int lastYear, int coauthors, int degree, double strength, double betweenness, double harmonic,
        double eigenvector, double pagerank, int coreness, int community) {
}
