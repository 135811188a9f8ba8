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
        return isAscii(text) ? foldAscii(text) : foldUnicode(text);
    }

    /** {@link #fold} of any text: the decomposition, the marks removed, the patterns. */
    static String foldUnicode(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        // Letters that do not decompose into a base letter and a mark.
        bare = bare.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
                .replace("đ", "d").replace("Đ", "D").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe")
                .replace("ı", "i");
        return NON_ALPHANUMERIC.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@link #fold} of a text in ASCII, without the decomposition and the patterns it needs. */
    private static String foldAscii(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!letterOrDigit) {
                gap = true;
                continue;
            }
            if (gap && folded.length() > 0) {
                folded.append(' ');
            }
            gap = false;
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
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
