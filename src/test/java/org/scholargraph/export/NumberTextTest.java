package org.scholargraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The text of numbers in every export: positional, never an exponent, and exactly the double it came from. */
class NumberTextTest {

    @Test
    void writesSmallAndLargeValuesWithoutAnExponent() {
        assertEquals("0.000804", NumberText.of(8.04E-4));
        assertEquals("0.00001", NumberText.of(1.0E-5));
        assertEquals("-0.000000123456789", NumberText.of(-1.23456789E-7));
        assertEquals("0." + "0".repeat(323) + "49", NumberText.of(Double.MIN_VALUE));
        assertEquals("12000000000.0", NumberText.of(1.2E10));
        assertEquals("12345678.9", NumberText.of(1.23456789E7));
        assertEquals("10000000.0", NumberText.of(1.0E7));
    }

    @Test
    void keepsJavasTextWhereItHasNoExponent() {
        assertEquals("0.001", NumberText.of(0.001));
        assertEquals("0.1", NumberText.of(0.1));
        assertEquals("3.0", NumberText.of(3.0));
        assertEquals("-0.0", NumberText.of(-0.0));
        assertEquals("0.3333333333333333", NumberText.of(1.0 / 3.0));
        assertEquals("", NumberText.of(Double.NaN));
        assertEquals("", NumberText.of(Double.NEGATIVE_INFINITY));
    }

    @Property
    void parsesBackToTheSameDoubleAndHasNoExponent(@ForAll double value) {
        String text = NumberText.of(value);
        if (Double.isFinite(value)) {
            assertEquals(value, Double.parseDouble(text));
            assertFalse(text.contains("E") || text.contains("e"), text);
        } else {
            assertEquals("", text);
        }
    }

    @Test
    void roundsForReadingWithoutAnExponent() {
        assertEquals("0.1235", NumberText.rounded(0.123456));
        assertEquals("3.0000", NumberText.rounded(3.0));
        assertEquals("0.0000", NumberText.rounded(0.0));
        assertEquals("0.0000804", NumberText.rounded(8.04E-5));
        assertEquals("0.00000001235", NumberText.rounded(1.23456E-8));
        assertEquals("12345678901.0000", NumberText.rounded(1.2345678901E10));
        assertEquals("", NumberText.rounded(Double.POSITIVE_INFINITY));
    }

    @Test
    void wholeNumbersAreWrittenAsJavaWritesThem() throws java.io.IOException {
        assertEquals("0.0", NumberText.of(0.0));
        assertEquals("-0.0", NumberText.of(-0.0));
        assertEquals("1.0", NumberText.of(1.0));
        assertEquals("-22.0", NumberText.of(-22.0));
        assertEquals("9999999.0", NumberText.of(9_999_999.0));
        assertEquals("10000000.0", NumberText.of(1e7));
        for (double value : new double[] {0.0, -0.0, 1.0, 2.0, -3.0, 9_999_999.0, -9_999_999.0, 1e7, 2.5, 1e-3}) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            new XmlOut(bytes).decimal(value).flush();
            assertEquals(NumberText.of(value), bytes.toString(java.nio.charset.StandardCharsets.US_ASCII), "" + value);
        }
    }
}
