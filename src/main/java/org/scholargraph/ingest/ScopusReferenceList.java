package org.scholargraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Reference;

/**
 * Splits the {@code References} cell of a Scopus export into one {@link Reference} per cited
 * work, each with its text exactly as Scopus wrote it.
 *
 * <p>Scopus separates references with {@code "; "}, but the separator also occurs inside a
 * reference, so a plain split cuts some of them apart. In the real NAMD record of the litstudy
 * export, book chapters carry their editor list and publisher in Scopus's own style,
 * {@code "…, p. 39. , Lecture Notes in …; Deuflhard, P.; Hermans, J.; Skeel, R. D., Eds.; Springer-Verlag: Berlin"}.
 * A piece is therefore glued back to the reference before it when it is
 * <ul>
 *   <li>a bare personal name ({@code "Hermans, J."}, {@code "Skeel, R. D., Eds."}): no reference
 *       consists of a name alone; or</li>
 *   <li>a {@code "Publisher: City"} piece without parentheses right after a piece ending in
 *       {@code "Eds."}.</li>
 * </ul>
 * On that export this joins the 8 editor-list references (27 pieces) and nothing else; the few
 * other {@code "; "} inside references (a journal called "Laboratory investigation; a journal of
 * technical methods and pathology", free-text notes) are not recognisable and stay split.
 * A semicolon not followed by white space ({@code ";jsessionid="} in a URL, a SICI DOI) never splits.
 *
 * <p>A reference gets a DOI only when its text states one: after {@code doi:}, {@code DOI},
 * a {@code doi.org/} resolver, or as a bare {@code 10.…/…} item between commas, the way Scopus
 * appends the DOI it knows ({@code "…, pp. 2705-2715. , 10.1099/00221287-148-9-2705"}). A DOI
 * buried in a publisher URL ({@code /doi/abs/10.1021/…}) is not taken: the URL's tail would come with it.
 */
public final class ScopusReferenceList {

    private static final Pattern SEPARATOR = Pattern.compile(";\\s+");
    private static final Pattern PERSONAL_NAME =
            Pattern.compile("\\p{L}[\\p{L}'’\\-. ]*, (?:\\p{Lu}\\.[ -]?)+(?:, Eds?\\.)?");
    private static final Pattern ENDS_WITH_EDITORS = Pattern.compile(".*\\bEds?\\.$", Pattern.DOTALL);
    private static final Pattern PUBLISHER = Pattern.compile("[^()]{1,120}: [^()]{1,120}");
    private static final Pattern STATED_DOI =
            Pattern.compile("(?i)(?:\\bdoi\\s*:?\\s*|doi\\.org/)(10\\.\\d{4,9}/\\S+)");
    private static final Pattern BARE_DOI = Pattern.compile("(?:^|,\\s*)(10\\.\\d{4,9}/[^\\s,]+)");

    private ScopusReferenceList() {
    }

    /** The references of one Scopus reference list, in the order given. */
    public static List<Reference> parse(String list) {
        List<String> texts = new ArrayList<>();
        for (String piece : SEPARATOR.split(list)) {
            String text = piece.strip();
            while (text.endsWith(";")) {
                text = text.substring(0, text.length() - 1).strip();
            }
            if (text.isEmpty()) {
                continue;
            }
            int last = texts.size() - 1;
            if (last >= 0 && continuesPrevious(texts.get(last), text)) {
                texts.set(last, texts.get(last) + "; " + text);
            } else {
                texts.add(text);
            }
        }
        List<Reference> references = new ArrayList<>(texts.size());
        for (String text : texts) {
            references.add(new Reference(statedDoi(text).map(doi -> Map.of(IdScheme.DOI, doi)).orElse(Map.of()), text));
        }
        return references;
    }

    private static boolean continuesPrevious(String previous, String piece) {
        return PERSONAL_NAME.matcher(piece).matches()
                || ENDS_WITH_EDITORS.matcher(previous).matches() && PUBLISHER.matcher(piece).matches();
    }

    /** The DOI a reference states outright, normalised, if any. */
    static Optional<String> statedDoi(String text) {
        Matcher stated = STATED_DOI.matcher(text);
        if (stated.find()) {
            return IdScheme.DOI.normalise(stated.group(1));
        }
        Matcher bare = BARE_DOI.matcher(text);
        if (bare.find()) {
            return IdScheme.DOI.normalise(bare.group(1));
        }
        return Optional.empty();
    }
}
