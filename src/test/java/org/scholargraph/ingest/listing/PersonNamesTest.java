package org.scholargraph.ingest.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {

    @Test
    void keepsNamesAsWritten() {
        assertEquals(Optional.of(List.of("Weinan E", "Jean-François Jabir", "Alexander (Sasha) Rakhlin",
                "Ludwig van Beethoven")),
                PersonNames.parse("Weinan E, Jean-François Jabir, Alexander (Sasha) Rakhlin and Ludwig van Beethoven"));
    }

    @Test
    void joinsAnUpperCaseSurnameWithTheGivenNameAfterItsComma() {
        assertEquals(Optional.of(List.of("ROE, Jane", "John DOE")), PersonNames.parse("ROE, Jane, and John DOE"));
    }

    @Test
    void joinsASurnameWithTheInitialsAfterItsComma() {
        assertEquals(Optional.of(List.of("Roe, J.", "Doe, J. R.")), PersonNames.parse("Roe, J., and Doe, J. R."));
    }

    @Test
    void keepsSurnameOnlyBylinesApart() {
        assertEquals(Optional.of(List.of("Mei", "Montanari", "Nguyen")), PersonNames.parse("Mei, Montanari, and Nguyen"));
    }

    @Test
    void keepsAGenerationalSuffixWithItsName() {
        assertEquals(Optional.of(List.of("Martin Luther King, Jr.", "Jane Roe")),
                PersonNames.parse("Martin Luther King, Jr., and Jane Roe"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"We propose a method", "Lecture 01", "Inductive Bias and Optimization in Deep Learning",
        "FANG Linjiajie (20382284)", "", "Y.Y", "Jane Roe,", "Signals: I"})
    void refusesTextThatIsNoByline(String text) {
        assertEquals(Optional.empty(), PersonNames.parse(text));
    }
}
