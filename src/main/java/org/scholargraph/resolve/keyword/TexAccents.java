package org.scholargraph.resolve.keyword;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TeX accent commands that abstracts from arXiv and listing sites keep ("Monge-Amp\`ere",
 * "Erd\H{o}s", "{\"o}") as the accented letters they stand for, so that a word is not cut at them.
 */
final class TexAccents {

    private static final Pattern ACCENT = Pattern.compile("\\{?\\\\([`'^\"~=.uvHc])\\s?\\{?([A-Za-z])\\}?\\}?");

    private TexAccents() {
    }

    /** The text with each TeX accent command on a letter made that accented letter. */
    static String toUnicode(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        Matcher accent = ACCENT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (accent.find()) {
            accent.appendReplacement(out, Matcher.quoteReplacement(
                    Normalizer.normalize(accent.group(2) + combining(accent.group(1).charAt(0)), Normalizer.Form.NFC)));
        }
        accent.appendTail(out);
        return out.toString();
    }

    private static char combining(char command) {
        switch (command) {
            case '`':
                return '\u0300';
            case '\'':
                return '\u0301';
            case '^':
                return '\u0302';
            case '~':
                return '\u0303';
            case '=':
                return '\u0304';
            case 'u':
                return '\u0306';
            case '.':
                return '\u0307';
            case '"':
                return '\u0308';
            case 'H':
                return '\u030B';
            case 'v':
                return '\u030C';
            default: // 'c'
                return '\u0327';
        }
    }
}
