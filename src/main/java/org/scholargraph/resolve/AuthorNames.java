package org.scholargraph.resolve;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Name keys for matching authors who have no identifier. The key survives case, spacing,
 * punctuation, diacritics and "Family, Given" order, and never drops a short family name:
 * "Weinan E", "E, Weinan" and "WEINAN  E" share the key {@code weinan e}.
 *
 * <p>The key deliberately keeps given names whole rather than reducing them to initials: on
 * listing pages and reference-manager files, "J. Han" may be any of several people, and merging two
 * people does more harm to a coauthorship network than leaving one person split.
 */
public final class AuthorNames {

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SUFFIX = Pattern.compile("(?i)(jr|sr|ii|iii|iv)\\.?");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private AuthorNames() {
    }

    /** The matching key of a name as written; empty when the name has no letters. */
    public static String key(String name) {
        // A nickname or affiliation in brackets ("Alexander (Sasha) Rakhlin") is not part of the name.
        String ordered = givenFirst(BRACKETED.matcher(name).replaceAll(" "));
        return TextFolding.fold(ordered);
    }

    /**
     * Puts a "Family, Given" name in "Given Family" order. A name with more than one comma, or with
     * a suffix after the comma ("Jr.", "III"), is left as it is.
     */
    public static String givenFirst(String name) {
        String stripped = name.strip();
        int comma = stripped.indexOf(',');
        if (comma < 0 || comma != stripped.lastIndexOf(',')) {
            return stripped;
        }
        String family = stripped.substring(0, comma).strip();
        String given = stripped.substring(comma + 1).strip();
        if (given.isEmpty() || SUFFIX.matcher(given).matches()) {
            return stripped;
        }
        return given + " " + family;
    }

    /**
     * A display form: "Given Family" order, single spaces, and an all-capitals family name such as
     * "GAO" turned into "Gao" when the rest of the name is in mixed case.
     */
    public static String display(String name) {
        String ordered = WHITE_SPACE.matcher(givenFirst(name)).replaceAll(" ");
        String[] words = ordered.split(" ");
        boolean hasMixed = Arrays.stream(words).anyMatch(w -> !w.equals(w.toUpperCase()) && !w.equals(w.toLowerCase()));
        if (!hasMixed) {
            return ordered;
        }
        return Arrays.stream(words)
                .map(w -> w.length() > 1 && w.equals(w.toUpperCase()) && w.chars().allMatch(Character::isLetter)
                        ? w.charAt(0) + w.substring(1).toLowerCase() : w)
                .collect(Collectors.joining(" "));
    }
}
