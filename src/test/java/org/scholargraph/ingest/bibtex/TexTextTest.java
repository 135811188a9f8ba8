package org.scholargraph.ingest.bibtex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TeX markup as reference managers and databases write it ("⏎" stands for a line break). */
class TexTextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "M{\\\"u}ller | Müller",
        "M\\\"{u}ller | Müller",
        "Ren\\'e | René",
        "Fran\\c{c}ois | François",
        "Fran{\\c c}ois | François",
        "Stra{\\ss}e | Straße",
        "Espa\\~na | España",
        "H\\^otel | Hôtel",
        "voil\\`a | voilà",
        "Dvo\\v{r}\\'ak | Dvořák",
        "\\v{S}koda | Škoda",
        "Erd\\H{o}s | Erdős",
        "{\\AA}ngstr{\\\"o}m | Ångström",
        "\\aa | å",
        "Bj{\\o}rn | Bjørn",
        "{\\L}{\\'o}d{\\'z} | Łódź",
        "\\l{}aska | łaska",
        "na{\\\"\\i}ve | naïve",
        "Mart{\\'\\i}nez | Martínez",
        "Mart\\'{\\i}nez | Martínez",
        "pages 12--23 | pages 12–23",
        "yes---no | yes—no",
        "{An} amazing {title} | An amazing title",
        "{{Nested {Braces}}} | Nested Braces",
        "R\\&D costs 5\\% | R&D costs 5%",
        "n.s.~2 | n.s. 2",
        "\\emph{Drosophila} genes | Drosophila genes",
        "$\\alpha$-stable laws | α-stable laws",
        "``quoted'' text | “quoted” text",
        "a {[}WoS{]} bracket | a [WoS] bracket",
        "two⏎  lines | two lines",
        "the \\best\" method | the \\best\" method",
        "{\\noopsort{a}}Zeta | Zeta",
        "trailing backslash \\ | trailing backslash \\"
    })
    void decodesTexToUnicode(String tex, String expected) {
        assertEquals(expected, TexText.toUnicode(tex.replace("⏎", "\n")));
    }

    @Test
    void survivesAccentsNestedWithoutEnd() {
        String deep = "\\'{".repeat(20_000) + "e" + "}".repeat(20_000) + "\\'\\'".repeat(20_000);

        String text = TexText.toUnicode(deep);

        assertTrue(text.contains("é"), "decoding ends, and the letter keeps an accent");
    }
}
