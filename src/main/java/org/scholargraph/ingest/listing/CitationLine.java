package org.scholargraph.ingest.listing;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a reading list read as a reference: "Byline. Title. Venue, year. [ arXiv:id ]".
 *
 * <p>A line is a reference by its structure, not by a list of known exceptions: it starts with a
 * byline ({@link PersonNames}), a title follows, and then at least one sign of a publication: a
 * year, an arXiv identifier or a venue (a capitalised phrase with a volume or pages). Seminar name
 * lists (no title), topic lists ("1) geometric results ..."), link labels ("[ video ]"), course
 * names and lecture headers (no byline) all fail one of these and are not references.
 *
 * <p>Quirks of hand-written reading lists that the rules handle:
 * <ul>
 *   <li>"et al." closing a shortened byline ("A. Vaswani et al. Title. 2017") is dropped.</li>
 *   <li>Periods inside a byline ("Peter L. Bartlett, Dylan J. Foster"): a period after a single
 *       capital is taken as an initial unless no later period closes a byline, as in "Jiequn Han,
 *       Weinan E. Title".</li>
 *   <li>A comma instead of a period after the byline ("..., Oriol Vinyals, Understanding deep
 *       learning ..."): the title starts at the first comma-separated piece that is not a name.</li>
 *   <li>A question mark inside a title ("Overfitting or perfect fitting? Risk bounds ...") versus
 *       at its end ("Does data interpolation contradict statistical optimality? AISTATS, 2019"):
 *       it ends the title only when what follows up to the next period has a year, an arXiv id or
 *       a bracket, or nothing follows.</li>
 *   <li>A title in quotes followed by a comma ('"Mean field analysis ...", 2020, Journal').</li>
 *   <li>A title not closed by a period but by the identifier: "Title [ arXiv:1802.08246 ]",
 *       "Title arXiv:1912.05475".</li>
 *   <li>arXiv ids written "[ arXiv:1812.11118 ]", "[ arXiv: 1810.03389 ]", "arXiv:1906.11300" or
 *       "[ArXiv:1903.04440]"; only the first is taken, since commentary after the reference may
 *       link to another paper.</li>
 *   <li>Venues with volume, issue and pages ("PNAS, 2019, 116 (32)", "Proceedings of the National
 *       Academy of Sciences 116.32 (2019): 15849-15854") are cut before the first number, and
 *       abbreviations in venue names ("Neural Inf. Proc. Systems") do not end the venue.</li>
 * </ul>
 *
 * @param authors the byline, names as written
 * @param title the title without its closing period
 * @param venue journal, proceedings or conference, empty when the line names none
 * @param year the first year after the title, when there is one
 * @param arxivId the first arXiv identifier as written after {@code arXiv:}, when there is one
 */
record CitationLine(List<String> authors, String title, String venue, OptionalInt year, Optional<String> arxivId) {

    /**
     * Longest byline looked for. Reading lists cite papers with a handful of authors or "et al.";
     * the bound keeps a long line of other text from being tried at every period (quadratic time).
     */
    static final int MAX_BYLINE_CHARS = 2_000;

    /** A list marker: bullet, dash, asterisk, "1." / "1)" / "[1]" numbering. */
    private static final Pattern LIST_MARKER =
            Pattern.compile("^(?:[•·▪‣◦∙*\\-–—]\\s*|\\(?\\d{1,3}[.)]\\s+|\\[\\d{1,3}]\\s*)");
    private static final Pattern INITIAL_BEFORE_PERIOD = Pattern.compile("(?:\\p{Lu}\\.)*\\p{Lu}");
    private static final Pattern ARXIV = Pattern.compile(
            "(?i)\\barxiv\\s*:\\s*(\\d{4}\\.\\d{4,5}(?:v\\d+)?|[a-z\\-]+(?:\\.[a-z]{2})?/\\d{7}(?:v\\d+)?)");
    private static final Pattern ARXIV_LABEL = Pattern.compile("(?i)\\barxiv\\s*:");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*]");
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d.])((?:19|20)\\d{2})(?!\\d)");
    /** A period that ends a sentence of the venue part: after a word of five letters or more, a digit or a bracket. */
    private static final Pattern VENUE_SENTENCE_END = Pattern.compile("(?<=\\p{L}{5}|\\d|[)\\]])\\.\\s+");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final String OPENING_QUOTES = "\"“‘'«";
    private static final String CLOSING_QUOTES = "\"”’'»";

    CitationLine {
        authors = List.copyOf(authors);
    }

    /** The reference on a line, or empty when the line is not one. */
    static Optional<CitationLine> parse(String rawLine) {
        String line = LIST_MARKER.matcher(ListingText.clean(rawLine)).replaceFirst("").strip();
        if (line.isEmpty() || line.startsWith("[")) {
            return Optional.empty();
        }
        return splitByline(line).flatMap(split -> afterByline(split.authors, split.rest));
    }

    /** Whether the reference carries a year or an arXiv id: the strong evidence detection relies on. */
    boolean datedOrIdentified() {
        return year.isPresent() || arxivId.isPresent();
    }

    /** A byline, the text after it, and where it ends in the line. */
    private record Byline(List<String> authors, String rest, int bylineEnd) {
    }

    private static Optional<Byline> splitByline(String line) {
        int lastInitialEnd = -1;
        List<String> lastInitialAuthors = List.of();
        for (int dot = line.indexOf('.'); dot >= 0 && dot <= MAX_BYLINE_CHARS; dot = line.indexOf('.', dot + 1)) {
            if (dot + 1 < line.length() && !Character.isWhitespace(line.charAt(dot + 1))) {
                continue;
            }
            String prefix = line.substring(0, dot);
            Optional<List<String>> names = PersonNames.parse(prefix);
            if (endsWithInitial(prefix)) {
                if (names.isPresent()) {
                    lastInitialEnd = dot;
                    lastInitialAuthors = names.get();
                }
                continue;
            }
            if (names.isPresent()) {
                return Optional.of(new Byline(names.get(), line.substring(dot + 1), dot));
            }
            // Of the two readings, "A, B I. C, Title." and "A, B I. Title.", the longer byline wins.
            Optional<Byline> commaEnded = bylineEndingInComma(prefix, line.substring(dot));
            if (lastInitialEnd >= 0 && (commaEnded.isEmpty() || commaEnded.get().bylineEnd < lastInitialEnd)) {
                return Optional.of(new Byline(lastInitialAuthors, line.substring(lastInitialEnd + 1), lastInitialEnd));
            }
            return commaEnded;
        }
        if (lastInitialEnd >= 0) {
            return Optional.of(new Byline(lastInitialAuthors, line.substring(lastInitialEnd + 1), lastInitialEnd));
        }
        return Optional.empty();
    }

    private static boolean endsWithInitial(String prefix) {
        int start = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf(',')) + 1;
        return INITIAL_BEFORE_PERIOD.matcher(prefix.substring(start)).matches();
    }

    /** "A, B, C, Title of the paper" followed by ". Venue": the title is the first piece that is no name. */
    private static Optional<Byline> bylineEndingInComma(String sentence, String afterSentence) {
        int cut = -1;
        for (int comma = sentence.indexOf(','); comma >= 0 && comma <= MAX_BYLINE_CHARS;
                comma = sentence.indexOf(',', comma + 1)) {
            if (PersonNames.parse(sentence.substring(0, comma)).isPresent()) {
                cut = comma;
            } else {
                break;
            }
        }
        if (cut < 0) {
            return Optional.empty();
        }
        String title = sentence.substring(cut + 1).strip();
        if (title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Byline(PersonNames.parse(sentence.substring(0, cut)).orElseThrow(),
                title + afterSentence, cut));
    }

    private static Optional<CitationLine> afterByline(List<String> authors, String rest) {
        String text = rest.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String title;
        String after;
        int open = OPENING_QUOTES.indexOf(text.charAt(0));
        int close = open >= 0 ? text.indexOf(CLOSING_QUOTES.charAt(open), 1) : -1;
        if (close > 1) {
            title = text.substring(1, close);
            after = text.substring(close + 1);
        } else {
            int end = titleEnd(text);
            title = text.substring(0, end);
            after = text.substring(end);
        }
        title = title.strip().replaceAll("[\\s.,;:]+$", "").strip();
        if (title.isEmpty() || !Character.isLetterOrDigit(title.codePointAt(0))) {
            return Optional.empty();
        }
        Matcher arxiv = ARXIV.matcher(after);
        Optional<String> arxivId = arxiv.find() ? Optional.of(arxiv.group(1)) : Optional.empty();
        String venuePart = ARXIV.matcher(BRACKETED.matcher(after).replaceAll(" ")).replaceAll(" ");
        Matcher year = YEAR.matcher(venuePart);
        OptionalInt yearValue = OptionalInt.empty();
        String venue;
        if (year.find()) {
            yearValue = OptionalInt.of(Integer.parseInt(year.group(1)));
            venue = venueAround(venuePart, year.start(), year.end());
        } else {
            venue = venueWithoutYear(venuePart);
        }
        if (yearValue.isEmpty() && arxivId.isEmpty() && venue.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CitationLine(authors, title, venue, yearValue, arxivId));
    }

    /** Where the title ends: a period and space, a bracket, an arXiv label, or a question mark that ends it. */
    private static int titleEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean atBreak = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
            if (c == '.' && atBreak) {
                return i;
            }
            if (c == '[' && i > 0) {
                return i;
            }
            if ((c == 'a' || c == 'A') && ARXIV_LABEL.matcher(text).region(i, text.length()).lookingAt()
                    && i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
            if ((c == '?' || c == '!') && atBreak && questionEndsTitle(text.substring(i + 1))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean questionEndsTitle(String following) {
        int period = following.indexOf(". ");
        String sentence = period >= 0 ? following.substring(0, period) : following;
        return sentence.isBlank() || YEAR.matcher(sentence).find() || sentence.contains("[")
                || ARXIV_LABEL.matcher(sentence).find();
    }

    /** The venue is the text of the year's sentence before the year, cut before volume and pages. */
    private static String venueAround(String text, int yearStart, int yearEnd) {
        String before = text.substring(0, yearStart);
        Matcher end = VENUE_SENTENCE_END.matcher(before);
        int sentenceStart = 0;
        while (end.find()) {
            sentenceStart = end.end();
        }
        String venue = beforeFirstNumber(before.substring(sentenceStart));
        if (!venue.isEmpty()) {
            return venue;
        }
        // '"Title", 2020, Mathematics of Operations Research, to appear': the venue follows the year.
        for (String piece : text.substring(yearEnd).split("[,.]")) {
            String candidate = piece.strip();
            if (!candidate.isEmpty()) {
                boolean capitalised = Character.isUpperCase(candidate.codePointAt(0));
                return capitalised && !HAS_DIGIT.matcher(candidate).matches() ? candidate : "";
            }
        }
        return "";
    }

    /** Without a year, a venue is a capitalised first sentence carrying a volume or pages. */
    private static String venueWithoutYear(String text) {
        String sentence = VENUE_SENTENCE_END.split(text.strip().replaceFirst("^[\\s.,;:]+", ""), 2)[0];
        if (sentence.isEmpty() || !Character.isUpperCase(sentence.codePointAt(0))
                || !HAS_DIGIT.matcher(sentence).matches()) {
            return "";
        }
        return beforeFirstNumber(sentence);
    }

    private static String beforeFirstNumber(String text) {
        StringBuilder venue = new StringBuilder();
        for (String token : text.strip().replaceFirst("^[\\s.,;:]+", "").split("\\s+")) {
            if (HAS_DIGIT.matcher(token).matches()) {
                break;
            }
            venue.append(token).append(' ');
        }
        String result = venue.toString().replaceAll("[\\s,;:(]+$", "").strip();
        return result.isEmpty() || !Character.isLetter(result.codePointAt(0)) ? "" : result;
    }
}
