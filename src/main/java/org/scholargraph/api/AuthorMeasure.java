package org.scholargraph.api;

import java.util.List;
import org.scholargraph.analysis.AuthorColumns;
import org.scholargraph.analysis.NodeColumn;

/**
 * A measure to rank authors by, each a numeric column of {@code authors.csv} ({@link AuthorColumns}):
 * {@code sg.ranking(AuthorMeasure.BETWEENNESS).top(10)}, {@code sg.ranking(AuthorMeasure.named("clustering"))}.
 */
public final class AuthorMeasure extends ColumnMeasure<AuthorRow> {

    /** {@link AuthorColumns#PAPERS}. */
    public static final AuthorMeasure PAPERS = new AuthorMeasure(AuthorColumns.PAPERS);
    /** {@link AuthorColumns#CITATIONS}. */
    public static final AuthorMeasure CITATIONS = new AuthorMeasure(AuthorColumns.CITATIONS);
    /** {@link AuthorColumns#H_INDEX}. */
    public static final AuthorMeasure H_INDEX = new AuthorMeasure(AuthorColumns.H_INDEX);
    /** {@link AuthorColumns#DEGREE}. */
    public static final AuthorMeasure DEGREE = new AuthorMeasure(AuthorColumns.DEGREE);
    /** {@link AuthorColumns#STRENGTH}. */
    public static final AuthorMeasure STRENGTH = new AuthorMeasure(AuthorColumns.STRENGTH);
    /** {@link AuthorColumns#BETWEENNESS}. */
    public static final AuthorMeasure BETWEENNESS = new AuthorMeasure(AuthorColumns.BETWEENNESS);
    /** {@link AuthorColumns#HARMONIC}. */
    public static final AuthorMeasure HARMONIC = new AuthorMeasure(AuthorColumns.HARMONIC);
    /** {@link AuthorColumns#EIGENVECTOR}. */
    public static final AuthorMeasure EIGENVECTOR = new AuthorMeasure(AuthorColumns.EIGENVECTOR);
    /** {@link AuthorColumns#PAGERANK}. */
    public static final AuthorMeasure PAGERANK = new AuthorMeasure(AuthorColumns.PAGERANK);
    /** {@link AuthorColumns#CORENESS}. */
    public static final AuthorMeasure CORENESS = new AuthorMeasure(AuthorColumns.CORENESS);

    private static final List<AuthorMeasure> ALL = measures(AuthorColumns.ALL, AuthorMeasure::new);

    private AuthorMeasure(NodeColumn column) {
        super(column);
    }

    /** Every author measure, in the column order of {@code authors.csv}: {@code AuthorMeasure.values()}. */
    public static List<AuthorMeasure> values() {
        return ALL;
    }

    /** The author measure of a column of {@code authors.csv}: {@code AuthorMeasure.named("closeness")}. */
    public static AuthorMeasure named(String column) {
        return named(ALL, column, "author");
    }
}
