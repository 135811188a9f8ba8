package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Reference;

/**
 * Resolves each paper's references to papers of the corpus: by any identifier the reference
 * carries, then by a DOI written inside the reference text, then by the text itself when it is
 * exactly a corpus paper's title. A reference that resolves to nothing still counts among the
 * paper's references.
 */
final class ReferenceMatcher {

    private final List<Paper> papers;
    private final Map<String, Integer> byId = new HashMap<>();
    private final Map<String, Integer> byTitle = new HashMap<>();

    ReferenceMatcher(List<Paper> papers) {
        this.papers = papers;
        Map<String, Integer> titleCounts = new HashMap<>();
        for (Paper paper : papers) {
            paper.ids().forEach((scheme, value) -> byId.putIfAbsent(scheme.prefix() + ":" + value, paper.index()));
            String title = TextFolding.fold(paper.title());
            if (title.length() >= CorpusResolver.MIN_TITLE_KEY_LENGTH) {
                byTitle.putIfAbsent(title, paper.index());
                titleCounts.merge(title, 1, Integer::sum);
            }
        }
        titleCounts.forEach((title, count) -> {
            if (count > 1) {
                byTitle.remove(title); // two papers of one title: a bare title cannot say which
            }
        });
    }

    /** The papers with {@link Paper#citedPapers()} filled in. */
    List<Paper> withCitations() {
        List<Paper> result = new ArrayList<>(papers.size());
        for (Paper paper : papers) {
            TreeSet<Integer> cited = new TreeSet<>();
            for (Reference reference : paper.references()) {
                Integer target = resolve(reference);
                if (target != null && target != paper.index()) {
                    cited.add(target);
                }
            }
            result.add(paper.withCitedPapers(List.copyOf(cited)));
        }
        return result;
    }

    private Integer resolve(Reference reference) {
        for (Map.Entry<IdScheme, String> id : reference.ids().entrySet()) {
            Integer hit = byId.get(id.getKey().prefix() + ":" + id.getValue());
            if (hit != null) {
                return hit;
            }
        }
        if (reference.text().isEmpty()) {
            return null;
        }
        var doi = IdScheme.DOI.normalise(reference.text());
        if (doi.isPresent()) {
            Integer hit = byId.get(IdScheme.DOI.prefix() + ":" + doi.get());
            if (hit != null) {
                return hit;
            }
        }
        return byTitle.get(TextFolding.fold(reference.text()));
    }
}
