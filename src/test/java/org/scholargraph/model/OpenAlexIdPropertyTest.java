package org.scholargraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * An OpenAlex id is the letter W or A and the digits that end the value, whatever precedes them
 * (a URL, an API path, nothing), upper-cased: the rule the pattern {@code ([WAwa]\d+)$} states.
 */
class OpenAlexIdPropertyTest {

    private static final Pattern RULE = Pattern.compile("([WAwa]\\d+)$");

    @Test
    void readsTheIdOfEveryFormOpenAlexWrites() {
        assertEquals(Optional.of("W2741809807"), IdScheme.OPENALEX.normalise("https://openalex.org/W2741809807"));
        assertEquals(Optional.of("A5023888391"), IdScheme.OPENALEX.normalise(" https://api.openalex.org/authors/a5023888391 "));
        assertEquals(Optional.of("W12"), IdScheme.OPENALEX.normalise("w12"));
        assertEquals(Optional.empty(), IdScheme.OPENALEX.normalise("https://openalex.org/W"));
        assertEquals(Optional.empty(), IdScheme.OPENALEX.normalise("12345"));
        assertEquals(Optional.empty(), IdScheme.OPENALEX.normalise("https://openalex.org/S12/"));
        assertEquals(Optional.of("A34"), IdScheme.OPENALEX.normalise("W12A34"));
    }

    @Property
    void agreesWithThePatternOnAnyText(
            @ForAll @StringLength(max = 14) @Chars({'W', 'A', 'w', 'a', 'S', '0', '7', '9', '/', ':', '.', ' ', 'é'}) String text) {
        String value = text.strip();
        Matcher m = RULE.matcher(value);
        Optional<String> expected = value.isEmpty() || !m.find() ? Optional.empty()
                : Optional.of(m.group(1).toUpperCase(Locale.ROOT));
        assertEquals(expected, IdScheme.OPENALEX.normalise(text));
    }
}
