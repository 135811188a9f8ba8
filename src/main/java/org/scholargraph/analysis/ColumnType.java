package org.scholargraph.analysis;

/**
 * What the values of a column are, which decides how every output writes them: a CSV cell, a
 * GraphML {@code attr.type}, a GEXF attribute type, a component of the facade's rows.
 */
public enum ColumnType {
    /** A text; an empty text is unknown and is left out of GraphML and GEXF. */
    TEXT,
    /** A list of texts, written {@code ;}-separated in one cell or attribute. */
    LIST,
    /** A whole number. */
    INTEGER,
    /** A whole number that names a group, not an amount: a community. */
    CATEGORY,
    /** A year, 0 when unknown: an empty cell, an omitted attribute. */
    YEAR,
    /** A real number; NaN and infinities have no honest text and are left empty. */
    REAL;

    /** Whether the values are numbers (read with {@link NodeTable#number(NodeColumn, int)}). */
    public boolean isNumeric() {
        return this == INTEGER || this == CATEGORY || this == YEAR || this == REAL;
    }
}
