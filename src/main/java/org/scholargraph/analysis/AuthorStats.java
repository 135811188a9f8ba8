package org.scholargraph.analysis;

/**
 * Everything the analysis knows of one author: a row of {@code authors.csv}.
 *
 * @param author index of the author in the corpus
 * @param papers papers in the corpus with this author
 * @param citations in-corpus citations to those papers
 * @param hIndex largest h such that h of the author's papers have at least h in-corpus citations
 * @param firstYear year of the first paper, 0 when no paper has a year
 * @param lastYear year of the latest paper, 0 when no paper has a year
 * @param degree distinct coauthors
 * @param strength sum of joint papers over coauthors
 * @param betweenness share of shortest coauthor paths (by hops) through the author, normalised by 2/((n−1)(n−2))
 * @param harmonic sum of 1/distance (hops) to every other author, divided by n−1
 * @param eigenvector weighted eigenvector centrality: 1 for the most central author of the largest
 *     connected component; in other components scaled by their leading eigenvalue relative to it
 * @param pagerank weighted PageRank, damping 0.85, sums to 1 over all authors
 * @param coreness the largest k such that the author is in the k-core
 * @param community Leiden community in the coauthorship network (0 = largest)
 */
public record AuthorStats(
        int author,
        int papers,
        int citations,
        int hIndex,
        int firstYear,
        int lastYear,
        int degree,
        double strength,
        double betweenness,
        double harmonic,
        double eigenvector,
        double pagerank,
        int coreness,
        int community) {
}
