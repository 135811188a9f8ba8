package org.scholargraph.ingest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Damaged versions of a well-formed sample, for the readers' property tests: the sample cut at
 * any point (a download that stopped), one character replaced by any other (a flipped byte), a
 * short run of the format's own syntax characters spliced in (a hand edit gone wrong), and random
 * text.
 */
public final class DamagedText {

    private DamagedText() {
    }

    /**
     * Damaged versions of {@code sample}.
     *
     * @param syntax the characters spliced in: the format's own delimiters
     * @param maxSplice longest run spliced in
     * @param maxRandom longest random text
     */
    public static Arbitrary<String> of(String sample, String syntax, int maxSplice, int maxRandom) {
        Arbitrary<String> cut = Arbitraries.integers().between(0, sample.length()).map(n -> sample.substring(0, n));
        Arbitrary<String> flipped = Arbitraries.integers().between(0, sample.length() - 1)
                .flatMap(at -> Arbitraries.chars().all().map(c -> sample.substring(0, at) + c + sample.substring(at + 1)));
        Arbitrary<String> spliced = Arbitraries.integers().between(0, sample.length() - 1)
                .flatMap(at -> Arbitraries.strings().ofMaxLength(maxSplice).withChars(syntax)
                        .map(junk -> sample.substring(0, at) + junk + sample.substring(at + 1)));
        return Arbitraries.oneOf(cut, flipped, spliced, Arbitraries.strings().ofMaxLength(maxRandom));
    }
}
