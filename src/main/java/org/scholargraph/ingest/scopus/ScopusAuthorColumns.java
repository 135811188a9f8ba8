package org.scholargraph.ingest.scopus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.PersonIdScheme;
import org.scholargraph.model.RecordAuthor;

/**
 * Reads the byline of a Scopus CSV row from its three author columns.
 *
 * <ul>
 *   <li>{@code Author full names} (exports since about 2023): {@code "Phillips, James C. (57202138757); …"},
 *       the full name and the Scopus author id together. Preferred when present.</li>
 *   <li>{@code Authors}: abbreviated names, {@code "Surname I."}, turned into {@code "I. Surname"}
 *       ({@link #initialsFirst}) so that they display as every other source's names do. Older exports separate them with
 *       {@code ", "} ({@code "Phillips J.C., Braun R."}), newer ones with {@code "; "}; the separator is
 *       detected per cell. When a comma-separated cell turns out to hold {@code "Surname, I."} pairs
 *       (some older exports), each initials-only piece is joined back to the surname before it.</li>
 *   <li>{@code Author(s) ID}: Scopus author ids in byline order, {@code ";"}-separated with a trailing
 *       {@code ";"}. Paired with the names only when the counts agree; a mismatch (an author Scopus could
 *       not identify) would shift every id onto the wrong person.</li>
 * </ul>
 * Scopus writes {@code [No author name available]} and {@code [No author id available]} for empty cells.
 */
final class ScopusAuthorColumns {

    private static final Pattern FULL_NAME_WITH_ID = Pattern.compile("(.+?)\\s*\\((\\d+)\\)");
    private static final Pattern INITIALS_ONLY = Pattern.compile("(?:\\p{Lu}\\.[ -]?)+");
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("\\p{Lu}\\.$");
    private static final Pattern NOT_AVAILABLE = Pattern.compile("\\[No .* available\\]");
    /** One word of initials: {@code J.}, {@code J.C.}, {@code A.-L.}, {@code Th.}. */
    private static final Pattern INITIALS_WORD = Pattern.compile("\\p{Lu}\\p{Ll}?\\.(?:-?\\p{Lu}\\p{Ll}?\\.)*");
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)(jr|sr)\\.");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private ScopusAuthorColumns() {
    }

    /** The authors in byline order; any of the three cells may be empty. */
    static List<RecordAuthor> authors(String abbreviated, String scopusIds, String fullNames) {
        List<String> ids = new ArrayList<>();
        for (String id : scopusIds.split(";")) {
            String value = id.strip();
            if (value.matches("\\d+")) {
                ids.add(value);
            }
        }
        List<RecordAuthor> fromFullNames = fullNames(fullNames, ids);
        if (!fromFullNames.isEmpty()) {
            return fromFullNames;
        }
        List<String> names = abbreviatedNames(abbreviated);
        boolean paired = names.size() == ids.size();
        List<RecordAuthor> authors = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            authors.add(new RecordAuthor(initialsFirst(names.get(i)), paired ? Optional.of(PersonIdScheme.SCOPUS.id(ids.get(i))) : Optional.empty()));
        }
        return authors;
    }

    private static List<RecordAuthor> fullNames(String cell, List<String> ids) {
        List<String> entries = pieces(cell, ";");
        boolean paired = entries.size() == ids.size();
        List<RecordAuthor> authors = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Matcher m = FULL_NAME_WITH_ID.matcher(entries.get(i));
            if (m.matches()) {
                authors.add(new RecordAuthor(m.group(1), Optional.of(PersonIdScheme.SCOPUS.id(m.group(2)))));
            } else {
                authors.add(new RecordAuthor(entries.get(i), paired ? Optional.of(PersonIdScheme.SCOPUS.id(ids.get(i))) : Optional.empty()));
            }
        }
        return authors;
    }

    /**
     * An abbreviated Scopus name in the order every other source writes it: {@code "Phillips J.C."}
     * becomes {@code "J.C. Phillips"}, {@code "van der Waals J.D."} becomes {@code "J.D. van der Waals"},
     * and a one-letter family name stays the family name ({@code "E W."} becomes {@code "W. E"}): the
     * initials are the trailing words that end in a period, the family name everything before them.
     * A name with a comma ({@code "Newman, M.E.J."}) already says which part is which and is kept,
     * as is a name without trailing initials.
     */
    static String initialsFirst(String name) {
        if (name.indexOf(',') >= 0) {
            return name;
        }
        String[] words = WHITE_SPACE.split(name.strip());
        int firstInitial = words.length;
        while (firstInitial > 1 && INITIALS_WORD.matcher(words[firstInitial - 1]).matches()
                && !NAME_SUFFIX.matcher(words[firstInitial - 1]).matches()) {
            firstInitial--;
        }
        if (firstInitial == words.length) {
            return name;
        }
        String initials = String.join(" ", Arrays.asList(words).subList(firstInitial, words.length));
        String family = String.join(" ", Arrays.asList(words).subList(0, firstInitial));
        return initials + " " + family;
    }

    static List<String> abbreviatedNames(String cell) {
        if (cell.indexOf(';') >= 0) {
            return pieces(cell, ";");
        }
        List<String> names = new ArrayList<>();
        for (String piece : pieces(cell, ",")) {
            int last = names.size() - 1;
            if (last >= 0 && INITIALS_ONLY.matcher(piece).matches() && !names.get(last).contains(",")
                    && !ENDS_WITH_INITIAL.matcher(names.get(last)).find()) {
                names.set(last, names.get(last) + ", " + piece);
            } else {
                names.add(piece);
            }
        }
        return names;
    }

    private static List<String> pieces(String cell, String separator) {
        List<String> pieces = new ArrayList<>();
        for (String piece : cell.split(Pattern.quote(separator))) {
            String value = piece.strip();
            if (!value.isEmpty() && !NOT_AVAILABLE.matcher(value).matches()) {
                pieces.add(value);
            }
        }
        return pieces;
    }
}
