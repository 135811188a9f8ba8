package org.scholargraph.export;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one number format of every export and of the facade's tables. Integers are plain decimal.
 * A double is written with the shortest digits that parse back to exactly the same double:
 * R. Giulietti's Schubfach, the algorithm of {@link Double#toString(double)} since Java 19, here in
 * jackson-core's port, since Java 17's own {@code Double.toString} takes three to four times as
 * long and an export writes tens of millions of doubles. The text is locale-free and the same
 * bytes on every run, but always in positional notation: {@code 0.000804}, never {@code 8.04E-4},
 * and {@code 12000000000.0}, never {@code 1.2E10}. Spreadsheets, Gephi, Python and R read both,
 * but a person reading a CSV, a chart axis or a Gephi column expects the positional form. A value
 * that is not finite has no honest text, so it is written as an empty cell, an omitted attribute
 * or JSON null.
 */
public final class NumberText {

    /** Significant digits of {@link #rounded(double)}, the text of a value shown to a reader. */
    static final int SHOWN_DIGITS = 4;

    private NumberText() {
    }

    /** The text of a finite double that parses back to it, or empty for NaN and infinities: {@code 8.04E-4} → {@code 0.000804}. */
    public static String of(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (isSmallWhole(value)) {
            // What Double.toString writes for these, without its general algorithm: "3.0".
            return Long.toString((long) value).concat(".0");
        }
        // Edge weights repeat (sums of a few idf values, fractions 1/(n-1)): a value written lately
        // is found in a small cache, shared by the threads (each slot is one immutable entry, so a
        // reader sees a whole one or none).
        long bits = Double.doubleToRawLongBits(value);
        int slot = (int) ((bits ^ (bits >>> 29)) * 0x9E3779B97F4A7C15L >>> (64 - RECENT_BITS));
        Recent recent = RECENT[slot];
        if (recent != null && recent.bits == bits) {
            return recent.text;
        }
        String shortest = NumberOutput.toString(value, true);
        int e = shortest.indexOf('E');
        String text = e < 0 ? shortest : positional(shortest, e);
        RECENT[slot] = new Recent(bits, text);
        return text;
    }

    private static final int RECENT_BITS = 12;
    private static final Recent[] RECENT = new Recent[1 << RECENT_BITS];

    private record Recent(long bits, String text) {
    }

    /**
     * Whether {@code value} is a whole number below 10<sup>7</sup> in magnitude (and not -0.0), which
     * {@link Double#toString(double)} writes as its digits and {@code .0}: the weights of most edges.
     */
    static boolean isSmallWhole(double value) {
        return value == (long) value && Math.abs(value) < 1e7 && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO;
    }

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    /** The text of an int. */
    public static String of(int value) {
        return Integer.toString(value);
    }

    /** A year, or empty when it is 0 (unknown). */
    public static String year(int year) {
        return year == 0 ? "" : Integer.toString(year);
    }

    /**
     * A double as a person reads it in a printed table: four decimals from 0.0001 up
     * ({@code 0.1235}, {@code 3.0000}), up to four significant digits below ({@code 0.0000804}), never an
     * exponent; empty for NaN and infinities. For display only: exports use {@link #of(double)}.
     */
    public static String rounded(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal shown = value == 0 || Math.abs(value) >= 1e-4
                ? exact.setScale(SHOWN_DIGITS, RoundingMode.HALF_EVEN)
                : exact.round(new MathContext(SHOWN_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return shown.toPlainString();
    }

    /**
     * Rewrites Java's computerized scientific notation ({@code d.dddE±n}, one digit before the
     * point) in positional form, keeping every digit and nothing more, with {@code .0} after a
     * whole number as {@link Double#toString(double)} writes it.
     */
    private static String positional(String scientific, int e) {
        boolean negative = scientific.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int exponent = Integer.parseInt(scientific, e + 1, scientific.length(), 10);
        StringBuilder digits = new StringBuilder(e - start);
        for (int i = start; i < e; i++) {
            char c = scientific.charAt(i);
            if (c != '.') {
                digits.append(c);
            }
        }
        while (digits.length() > 1 && digits.charAt(digits.length() - 1) == '0') {
            digits.setLength(digits.length() - 1);
        }
        // The decimal point sits after the first digit, moved by the exponent.
        int point = 1 + exponent;
        StringBuilder out = new StringBuilder(digits.length() + Math.abs(exponent) + 4);
        if (negative) {
            out.append('-');
        }
        if (point <= 0) {
            out.append("0.");
            out.append("0".repeat(-point));
            out.append(digits);
        } else if (point >= digits.length()) {
            out.append(digits);
            out.append("0".repeat(point - digits.length()));
            out.append(".0");
        } else {
            out.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return out.toString();
    }
}
