package org.scholargraph.resolve;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds text to a comparison key: Unicode compatibility decomposition, diacritics removed, lower
 * case, every run of non-letters and non-digits one space. "Monge-Ampère Flow" and
 * "monge ampere  flow" fold to the same key.
 */
final class TextFolding {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private TextFolding() {
    }

    /** The folded key of a text; empty for a text with no letters or digits. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        // Letters that do not decompose into a base letter and a mark.
        bare = bare.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
                .replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe")
                .replace("ı", "i");
        return NON_ALPHANUMERIC.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The share of the words of the shorter of two folded texts that the other one has too:
     * |A ∩ B| / min(|A|, |B|) over their distinct words; 0 when either has none.
     */
    static double sharedWordShare(String foldedA, String foldedB) {
        if (foldedA.isEmpty() || foldedB.isEmpty()) {
            return 0.0;
        }
        Set<String> wordsA = new HashSet<>(List.of(foldedA.split(" ")));
        Set<String> wordsB = new HashSet<>(List.of(foldedB.split(" ")));
        long shared = wordsB.stream().filter(wordsA::contains).count();
        return (double) shared / Math.min(wordsA.size(), wordsB.size());
    }
}
