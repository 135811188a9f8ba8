package org.scholargraph.ingest.bibtex;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a BibTeX {@code author} field into names, in byline order.
 *
 * <p>Names are separated by the word {@code and} (any case) between whitespace at brace depth 0,
 * so a corporate author in braces, {@code {{Barnes and Noble}}} or Mendeley's
 * {@code {{The Mendeley Support Team}}}, stays one author. {@code and others} (BibTeX's "et al.")
 * names nobody and is dropped. Each name is kept in the form it is written ("Last, First",
 * "First Last", "von Last, Jr, First"): the resolve stage normalises names. Only TeX markup and
 * braces are decoded, and line breaks inside a name (an author split across lines) become spaces.
 */
final class AuthorField {

    private AuthorField() {
    }

    /** The names of an {@code author} (or {@code editor}) value as written in the file. */
    static List<String> names(String raw) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if ((c == '{' || c == '}') && TexText.isEscaped(raw, i)) {
                i++;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Character.isWhitespace(c) && isAnd(raw, i + 1)) {
                add(names, raw.substring(start, i));
                i += 4;
                start = i;
                continue;
            }
            i++;
        }
        add(names, raw.substring(start));
        return names;
    }

    /** Whether "and" followed by whitespace starts at {@code i}. */
    private static boolean isAnd(String raw, int i) {
        return i + 3 < raw.length() && raw.regionMatches(true, i, "and", 0, 3) && Character.isWhitespace(raw.charAt(i + 3));
    }

    private static void add(List<String> names, String piece) {
        String name = TexText.toUnicode(piece);
        // a stray comma left by a sloppy export ("Smith, J. and , ") is not a name
        name = name.replaceAll("^[\\s,;]+|[\\s,;]+$", "");
        if (name.isEmpty() || name.equalsIgnoreCase("others") || name.chars().noneMatch(Character::isLetterOrDigit)) {
            return;
        }
        names.add(name);
    }
}
