package org.scholargraph.api;

import java.util.function.ToDoubleFunction;

/**
 * A measure to rank papers by, each a column of {@code papers.csv}:
 * {@code sg.ranking(PaperMeasure.CITED_BY).top(10)}.
 */
public enum PaperMeasure implements Measure<PaperRow> {
    /** In-corpus papers citing the paper. */
    CITED_BY("cited_by", PaperRow::citedBy),
    /** References the paper lists, resolved or not. */
    REFERENCES("references", PaperRow::references),
    /** PageRank on the citation graph. */
    PAGERANK("pagerank", PaperRow::pagerank);

    private final String column;
    private final ToDoubleFunction<PaperRow> value;

    PaperMeasure(String column, ToDoubleFunction<PaperRow> value) {
        this.column = column;
        this.value = value;
    }

    /** The column of {@code papers.csv} this measure is: {@code PaperMeasure.CITED_BY.column()} is {@code cited_by}. */
    @Override
    public String column() {
        return column;
    }

    /** The measure's value in one row: {@code PaperMeasure.PAGERANK.of(row)}. */
    @Override
    public double of(PaperRow row) {
        return value.applyAsDouble(row);
    }
}
