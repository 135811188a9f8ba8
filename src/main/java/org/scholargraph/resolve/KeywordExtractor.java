package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholargraph.model.Paper;
import org.scholargraph.resolve.keyword.KeywordVocabulary;
import org.scholargraph.resolve.keyword.RakeKeyPhrases;
import org.scholargraph.resolve.keyword.WordAnalysis;

/**
 * Keywords of the papers of one resolution. A paper keeps the keywords its sources gave, tidied
 * (spaces, edge punctuation); a paper without any gets key phrases from its title and abstract
 * ({@link RakeKeyPhrases}). Then the user's thesaurus replaces or drops keywords and the keywords of
 * all papers fold into one keyword per concept ({@link KeywordVocabulary}), shown in the form most
 * papers write it. Whether a paper gets key phrases depends on its sources' keywords before the
 * thesaurus: dropping a paper's every keyword leaves it without any.
 */
final class KeywordExtractor implements AutoCloseable {

    /**
     * White space that is not already one space: a run of two or more, or one tab, newline and the
     * like. A keyword already tidy then matches nothing and stays the very string it was, shared
     * with every record that names it, instead of a copy per paper.
     */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s{2,}|[\\s&&[^ ]]");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^)\\]]]+$");

    private final WordAnalysis analysis = new WordAnalysis();
    private final RakeKeyPhrases rake = new RakeKeyPhrases(analysis);

    /** A keyword as a source wrote it, tidied; empty when nothing is left. */
    static String tidy(String keyword) {
        String single = WHITE_SPACE.matcher(keyword).replaceAll(" ").strip();
        return EDGE_PUNCTUATION.matcher(single).replaceAll("");
    }

    /** A paper's keywords: the sources' own, tidied and each once whatever its case, else key phrases of its text. */
    List<String> keywords(List<String> ownKeywords, String title, String abstractText) {
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String keyword : ownKeywords) {
            String tidied = tidy(keyword);
            if (!tidied.isEmpty() && seen.add(tidied.toLowerCase(Locale.ROOT))) {
                result.add(tidied);
            }
        }
        return result.isEmpty() ? rake.keyPhrases(title, abstractText) : List.copyOf(result);
    }

    /**
     * The papers' keywords replaced by the user's thesaurus, then folded into one per concept, with
     * the other forms of each.
     */
    KeywordVocabulary vocabulary(List<Paper> papers, NameThesaurus thesaurus) {
        return KeywordVocabulary.of(papers, analysis, thesaurus.replacements());
    }

    @Override
    public void close() {
        analysis.close();
    }
}
