package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether two venue names may be the same journal or conference as different sources write it:
 * in full ("Proceedings of the National Academy of Sciences"), abbreviated the ISO 4 way
 * ("Proc. Natl. Acad. Sci."), as MEDLINE abbreviates ("J Emerg Manag") or as an acronym ("PNAS").
 */
final class VenueNames {

    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "in", "on", "a", "an", "de",
            "des", "la", "le", "und", "fur", "l", "d", "at", "to", "by", "with");

    private VenueNames() {
    }

    /** Whether the venues may be one: equal, an acronym or abbreviation of one another, or sharing most words. */
    static boolean compatible(String a, String b) {
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty() || wordsA.equals(wordsB)) {
            return true;
        }
        if (isAcronym(wordsA, wordsB) || isAcronym(wordsB, wordsA)) {
            return true;
        }
        if (abbreviates(wordsA, wordsB) || abbreviates(wordsB, wordsA)) {
            return true;
        }
        return TextFolding.sharedWordShare(String.join(" ", wordsA), String.join(" ", wordsB)) >= 0.6;
    }

    private static List<String> words(String venue) {
        List<String> words = new ArrayList<>();
        for (String w : TextFolding.fold(venue).split(" ")) {
            if (!w.isEmpty() && !MINOR_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** "pnas" against "proceedings national academy sciences". */
    private static boolean isAcronym(List<String> shortForm, List<String> full) {
        if (shortForm.size() != 1 || full.size() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        full.forEach(w -> initials.append(w.charAt(0)));
        String acronym = shortForm.get(0);
        return initials.toString().startsWith(acronym) && acronym.length() >= 2;
    }

    /**
     * Whether every word of the abbreviated form starts a word of the full form, in order, and
     * covers most of the full form's words ("proc natl acad sci" against "proceedings national
     * academy sciences"; a letter-dropping abbreviation such as "natl" is matched by its first
     * letter and its letters in order).
     */
    private static boolean abbreviates(List<String> abbreviated, List<String> full) {
        int j = 0;
        int matched = 0;
        for (String word : abbreviated) {
            boolean found = false;
            while (j < full.size()) {
                String candidate = full.get(j++);
                if (abbreviationOf(word, candidate)) {
                    found = true;
                    matched++;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return matched * 3 >= full.size() * 2;
    }

    private static boolean abbreviationOf(String word, String full) {
        if (word.charAt(0) != full.charAt(0) || word.length() > full.length()) {
            return false;
        }
        int k = 0;
        for (int i = 0; i < full.length() && k < word.length(); i++) {
            if (full.charAt(i) == word.charAt(k)) {
                k++;
            }
        }
        return k == word.length();
    }
}
