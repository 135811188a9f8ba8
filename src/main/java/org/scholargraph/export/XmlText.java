package org.scholargraph.export;

/**
 * Text made safe for XML 1.0. The XML 1.0 {@code Char} production allows tab, LF, CR,
 * U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF; everything else (other C0 controls, lone
 * surrogates, U+FFFE, U+FFFF) makes the whole file unreadable for a conforming parser, Gephi's
 * included, so it is dropped rather than escaped: XML 1.0 has no escape for those characters.
 */
final class XmlText {

    private XmlText() {
    }

    /** {@code text} without the characters XML 1.0 forbids; the same instance when there are none. */
    static String legal(String text) {
        if (text == null) {
            return "";
        }
        int length = text.length();
        int i = 0;
        // Most text is printable characters of the Basic Multilingual Plane outside the
        // surrogates: checked a char at a time; code points are decoded from the first other one.
        while (i < length) {
            char c = text.charAt(i);
            if (c >= 0x20 ? c < 0xD800 || (c >= 0xE000 && c <= 0xFFFD) : c == 0x9 || c == 0xA || c == 0xD) {
                i++;
            } else {
                break;
            }
        }
        while (i < length) {
            int cp = text.codePointAt(i);
            if (!isLegal(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == length) {
            return text;
        }
        StringBuilder kept = new StringBuilder(length);
        kept.append(text, 0, i);
        while (i < length) {
            int cp = text.codePointAt(i);
            if (isLegal(cp)) {
                kept.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return kept.toString();
    }

    /**
     * {@code text} made legal for an attribute value: a parser turns tab, LF and CR in an
     * attribute into spaces (XML 1.0 §3.3.3, attribute-value normalisation), so they are written
     * as the spaces a reader would see anyway ({@link XmlOut} does the same as it writes).
     */
    static String attribute(String text) {
        String legal = legal(text);
        return legal.indexOf('\t') < 0 && legal.indexOf('\n') < 0 && legal.indexOf('\r') < 0 ? legal
                : legal.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Whether {@code text} has a character XML 1.0 allows, so that {@link #legal} leaves it non-empty. */
    static boolean hasLegal(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isLegal(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether a code point matches XML 1.0's {@code Char}; a lone surrogate never does. */
    static boolean isLegal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
