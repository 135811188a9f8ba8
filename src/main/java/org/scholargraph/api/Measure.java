package org.scholargraph.api;

/**
 * A numeric column of a table's rows, to sort or rank the rows by:
 * {@code sg.authors().sortedBy(AuthorMeasure.BETWEENNESS)}, {@code sg.papers().sortedBy(PaperMeasure.CITED_BY)}.
 * {@link AuthorMeasure} and {@link PaperMeasure} are the measures of authors and papers.
 *
 * @param <R> the rows the measure is a column of
 */
public interface Measure<R> {

    /** The column of the CSV file this measure is: {@code AuthorMeasure.H_INDEX.column()} is {@code h_index}. */
    String column();

    /** The measure's value in one row: {@code AuthorMeasure.PAGERANK.of(sg.authors().get(0))}. */
    double of(R row);
}
