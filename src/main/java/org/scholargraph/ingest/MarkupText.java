package org.scholargraph.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text from the markup in Crossref works (passed through from publishers' deposits) and in
 * CSL-JSON items (CSL's HTML-like rich text): JATS in abstracts
 * ({@code <jats:p>}, {@code <jats:italic>}, {@code <jats:sec>}, a leading
 * {@code <jats:title>Abstract</jats:title>}), HTML and MathML in titles ({@code <i>},
 * {@code <sub>}, {@code <mml:math>}), and character entities ({@code &amp;}, {@code &#8211;}).
 */
public final class MarkupText {

    /** A heading that only says "Abstract": publishers deposit it before the text itself. */
    private static final Pattern LEADING_ABSTRACT_TITLE = Pattern.compile(
            "^\\s*<(?:jats:)?title>\\s*(?:abstract|summary)[.:]?\\s*</(?:jats:)?title>", Pattern.CASE_INSENSITIVE);
    /** Elements that end a block: replaced by a space so that two paragraphs do not run together. */
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(?:jats:)?(?:p|title|sec|list|list-item|label|caption|break|disp-formula|table|tr|td|th|br|div)\\b[^<>]*>",
            Pattern.CASE_INSENSITIVE);
    /** Any other element tag (inline: italic, sub, sup, MathML): removed, keeping its text. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][\\w:.\\-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");

    private MarkupText() {
    }

    /** The text without markup, entities decoded, runs of white space made one space. */
    public static String plain(String marked) {
        if (marked == null || marked.isEmpty()) {
            return "";
        }
        String text = LEADING_ABSTRACT_TITLE.matcher(marked).replaceFirst(" ");
        text = BLOCK_TAG.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        text = decodeEntities(text);
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : whole;
        }
        switch (name.toLowerCase(Locale.ROOT)) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return " ";
            case "ndash":
                return "\u2013";
            case "mdash":
                return "\u2014";
            case "lsquo":
                return "\u2018";
            case "rsquo":
                return "\u2019";
            case "ldquo":
                return "\u201c";
            case "rdquo":
                return "\u201d";
            case "hellip":
                return "\u2026";
            default:
                return whole;
        }
    }
}
