package org.scholargraph.resolve;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.IdScheme;

/**
 * Reads the parts of a cited-reference string in the two layouts bibliographic databases export.
 *
 * <ul>
 *   <li>Web of Science {@code CR}: {@code AUTHOR, YEAR, SOURCE, V<volume>, P<page>, DOI <doi>}:
 *       "NEWMAN MEJ, 2001, P NATL ACAD SCI USA, V98, P404, DOI 10.1073/pnas.98.2.404". Any part after
 *       the year may be missing; an unknown author is written {@code [Anonymous]} or left out, and
 *       a corporate author starts with {@code *}.</li>
 *   <li>Scopus {@code References}: authors ("Surname, I.J., Surname, K.,"), then the title, then
 *       the year in brackets, then source, volume (issue) and pages: "Newman, M.E.J., The
 *       structure of scientific collaboration networks (2001) Proc Natl Acad Sci USA, 98 (2), pp.
 *       404-409". Older records leave the title out ("Kalé, L., Skeel, R., (1999) J Comp Phys,
 *       151, p. 283"); books put it after the year.</li>
 * </ul>
 * Anything else yields what can be found in it: a DOI and a year in brackets.
 */
public final class CitedReferenceParser {

    private static final Pattern COMMA = Pattern.compile(",\\s*");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_COMMAS_OR_DOTS = Pattern.compile("[,.]+$");
    private static final Pattern LEADING_COMMA = Pattern.compile("^\\s*,\\s*");
    private static final Pattern TRAILING_DOTS_OR_SEMICOLONS = Pattern.compile("[.;]+$");
    private static final Pattern WOS_YEAR = Pattern.compile("^\\d{4}$");
    private static final Pattern WOS_VOLUME = Pattern.compile("^V(\\S+)$");
    private static final Pattern WOS_PAGE = Pattern.compile("^P(\\S+)$");
    private static final Pattern SCOPUS_YEAR = Pattern.compile("\\((\\d{4})\\)");
    /** One Scopus author: a family name of one or more words, a comma, initials ("M.E.J.", "R.D.", "Jr., A.D."). */
    private static final Pattern SCOPUS_AUTHOR = Pattern.compile(
            "^\\s*((?:[\\p{L}'’\\-]+\\.?\\s)*[\\p{L}'’\\-]+(?:\\s(?:Jr|Sr|II|III)\\.?)?),\\s((?:\\p{Lu}[\\p{Ll}]?\\.[\\s\\-]?)+),?");
    private static final Pattern SCOPUS_PAGES = Pattern.compile("\\bpp?\\.\\s*([\\w]+)");
    private static final Pattern SCOPUS_VOLUME = Pattern.compile(",\\s*(\\d+[A-Z]?)\\s*(\\(|,|$)");

    private CitedReferenceParser() {
    }

    /** The parts of a reference string. */
    public static CitedReference parse(String text) {
        String t = text.strip();
        Optional<String> doi = doiIn(t);
        String[] commaParts = COMMA.split(t);
        if (commaParts.length >= 2 && WOS_YEAR.matcher(commaParts[1].strip()).matches()) {
            return webOfScience(commaParts, doi);
        }
        if (commaParts.length >= 1 && WOS_YEAR.matcher(commaParts[0].strip()).matches()) {
            return webOfScience(prepend("", commaParts), doi); // anonymous, author left out
        }
        Matcher year = SCOPUS_YEAR.matcher(t);
        if (year.find()) {
            return scopus(t, year, doi);
        }
        return new CitedReference("", OptionalInt.empty(), "", "", "", "", doi);
    }

    private static CitedReference webOfScience(String[] parts, Optional<String> doi) {
        String author = parts[0].strip();
        if (author.equalsIgnoreCase("[Anonymous]") || author.startsWith("*")) {
            author = "";
        }
        String family = wosFamilyName(author);
        int year = Integer.parseInt(parts[1].strip());
        String source = parts.length > 2 && !isWosTagged(parts[2]) ? parts[2].strip() : "";
        String volume = "";
        String page = "";
        for (int i = 2; i < parts.length; i++) {
            String part = parts[i].strip();
            Matcher v = WOS_VOLUME.matcher(part);
            Matcher p = WOS_PAGE.matcher(part);
            if (v.matches()) {
                volume = v.group(1);
            } else if (p.matches()) {
                page = p.group(1);
            }
        }
        return new CitedReference(family, OptionalInt.of(year), "", source, volume, page, doi);
    }

    private static boolean isWosTagged(String part) {
        String p = part.strip();
        return WOS_VOLUME.matcher(p).matches() && p.length() < 8 || p.startsWith("DOI ");
    }

    /**
     * The family name in a Web of Science author: "NEWMAN MEJ" → NEWMAN, "Abraham M." → Abraham,
     * "van Eck NJ" → van Eck, "Arnaud J. A." → Arnaud. Initials are the trailing short words.
     */
    private static String wosFamilyName(String author) {
        if (author.isEmpty()) {
            return "";
        }
        String[] words = WHITE_SPACE.split(author);
        int end = words.length;
        while (end > 1 && looksLikeInitials(words[end - 1])) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, end));
    }

    private static boolean looksLikeInitials(String word) {
        String w = word.replace(".", "").replace("-", "");
        return !w.isEmpty() && w.length() <= 3 && w.equals(w.toUpperCase()) && w.chars().allMatch(Character::isLetter)
                || word.endsWith(".") && word.length() <= 3;
    }

    private static CitedReference scopus(String t, Matcher year, Optional<String> doi) {
        String before = t.substring(0, year.start());
        String after = t.substring(year.end());
        // Authors come first, each "Family, I.," ; what follows the last of them is the title.
        String firstAuthor = "";
        Matcher author = SCOPUS_AUTHOR.matcher(before);
        while (author.find()) {
            if (firstAuthor.isEmpty()) {
                firstAuthor = author.group(1).strip();
            }
            before = before.substring(author.end());
            author = SCOPUS_AUTHOR.matcher(before);
        }
        String title = TRAILING_COMMAS_OR_DOTS.matcher(before.strip()).replaceAll("").strip();
        String rest = after.strip();
        String source = rest;
        int comma = rest.indexOf(',');
        if (title.isEmpty() && comma > 0 && rest.substring(comma + 1).strip().startsWith(",")) {
            // A book: "(1999) Title, , Publisher"
            title = rest.substring(0, comma).strip();
            source = LEADING_COMMA.matcher(rest.substring(comma + 1)).replaceFirst("");
        } else if (comma > 0) {
            source = rest.substring(0, comma).strip();
        }
        String volume = "";
        Matcher v = SCOPUS_VOLUME.matcher(rest);
        if (v.find()) {
            volume = v.group(1);
        }
        String page = "";
        Matcher p = SCOPUS_PAGES.matcher(rest);
        if (p.find()) {
            page = p.group(1);
        }
        return new CitedReference(firstAuthor, OptionalInt.of(Integer.parseInt(year.group(1))), title,
                TRAILING_DOTS_OR_SEMICOLONS.matcher(source).replaceAll("").strip(), volume, page, doi);
    }

    private static Optional<String> doiIn(String text) {
        return IdScheme.DOI.normalise(text);
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
