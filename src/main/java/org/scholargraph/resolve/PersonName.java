package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name split into family name and given names, as the sources write it:
 * "Given Family" and "Family, Given"; family particles ("van der Waals", "de la Cruz"); hyphens
 * ("Jean-Pierre" is the given names J and P); one-letter family names ("Weinan E"); initials run
 * together as MEDLINE and Scopus write them ("Bridges JFP", "Linkov I.", "Figueira J.R.") and a
 * short vowel-less token as initials ("John Fp Bridges" is John F. P. Bridges); a family name in
 * capitals among mixed-case given names ("WANG Xiaoming", "Wei LI"); and names in Chinese,
 * Japanese or Korean script, written family name first without spaces.
 *
 * <p>Each given name is kept as written (folded), so that a full name ("rui") and an initial
 * ("r") can be told apart: {@link #givenCompatible} lets an initial fit any name with its letter
 * but never two different full names.
 *
 * @param family the folded family name, words joined by one space ("van der waals", "e")
 * @param given the folded given names in order, each a full name or a single-letter initial
 */
public record PersonName(String family, List<String> given) {

    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "2nd", "3rd");
    /** Suffixes that, written in capitals after a family name ("Smith JR"), are initials instead. */
    private static final Set<String> SUFFIXES_OR_INITIALS = Set.of("jr", "sr");
    /** Titles some listing pages put before a name ("Dr. Jane Smith", "Prof. Dr. Hans Müller"). */
    private static final Set<String> TITLES = Set.of("dr", "prof", "professor", "mr", "mrs", "ms", "sir", "dame");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "delle",
            "di", "da", "dos", "das", "du", "des", "la", "le", "ter", "ten", "zu", "af", "av", "bin", "ibn", "al", "el",
            "st", "mac", "dela", "vander", "vanden", "y");
    private static final Pattern VOWEL = Pattern.compile("[aeiouyAEIOUY]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PERIODS_AND_HYPHENS = Pattern.compile("[.\\-]");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");
    private static final Pattern GIVEN_SEPARATORS = Pattern.compile("[\\s.\\-‐]+");
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[^\\p{L}\\p{Nd}']");

    public PersonName {
        given = List.copyOf(given);
    }

    /** Parses a name as a source wrote it; a name without letters gives an empty family name. */
    public static PersonName parse(String written) {
        String name = BRACKETED.matcher(written).replaceAll(" ").strip();
        if (name.isEmpty()) {
            return new PersonName("", List.of());
        }
        if (isCjk(name) && !name.contains(" ") && !name.contains(",")) {
            // Chinese, Japanese and Korean names are written family name first, and almost every
            // family name is one character.
            int first = name.offsetByCodePoints(0, 1);
            return new PersonName(TextFolding.fold(name.substring(0, first)),
                    name.length() > first ? List.of(TextFolding.fold(name.substring(first))) : List.of());
        }
        int comma = name.indexOf(',');
        if (comma >= 0) {
            String family = name.substring(0, comma);
            String rest = name.substring(comma + 1);
            // "Smith, Jr., John" and "Smith, John, Jr." carry a suffix after a comma
            List<String> parts = new ArrayList<>();
            for (String part : rest.split(",")) {
                if (!isSuffix(part.strip())) {
                    parts.add(part);
                }
            }
            String givenText = String.join(" ", parts);
            if (SUFFIXES.contains(TextFolding.fold(family)) || givenText.isBlank() && family.isBlank()) {
                return parseOrdered(name.replace(",", " "));
            }
            return new PersonName(foldFamily(family), givenTokens(givenText, true));
        }
        return parseOrdered(name);
    }

    /**
     * Every way a written name may be read, the {@link #parse parsed} reading first; which one is
     * meant, the rest of the corpus tells (the family names it writes without doubt). Two kinds of
     * names have a second reading:
     * <ul>
     *   <li>a word and two or three capitals with a vowel among them: "Wei LI" is a given name and
     *       a family name in capitals, "Zusa LA" and "Kim OP" are family names and initials as
     *       MEDLINE writes them; so is a word and one capital: "Weinan E" has a one-letter family
     *       name, "Linkov I" an initial without its period;</li>
     *   <li>a family name of several words ("Rui Figueira, J."): also the last word as family name
     *       and the others as given names, as Scopus writes some Portuguese and Spanish names.</li>
     * </ul>
     */
    public static List<PersonName> readings(String written) {
        PersonName parsed = parse(written);
        List<PersonName> readings = new ArrayList<>(List.of(parsed));
        String[] words = Arrays.stream(SPACES.split(BRACKETED.matcher(written).replaceAll(" ").strip()))
                .filter(w -> !isSuffix(w)).toArray(String[]::new);
        if (words.length == 2 && !written.contains(",") && (isCapitalsWithVowel(words[1]) || isLoneCapital(words[1]))
                && words[0].length() > 1 && !words[0].equals(words[0].toUpperCase(Locale.ROOT))) {
            PersonName swapped = new PersonName(foldFamily(words[1]), givenTokens(words[0], false));
            readings.add(parsed.family().equals(swapped.family()) ? new PersonName(foldFamily(words[0]),
                    givenTokens(words[1], true)) : swapped);
        }
        String[] familyWords = parsed.family().split(" ");
        if (familyWords.length >= 2 && !parsed.given().isEmpty()) {
            List<String> given = new ArrayList<>(parsed.given());
            for (int i = 0; i < familyWords.length - 1; i++) {
                if (familyWords[i].length() < 2) {
                    return readings;
                }
                given.add(familyWords[i]);
            }
            readings.add(new PersonName(familyWords[familyWords.length - 1], given));
        }
        return readings;
    }

    /** "Jr.", "III": a generational suffix; "JR" in capitals is initials ("Smith JR", "SMITH JR"). */
    private static boolean isSuffix(String word) {
        String folded = TextFolding.fold(word);
        if (!SUFFIXES.contains(folded)) {
            return false;
        }
        String letters = NON_LETTERS.matcher(word).replaceAll("");
        return !(SUFFIXES_OR_INITIALS.contains(folded) && letters.equals(letters.toUpperCase(Locale.ROOT)));
    }

    /** "E", "I": a one-letter family name ("Weinan E") or an initial without its period ("Linkov I"). */
    private static boolean isLoneCapital(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** "LA", "OP": two or three capitals with a vowel, initials or a short family name in capitals. */
    private static boolean isCapitalsWithVowel(String word) {
        return word.length() >= 2 && word.length() <= 3 && word.chars().allMatch(Character::isUpperCase)
                && VOWEL.matcher(word).find();
    }

    /** A name without comma: "Given Family", "Family GM", "FAMILY Given" or "Given FAMILY". */
    private static PersonName parseOrdered(String name) {
        List<String> words = new ArrayList<>();
        for (String w : SPACES.split(name)) {
            if (!w.isEmpty() && !isSuffix(w) && !TextFolding.fold(w).isEmpty()) {
                words.add(w);
            }
        }
        while (words.size() > 2 && TITLES.contains(TextFolding.fold(words.get(0)))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return new PersonName("", List.of());
        }
        if (words.size() == 1) {
            return new PersonName(foldFamily(words.get(0)), List.of());
        }
        String last = words.get(words.size() - 1);
        boolean allCapitals = words.stream().allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT)));
        // "Bridges JFP", "Linkov I.", "Figueira J.R.": initials after the family name; in a name
        // all in capitals ("SMITH J", "LINKOV I") a lone capital is an initial too
        boolean initialsLast = isInitialsBlock(last)
                || allCapitals && isLoneCapital(last) && NON_LETTERS.matcher(words.get(0)).replaceAll("").length() > 1;
        if (initialsLast && !isInitialsBlock(words.get(0))) {
            return new PersonName(foldFamily(String.join(" ", words.subList(0, words.size() - 1))),
                    givenTokens(last, true));
        }
        // One word in capitals among mixed-case words is the family name: "WANG Xiaoming", "Wei LI"
        int capitals = -1;
        int capitalCount = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (isAllCapitalWord(w)) {
                capitals = i;
                capitalCount++;
            }
        }
        boolean mixedCase = words.stream().anyMatch(w -> !w.equals(w.toUpperCase(Locale.ROOT)));
        if (capitalCount == 1 && mixedCase) {
            List<String> rest = new ArrayList<>(words);
            String family = rest.remove(capitals);
            return new PersonName(foldFamily(family), givenTokens(String.join(" ", rest), false));
        }
        // "Given Family", the family name starting at its first particle ("Johannes van der Waals")
        int familyStart = words.size() - 1;
        for (int i = 1; i < words.size() - 1; i++) {
            if (PARTICLES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                familyStart = i;
                break;
            }
        }
        return new PersonName(foldFamily(String.join(" ", words.subList(familyStart, words.size()))),
                givenTokens(String.join(" ", words.subList(0, familyStart)), false));
    }

    /** "JFP", "GS", "I.", "J.R.", "J.-P.": capitals (each may have a period) and nothing else. */
    private static boolean isInitialsBlock(String word) {
        String letters = PERIODS_AND_HYPHENS.matcher(word).replaceAll("");
        if (letters.isEmpty() || letters.length() > 3 || !letters.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        // a single capital without a period is a one-letter family name ("Weinan E"), not an initial
        return letters.length() > 1 ? !VOWEL.matcher(letters).find() || word.contains(".") : word.contains(".");
    }

    private static boolean isAllCapitalWord(String word) {
        String letters = NON_LETTERS.matcher(word).replaceAll("");
        return letters.length() >= 2 && letters.chars().allMatch(Character::isUpperCase) && !isInitialsBlock(word)
                && VOWEL.matcher(letters).find();
    }

    private static String foldFamily(String family) {
        return TextFolding.fold(family);
    }

    /**
     * The given names of a text: words split at spaces, periods and hyphens; a word of capitals
     * only ("GM", or any such word where initials are expected) is one initial per letter; a
     * vowel-less word of two or three letters ("Fp") is initials too.
     */
    private static List<String> givenTokens(String text, boolean initialsExpected) {
        List<String> tokens = new ArrayList<>();
        for (String raw : GIVEN_SEPARATORS.split(text)) {
            String word = NOT_IN_A_NAME.matcher(raw).replaceAll("");
            if (word.isEmpty() || isSuffix(word)) {
                continue;
            }
            String letters = word.replace("'", "");
            boolean capitals = letters.length() <= 3 && letters.chars().allMatch(Character::isUpperCase)
                    && (initialsExpected || !VOWEL.matcher(letters).find());
            boolean vowelless = letters.length() <= 3 && !VOWEL.matcher(letters).find() && letters.length() > 1;
            if (letters.length() > 1 && (capitals || vowelless)) {
                for (char c : letters.toCharArray()) {
                    tokens.add(TextFolding.fold(String.valueOf(c)));
                }
            } else {
                String folded = TextFolding.fold(word).replace(" ", "");
                if (!folded.isEmpty()) {
                    tokens.add(folded);
                }
            }
        }
        return tokens;
    }

    private static boolean isCjk(String text) {
        return text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }

    /** The first letter of the first given name, or empty when there is none. */
    public String firstInitial() {
        return given.isEmpty() ? "" : given.get(0).substring(0, 1);
    }

    /** The block a name is compared within: the family name without spaces and the first initial. */
    public String blockKey() {
        return family.replace(" ", "") + "|" + firstInitial();
    }

    /** Whether the first given name is written in full (more than one letter). */
    public boolean hasFullFirstName() {
        return !given.isEmpty() && given.get(0).length() > 1;
    }

    /**
     * Whether two sets of given names may name one person: position by position, an initial fits
     * any name with its letter and two full names must be equal; a missing middle name fits
     * anything ("Todd Bridges" and "Todd S. Bridges"), two different ones do not.
     */
    public static boolean givenCompatible(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.length() > 1 && y.length() > 1) {
                if (!x.equals(y)) {
                    return false;
                }
            } else if (x.charAt(0) != y.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether this name and another may name one person: the same family name and compatible given names. */
    public boolean compatibleWith(PersonName other) {
        return family.replace(" ", "").equals(other.family.replace(" ", "")) && givenCompatible(given, other.given);
    }

    /** How much of the name is known: letters of the given names, for choosing the fullest form. */
    public int givenLetters() {
        return given.stream().mapToInt(String::length).sum();
    }

    @Override
    public String toString() {
        return String.join(" ", given) + (given.isEmpty() ? "" : " ") + family;
    }
}
