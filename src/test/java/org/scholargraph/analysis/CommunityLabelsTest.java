package org.scholargraph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.scholargraph.graph.ScholarlyNetworks;
import org.scholargraph.model.Author;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Provenance;

/** Community labels name what sets each community apart, on hand-made corpora with known communities. */
class CommunityLabelsTest {

    private static Paper paper(int index, List<Integer> authors, List<String> keywords) {
        return new Paper(index, "P" + (index + 1), "Paper " + index, OptionalInt.of(2020), "", "", "", "", Map.of(),
                authors, keywords, List.of(), List.of(), List.of(new Provenance(Path.of("test"), index + 1)),
                List.of("test"));
    }

    /** Groups of three authors who write four papers together; each group a known community. */
    private static CorpusAnalysis analyse(List<List<List<String>>> keywordsOfGroups) {
        List<Paper> papers = new ArrayList<>();
        List<Author> authors = new ArrayList<>();
        for (int g = 0; g < keywordsOfGroups.size(); g++) {
            List<Integer> byline = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                byline.add(authors.size());
                authors.add(new Author(authors.size(), "A" + (authors.size() + 1), "Author " + g + "." + a, List.of()));
            }
            for (List<String> keywords : keywordsOfGroups.get(g)) {
                papers.add(paper(papers.size(), byline, keywords));
            }
        }
        Corpus corpus = new Corpus(papers, authors);
        return CorpusAnalyzer.analyse(corpus, ScholarlyNetworks.of(corpus), AnalysisParameters.defaults());
    }

    /** The coauthorship label of the community of the first author of group g (authors 3g..3g+2). */
    private static CommunitySummary labelOfGroup(CorpusAnalysis analysis, int g) {
        int community = analysis.coauthorshipCommunities().of(3 * g);
        return analysis.communities().stream()
                .filter(c -> c.graph().equals("coauthorship") && c.community() == community).findFirst().orElseThrow();
    }

    @Test
    void eachLabelNamesItsCommunitysOwnTermsNotTheWordsAllShare() {
        // given three groups; "network analysis" is on every paper, "machine learning" in two groups
        String all = "network analysis";
        CorpusAnalysis analysis = analyse(List.of(
                List.of(List.of(all, "graph theory", "spectral clustering", "machine learning"),
                        List.of(all, "graph theory", "spectral clustering"),
                        List.of(all, "graph theory", "spectral clustering", "machine learning"),
                        List.of(all, "graph theory")),
                List.of(List.of(all, "protein folding", "molecular dynamics", "machine learning"),
                        List.of(all, "protein folding", "molecular dynamics"),
                        List.of(all, "protein folding", "machine learning"),
                        List.of(all, "protein folding")),
                List.of(List.of(all, "dark matter", "galaxy surveys"),
                        List.of(all, "dark matter", "galaxy surveys"),
                        List.of(all, "dark matter"),
                        List.of(all, "dark matter"))));

        // then the three author groups are the three communities, each labelled by its own terms:
        // its two terms of no other group first (alphabetical at equal score), then "machine
        // learning", on all 3 of its authors and 3 of the 6 others; "network analysis", on every
        // author, is over-represented nowhere and labels nothing
        assertEquals(3, analysis.coauthorshipCommunities().count());
        assertEquals("graph theory; spectral clustering; machine learning", labelOfGroup(analysis, 0).label());
        assertEquals("molecular dynamics; protein folding; machine learning", labelOfGroup(analysis, 1).label());
        assertEquals("dark matter; galaxy surveys", labelOfGroup(analysis, 2).label());
        // G² by hand for a term on the 3 authors of a group and none of the 6 others (9 authors):
        // expected counts 1 and 4 in the cells that are 3 and 6, so G² = 2 (3 ln 3 + 6 ln 1.5)
        double specific = 2 * (3 * Math.log(3) + 6 * Math.log(1.5));
        assertEquals(specific, labelOfGroup(analysis, 0).labelScores().get(0), 1e-9);
        // "machine learning": cells 3, 0, 3, 3 against expected 2, 1, 4, 2: G² = 2 (3 ln 1.5 + 3 ln 0.75 + 3 ln 1.5)
        double shared = 2 * (3 * Math.log(1.5) + 3 * Math.log(0.75) + 3 * Math.log(1.5));
        assertEquals(shared, labelOfGroup(analysis, 0).labelScores().get(2), 1e-9);
    }

    @Test
    void aTermLabelsAtMostThreeCommunities() {
        // given six groups, five of which all write about "deep learning" beside their own subject
        List<List<List<String>>> groups = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            String own = "subject " + g;
            List<String> keywords = g < 5 ? List.of(own, "deep learning") : List.of(own);
            groups.add(List.of(keywords, keywords, keywords, keywords));
        }
        CorpusAnalysis analysis = analyse(groups);

        // then "deep learning", over-represented in five communities, labels three of them
        Map<String, Integer> uses = new HashMap<>();
        for (CommunitySummary summary : analysis.communities()) {
            if (summary.graph().equals("coauthorship")) {
                for (String term : summary.label().split("; ")) {
                    uses.merge(term, 1, Integer::sum);
                }
            }
        }
        assertEquals(6, analysis.coauthorshipCommunities().count());
        assertEquals(3, uses.get("deep learning"), uses.toString());
        for (int g = 0; g < 6; g++) {
            assertTrue(labelOfGroup(analysis, g).label().startsWith("subject " + g), labelOfGroup(analysis, g).label());
        }
    }

    @Test
    void logLikelihoodRatioOfATableWithoutSurpriseIsZero() {
        // a term spread evenly: 2 of 4 inside, 4 of 8 outside
        assertEquals(0, DistinctiveTerms.logLikelihoodRatio(2, 2, 4, 4), 1e-12);
        // Dunning's G² by hand for cells 10, 0, 0, 10: expected 5 each, 2 (10 ln 2 + 10 ln 2)
        assertEquals(40 * Math.log(2), DistinctiveTerms.logLikelihoodRatio(10, 0, 0, 10), 1e-12);
    }
}
