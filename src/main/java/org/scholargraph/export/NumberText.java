package org.scholargraph.export;

/**
 * The one number format of every export. Integers are plain decimal; doubles are
 * {@link Double#toString(double)}: locale-free, the same bytes on every run, and parsing the text
 * back gives exactly the same double ({@code 0.1} stays {@code 0.1}, {@code 1e-5} is written
 * {@code 1.0E-5}, which spreadsheets, Python and R all read as a number). A value that is not
 * finite has no honest text, so it is written as an empty cell, an omitted attribute or JSON null.
 */
final class NumberText {

    private NumberText() {
    }

    /** The text of a finite double, or empty for NaN and infinities. */
    static String of(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }

    /** The text of an int. */
    static String of(int value) {
        return Integer.toString(value);
    }

    /** A year, or empty when it is 0 (unknown). */
    static String year(int year) {
        return year == 0 ? "" : Integer.toString(year);
    }
}
