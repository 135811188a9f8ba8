package org.scholargraph.api;

import java.util.function.ToDoubleFunction;

/**
 * A measure to rank authors by, each a column of {@code authors.csv}:
 * {@code sg.ranking(AuthorMeasure.BETWEENNESS).top(10)}.
 */
public enum AuthorMeasure implements Measure<AuthorRow> {
    /** Papers in the corpus. */
    PAPERS("papers", AuthorRow::papers),
    /** In-corpus citations. */
    CITATIONS("citations", AuthorRow::citations),
    /** In-corpus h-index. */
    H_INDEX("h_index", AuthorRow::hIndex),
    /** Distinct coauthors. */
    DEGREE("degree", AuthorRow::degree),
    /** Joint papers summed over coauthors. */
    STRENGTH("strength", AuthorRow::strength),
    /** Normalised betweenness by hops on the coauthorship network. */
    BETWEENNESS("betweenness", AuthorRow::betweenness),
    /** Harmonic closeness by hops. */
    HARMONIC("harmonic", AuthorRow::harmonic),
    /** Weighted eigenvector centrality, 1 for the most central author. */
    EIGENVECTOR("eigenvector", AuthorRow::eigenvector),
    /** Weighted PageRank on the coauthorship network, damping 0.85. */
    PAGERANK("pagerank", AuthorRow::pagerank),
    /** k-core number. */
    CORENESS("coreness", AuthorRow::coreness);

    private final String column;
    private final ToDoubleFunction<AuthorRow> value;

    AuthorMeasure(String column, ToDoubleFunction<AuthorRow> value) {
        this.column = column;
        this.value = value;
    }

    /** The column of {@code authors.csv} this measure is: {@code AuthorMeasure.H_INDEX.column()} is {@code h_index}. */
    @Override
    public String column() {
        return column;
    }

    /** The measure's value in one row: {@code AuthorMeasure.PAGERANK.of(row)}. */
    @Override
    public double of(AuthorRow row) {
        return value.applyAsDouble(row);
    }
}
