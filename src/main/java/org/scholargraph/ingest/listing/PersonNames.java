package org.scholargraph.ingest.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a byline of personal names as listing pages write it, and tells a byline from other text.
 *
 * <p>Names are separated by commas, semicolons, {@code and} or {@code &}, with or without an Oxford
 * comma ("A, B, and C", "A and B"). A name is one to six tokens, each a capitalised word
 * ("Vanden-Eijnden", "McAllester", "Araújo"), an upper-case word ("GAO"), an initial ("L.", "J.R.",
 * or a bare "E" as in "Weinan E"), a nickname in parentheses ("Alexander (Sasha) Rakhlin") or a
 * lower-case particle inside the name ("van", "de"). Anything with digits or other lower-case
 * words is not a name, which is how a byline is told apart from a title or a sentence.
 *
 * <p>Two inverted forms put a comma inside one person, and are joined back:
 * <ul>
 *   <li>a one-word surname followed by initials only: "Neyshabur, B., Bhojanapalli, S." are two
 *       people, "Neyshabur, B." and "Bhojanapalli, S.";</li>
 *   <li>a one-word surname in capitals followed by a one-word given name not in capitals (the
 *       east-Asian habit of marking the family name by case): "GAO, Chao, Jiyu LIU" are two
 *       people, "GAO, Chao" and "Jiyu LIU". "Mei, Montanari" stays two surnames, because neither
 *       is in capitals.</li>
 * </ul>
 * A generational suffix after a comma ("Jr.", "III") stays with the name before it, and a closing
 * "et al." is dropped. Names are returned as written; normalising them is the resolve stage's work.
 */
final class PersonNames {

    private static final int MAX_TOKENS = 6;
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,\\s*and\\s+|,\\s*&\\s*|\\s+and\\s+|\\s+&\\s+|[,;])\\s*");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’\\-]*");
    private static final Pattern ABBREVIATED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{1,2}\\."); // Jr., Sr.
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.?)(-?\\p{Lu}\\.?)*");
    private static final Pattern INITIALS_ONLY = Pattern.compile("(\\p{Lu}\\.\\s?)+(-\\p{Lu}\\.)?|\\p{Lu}{1,2}");
    private static final Pattern NICKNAME = Pattern.compile("\\(\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\)");
    private static final Pattern UPPER_CASE_SURNAME = Pattern.compile("\\p{Lu}[\\p{Lu}'’\\-]+");
    private static final Pattern CAPITALISED_GIVEN_NAME = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}'’\\-]+");
    private static final Pattern ET_AL = Pattern.compile("\\s*,?\\s+et\\s+al\\.?$");
    private static final Pattern GENERATION = Pattern.compile("(Jr|Sr)\\.?|II|III|IV");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "del",
            "della", "le", "la", "du", "dos", "das", "bin", "ibn", "al", "ten", "ter", "zu", "y");

    private PersonNames() {
    }

    /** The names of a byline in order, or empty when the text is not a byline. */
    static Optional<List<String>> parse(String byline) {
        String text = ET_AL.matcher(byline.strip()).replaceFirst("");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String[] pieces = SEPARATORS.split(text, -1);
        List<String> names = new ArrayList<>(pieces.length);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i].strip();
            if (piece.isEmpty()) {
                return Optional.empty();
            }
            if (i + 1 < pieces.length && isInvertedPair(piece, pieces[i + 1].strip())) {
                if (!isName(piece)) {
                    return Optional.empty();
                }
                names.add(piece + ", " + pieces[i + 1].strip());
                i++;
                continue;
            }
            if (GENERATION.matcher(piece).matches() && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + ", " + piece);
                continue;
            }
            if (!isName(piece)) {
                return Optional.empty();
            }
            names.add(piece);
        }
        return Optional.of(names);
    }

    /** Whether one piece of text is a single personal name. */
    static boolean isName(String text) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length == 0 || tokens.length > MAX_TOKENS) {
            return false;
        }
        boolean hasWord = false;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            boolean inside = i > 0 && i < tokens.length - 1;
            if (WORD.matcher(token).matches() && token.codePointCount(0, token.length()) >= 2) {
                hasWord = true;
            } else if (INITIALS.matcher(token).matches() || ABBREVIATED_WORD.matcher(token).matches()
                    || NICKNAME.matcher(token).matches()) {
                continue;
            } else if (!(inside && PARTICLES.contains(token.toLowerCase(Locale.ROOT)) && token.equals(
                    token.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return hasWord;
    }

    private static boolean isInvertedPair(String piece, String next) {
        if (piece.contains(" ")) {
            return false;
        }
        if (INITIALS_ONLY.matcher(next).matches() && WORD.matcher(piece).matches()) {
            return true;
        }
        return UPPER_CASE_SURNAME.matcher(piece).matches() && CAPITALISED_GIVEN_NAME.matcher(next).matches();
    }
}
