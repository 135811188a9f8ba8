package org.scholargraph.api;

import org.scholargraph.analysis.AuthorColumns;
import org.scholargraph.analysis.NodeTable;

/**
 * One author with every measure, as a row of {@code authors.csv} (same columns, same order, as
 * {@link AuthorColumns} declares them): {@code sg.authors().get(0).pagerank()}. Every column,
 * also one without an accessor here, by name: {@code row.number("clustering")}.
 */
public final class AuthorRow extends NodeRow {

    AuthorRow(NodeTable table, int row) {
        super(table, row);
    }

    /** The value of {@link AuthorColumns#AUTHOR_ID}. */
    public String authorId() {
        return text(AuthorColumns.AUTHOR_ID);
    }

    /** The value of {@link AuthorColumns#NAME}. */
    public String name() {
        return text(AuthorColumns.NAME);
    }

    /** The value of {@link AuthorColumns#PAPERS}. */
    public int papers() {
        return integer(AuthorColumns.PAPERS);
    }

    /** The value of {@link AuthorColumns#CITATIONS}. */
    public int citations() {
        return integer(AuthorColumns.CITATIONS);
    }

    /** The value of {@link AuthorColumns#H_INDEX}. */
    public int hIndex() {
        return integer(AuthorColumns.H_INDEX);
    }

    /** The value of {@link AuthorColumns#FIRST_YEAR}. */
    public int firstYear() {
        return integer(AuthorColumns.FIRST_YEAR);
    }

    /** The value of {@link AuthorColumns#LAST_YEAR}. */
    public int lastYear() {
        return integer(AuthorColumns.LAST_YEAR);
    }

    /** The value of {@link AuthorColumns#COAUTHORS}. */
    public int coauthors() {
        return integer(AuthorColumns.COAUTHORS);
    }

    /** The value of {@link AuthorColumns#DEGREE}. */
    public int degree() {
        return integer(AuthorColumns.DEGREE);
    }

    /** The value of {@link AuthorColumns#STRENGTH}. */
    public double strength() {
        return real(AuthorColumns.STRENGTH);
    }

    /** The value of {@link AuthorColumns#BETWEENNESS}. */
    public double betweenness() {
        return real(AuthorColumns.BETWEENNESS);
    }

    /** The value of {@link AuthorColumns#HARMONIC}. */
    public double harmonic() {
        return real(AuthorColumns.HARMONIC);
    }

    /** The value of {@link AuthorColumns#EIGENVECTOR}. */
    public double eigenvector() {
        return real(AuthorColumns.EIGENVECTOR);
    }

    /** The value of {@link AuthorColumns#PAGERANK}. */
    public double pagerank() {
        return real(AuthorColumns.PAGERANK);
    }

    /** The value of {@link AuthorColumns#CORENESS}. */
    public int coreness() {
        return integer(AuthorColumns.CORENESS);
    }

    /** The value of {@link AuthorColumns#COMMUNITY}. */
    public int community() {
        return integer(AuthorColumns.COMMUNITY);
    }
}
