package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Reference;

/**
 * Resolves each paper's references to papers of the corpus, trying in turn:
 * <ol>
 *   <li>any identifier the reference carries (DOI, arXiv, PubMed, OpenAlex, Semantic Scholar, …);</li>
 *   <li>a DOI written inside the reference text;</li>
 *   <li>the parts of a cited-reference string ({@link CitedReferenceParser}): the corpus papers of
 *       that year whose first author has that family name, narrowed by title (when the string
 *       gives one, most of its words must match), else by volume and first page (both must
 *       agree), else by volume alone when only one candidate remains; an ambiguous reference
 *       resolves to nothing;</li>
 *   <li>the text itself, or the title parsed from it, equal to a corpus paper's title.</li>
 * </ol>
 * A reference that resolves to nothing still counts among the paper's references. Lookups are
 * hash maps, so matching costs O(references) after an O(papers) index.
 */
final class ReferenceMatcher {

    private final List<Paper> papers;
    /** Per scheme, the paper of each identifier value: a lookup makes no "scheme:value" string. */
    private final Map<IdScheme, Map<String, Integer>> byId = new EnumMap<>(IdScheme.class);
    /** The first author's name of each paper, asked for when a text reference first needs it. */
    private final Supplier<List<String>> firstAuthorNames;
    /**
     * The indexes of the papers' folded titles and of their first authors and years, for
     * references that are text: built when the first such reference comes, since most corpora
     * with identifiers (OpenAlex, Semantic Scholar, Crossref) have none and a million titles folded
     * and kept for nothing cost seconds and hundreds of megabytes.
     */
    private Map<String, Integer> byTitle;
    private Map<String, List<Integer>> byFirstAuthorYear;

    ReferenceMatcher(List<Paper> papers, Supplier<List<String>> firstAuthorNames) {
        this.papers = papers;
        this.firstAuthorNames = firstAuthorNames;
        for (Paper paper : papers) {
            paper.ids().forEach((scheme, value) -> index(scheme, value, paper.index()));
            // a reference may cite any version of a paper: each version's ids, written "scheme:value"
            paper.versions().forEach(v -> {
                for (String id : v.split(" ")) {
                    int colon = id.indexOf(':');
                    if (colon > 0) {
                        IdScheme.ofPrefix(id.substring(0, colon))
                                .ifPresent(scheme -> index(scheme, id.substring(colon + 1), paper.index()));
                    }
                }
            });
        }
    }

    /** Builds {@link #byTitle} and {@link #byFirstAuthorYear} once, when a reference first needs them. */
    private void indexTexts() {
        if (byTitle != null) {
            return;
        }
        byTitle = new HashMap<>();
        byFirstAuthorYear = new HashMap<>();
        Set<String> ambiguousTitles = new HashSet<>();
        List<String> names = firstAuthorNames.get();
        for (Paper paper : papers) {
            String title = TextFolding.fold(paper.title());
            if (title.length() >= CorpusResolver.MIN_TITLE_KEY_LENGTH && byTitle.putIfAbsent(title, paper.index()) != null) {
                ambiguousTitles.add(title); // two papers of one title: a bare title cannot say which
            }
            String firstAuthor = names.get(paper.index());
            if (!firstAuthor.isEmpty() && paper.year().isPresent()) {
                byFirstAuthorYear.computeIfAbsent(CitedReference.surnameKey(firstAuthor) + "|" + paper.yearOrZero(),
                        k -> new ArrayList<>()).add(paper.index());
            }
        }
        ambiguousTitles.forEach(byTitle::remove);
    }

    private void index(IdScheme scheme, String value, int paper) {
        byId.computeIfAbsent(scheme, k -> new HashMap<>()).putIfAbsent(value, paper);
    }

    private Integer byId(IdScheme scheme, String value) {
        Map<String, Integer> values = byId.get(scheme);
        return values == null ? null : values.get(value);
    }

    /** The papers with {@link Paper#citedPapers()} filled in. */
    List<Paper> withCitations() {
        List<Paper> result = new ArrayList<>(papers.size());
        Integer[] cited = new Integer[16];
        for (Paper paper : papers) {
            // The boxes are the index's own, one per paper, shared by every citation of it.
            int count = 0;
            for (Reference reference : paper.references()) {
                Integer target = resolve(reference);
                if (target != null && target != paper.index()) {
                    if (count == cited.length) {
                        cited = Arrays.copyOf(cited, 2 * count);
                    }
                    cited[count++] = target;
                }
            }
            Arrays.sort(cited, 0, count);
            int distinct = 0;
            for (int i = 0; i < count; i++) {
                if (distinct == 0 || !cited[i].equals(cited[distinct - 1])) {
                    cited[distinct++] = cited[i];
                }
            }
            result.add(paper.withCitedPapers(List.of(Arrays.copyOf(cited, distinct))));
        }
        return result;
    }

    private Integer resolve(Reference reference) {
        for (Map.Entry<IdScheme, String> id : reference.ids().entrySet()) {
            Integer hit = byId(id.getKey(), id.getValue());
            if (hit != null) {
                return hit;
            }
        }
        if (reference.text().isEmpty()) {
            return null;
        }
        indexTexts();
        CitedReference parts = CitedReferenceParser.parse(reference.text());
        if (parts.doi().isPresent()) {
            Integer hit = byId(IdScheme.DOI, parts.doi().get());
            if (hit != null) {
                return hit;
            }
        }
        if (parts.matchable()) {
            Integer hit = byParts(parts);
            if (hit != null) {
                return hit;
            }
        }
        Integer hit = byTitle.get(TextFolding.fold(reference.text()));
        return hit != null || parts.title().isEmpty() ? hit : byTitle.get(TextFolding.fold(parts.title()));
    }

    private Integer byParts(CitedReference parts) {
        List<Integer> candidates = byFirstAuthorYear.get(
                CitedReference.surnameKey(parts.firstAuthor()) + "|" + parts.year().getAsInt());
        if (candidates == null) {
            return null;
        }
        List<Integer> agreeing = new ArrayList<>();
        for (int candidate : candidates) {
            Paper paper = papers.get(candidate);
            if (!parts.title().isEmpty() && !paper.title().isEmpty()) {
                if (similarTitles(parts.title(), paper.title())) {
                    agreeing.add(candidate);
                }
            } else if (!parts.volume().isEmpty() && !parts.page().isEmpty()) {
                if (parts.volume().equalsIgnoreCase(paper.volume())
                        && parts.page().equalsIgnoreCase(paper.firstPage())) {
                    agreeing.add(candidate);
                }
            } else if (!parts.volume().isEmpty() && parts.volume().equalsIgnoreCase(paper.volume())) {
                agreeing.add(candidate);
            }
        }
        return agreeing.size() == 1 ? agreeing.get(0) : null;
    }

    /** Whether at least 80% of the words of the shorter title occur in the other. */
    static boolean similarTitles(String a, String b) {
        return TextFolding.sharedWordShare(TextFolding.fold(a), TextFolding.fold(b)) >= 0.8;
    }
}
