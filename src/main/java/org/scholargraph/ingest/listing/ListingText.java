package org.scholargraph.ingest.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Line-level facts about text saved from a web page, shared by the four listing readers.
 *
 * <p>Saved pages keep the page's non-breaking spaces (U+00A0) around icons and buttons, so a
 * line is always compared after {@link #clean(String)}. A "prose" line is a paragraph of running
 * Latin-script text, which is what an abstract looks like and what page chrome ("Read More",
 * "Click here", a stats line, a comment box in another script) does not.
 */
final class ListingText {

    /** Fewest words for a line to count as a paragraph of prose; the shortest seed abstract has 20. */
    static final int PROSE_MIN_WORDS = 12;

    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
    /** RIS and MEDLINE tag lines: {@code TY  - JOUR}, {@code PMID- 123}. */
    private static final Pattern RIS_TAG = Pattern.compile("^[A-Z][A-Z0-9]{1,3}\\s*-\\s");
    /** Web of Science plain text starts with {@code FN}, {@code VR} or {@code PT} tags. */
    private static final Pattern WOS_TAG = Pattern.compile("^(FN|VR|PT|ER|EF) ");
    /** BibTeX entries and EndNote/Refer tags. */
    private static final Pattern BIBTEX_OR_REFER = Pattern.compile("^(@\\w+\\s*[{(]|%[A-Z0-9] )");

    private ListingText() {
    }

    /** The line with every kind of space folded to one ASCII space, invisible marks removed, stripped. */
    static String clean(String line) {
        String visible = INVISIBLE.matcher(line).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /**
     * Whether a cleaned line is a paragraph of running text: at least {@link #PROSE_MIN_WORDS}
     * words, lower-case letters, nine in ten letters of Latin script (the comment boxes of the saved
     * paper pages are in Arabic), and no bibliographic tag at its start.
     */
    static boolean isProse(String line) {
        if (line.isEmpty() || isTagged(line)) {
            return false;
        }
        if (SPACES.split(line).length < PROSE_MIN_WORDS) {
            return false;
        }
        int letters = 0;
        int latin = 0;
        boolean lowerCase = false;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
                lowerCase |= Character.isLowerCase(cp);
            }
        }
        return lowerCase && letters > 0 && latin * 10 >= letters * 9;
    }

    /** Whether a cleaned line starts like a record of a tagged format (RIS, MEDLINE, WoS, BibTeX, Refer). */
    static boolean isTagged(String line) {
        return RIS_TAG.matcher(line).find() || WOS_TAG.matcher(line).find()
                || BIBTEX_OR_REFER.matcher(line).find();
    }

    /**
     * Whether a head looks like binary data rather than text: a NUL, or more than one character in
     * a hundred that is a control character or the replacement character U+FFFD left by a failed
     * decoding.
     */
    static boolean looksBinary(String head) {
        int suspicious = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                suspicious++;
            }
        }
        return suspicious * 100 > head.length();
    }

    /**
     * The complete lines of a head, cleaned. The last line is left out when the head does not end
     * with a line break, since detection may have cut it in the middle.
     */
    static List<String> completeLines(String head) {
        String[] lines = head.split("\r\n|\r|\n", -1);
        int count = lines.length;
        if (count > 1 && !head.endsWith("\n") && !head.endsWith("\r")) {
            count--;
        }
        List<String> cleaned = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cleaned.add(clean(lines[i]));
        }
        return cleaned;
    }
}
