package org.scholargraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.scholargraph.model.Author;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Provenance;

/** The projections of the author–paper graph, on hand-made corpora and on random ones. */
class NetworksTest {

    private static Paper paper(int index, int year, List<Integer> authors, List<String> keywords) {
        return new Paper(index, "P" + (index + 1), "Paper " + index, year == 0 ? OptionalInt.empty() : OptionalInt.of(year),
                "", "", "", "", Map.of(), authors, keywords, List.of(), List.of(),
                List.of(new Provenance(Path.of("test"), index + 1)), List.of("test"));
    }

    private static Corpus corpus(int authorCount, List<Paper> papers) {
        List<Author> authors = new ArrayList<>();
        for (int a = 0; a < authorCount; a++) {
            authors.add(new Author(a, "A" + (a + 1), "Author " + a, List.of()));
        }
        return new Corpus(papers, authors);
    }

    @Test
    void coauthorshipCountsJointPapersNewmanWeightsAndYears() {
        // given three papers: {0,1,2} in 2001, {0,1} in 2003, {2} alone
        Corpus corpus = corpus(3, List.of(paper(0, 2001, List.of(0, 1, 2), List.of()),
                paper(1, 2003, List.of(1, 0), List.of()), paper(2, 2002, List.of(2), List.of())));

        CoauthorshipNetwork network = CoauthorshipNetwork.of(corpus);

        // then, by hand: 0–1 share both papers, 1/2 + 1; 0–2 and 1–2 share the first, 1/2
        assertEquals(3, network.collaborations().size());
        Collaboration zeroOne = network.collaborations().get(0);
        assertEquals(List.of(0, 1), List.of(zeroOne.source(), zeroOne.target()));
        assertEquals(2, zeroOne.jointPapers());
        assertEquals(1.5, zeroOne.fractional(), 1e-15);
        assertEquals(2001, zeroOne.firstYear());
        assertEquals(2003, zeroOne.lastYear());
        assertEquals(List.of(0, 1), zeroOne.papers());
        assertEquals(2.0, network.graph().weight(0, 1));
        assertEquals(1.0, network.graph().weight(1, 2));
    }

    @Property(tries = 200)
    void newmanStrengthOfAnAuthorIsTheirNumberOfMultiAuthorPapers(
            @ForAll @Size(min = 1, max = 30) List<@Size(min = 1, max = 6) List<@IntRange(min = 0, max = 9) Integer>> bylines) {
        List<Paper> papers = new ArrayList<>();
        for (List<Integer> byline : bylines) {
            papers.add(paper(papers.size(), 2000, byline.stream().distinct().toList(), List.of()));
        }
        Corpus corpus = corpus(10, papers);

        CoauthorshipNetwork network = CoauthorshipNetwork.of(corpus);

        // The pair accessors say what the collaborations say, without making them.
        for (int i = 0; i < network.collaborations().size(); i++) {
            Collaboration c = network.collaborations().get(i);
            assertEquals(List.of(c.source(), c.target(), c.firstYear(), c.lastYear(), c.jointPapers()),
                    List.of(network.pairSource(i), network.pairTarget(i), network.pairFirstYear(i),
                            network.pairLastYear(i), network.pairPaperCount(i)));
            for (int k = 0; k < c.jointPapers(); k++) {
                assertEquals(c.papers().get(k), network.pairPaper(i, k));
            }
        }
        double[] fractionalStrength = new double[10];
        int[] jointStrength = new int[10];
        for (Collaboration c : network.collaborations()) {
            fractionalStrength[c.source()] += c.fractional();
            fractionalStrength[c.target()] += c.fractional();
            jointStrength[c.source()] += c.jointPapers();
            jointStrength[c.target()] += c.jointPapers();
        }
        for (int a = 0; a < 10; a++) {
            final int author = a;
            long multi = papers.stream().filter(p -> p.authors().size() > 1 && p.authors().contains(author)).count();
            long coauthorSlots = papers.stream().filter(p -> p.authors().contains(author))
                    .mapToLong(p -> p.authors().size() - 1).sum();
            assertEquals(multi, fractionalStrength[a], 1e-9);
            assertEquals(coauthorSlots, jointStrength[a]);
            assertEquals(coauthorSlots, network.graph().strength(a), 1e-9);
        }
    }

    @Test
    void topicLinksWeighSharedKeywordsByIdfAndLeaveOutCommonOnes() {
        // given eight papers; "networks" is on all of them, more than half: it links nothing
        List<Paper> papers = new ArrayList<>();
        papers.add(paper(0, 2001, List.of(), List.of("networks", "modularity", "communities")));
        papers.add(paper(1, 2002, List.of(), List.of("networks", "modularity", "communities")));
        papers.add(paper(2, 2003, List.of(), List.of("networks", "modularity")));
        for (int i = 3; i < 8; i++) {
            papers.add(paper(i, 0, List.of(), List.of("networks", "other " + i)));
        }

        TopicNetwork topics = TopicNetwork.of(corpus(0, papers));

        assertEquals(List.of("networks"), topics.commonKeywords());
        assertEquals(3, topics.links().size());
        TopicLink first = topics.links().get(0);
        assertEquals(List.of(0, 1), List.of(first.source(), first.target()));
        // idf of the two shared keywords, by hand: "communities" on 2 of 8 papers, "modularity" on 3
        assertEquals(Math.log(1 + 8 / 2.0) + Math.log(1 + 8 / 3.0), first.weight(), 1e-12);
        assertEquals(List.of("communities", "modularity"), first.sharedKeywords());
        assertEquals(2001, first.firstYear());
        assertEquals(2002, first.lastYear());
    }

    @Test
    void eachPaperKeepsItsStrongestTopicLinks() {
        // given a hub sharing one keyword with each of 40 papers, and two keywords with one of them
        List<Paper> papers = new ArrayList<>();
        List<String> hubKeywords = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            hubKeywords.add("k" + i);
        }
        hubKeywords.add("special");
        papers.add(paper(0, 2000, List.of(), hubKeywords));
        for (int i = 1; i <= 40; i++) {
            papers.add(paper(i, 2000, List.of(), i == 40 ? List.of("k40", "special") : List.of("k" + i)));
        }

        TopicNetwork topics = TopicNetwork.of(corpus(0, papers));

        // then the hub keeps its 25 strongest: paper 40 (two shared keywords) and papers 1..24;
        // every other paper keeps its only link too, so all 40 links stay
        assertEquals(40, topics.links().size());
        // its two keywords are each on 2 of the 41 papers: 2 · ln(1 + 41/2)
        assertTrue(topics.links().stream()
                .anyMatch(l -> l.target() == 40 && Math.abs(l.weight() - 2 * Math.log(1 + 41 / 2.0)) < 1e-12));
    }

    @Test
    void linksWeakForBothPapersAreTrimmedInADenseTopicGraph() {
        // given two groups of 30 papers (even and odd indices), each group sharing one keyword:
        // 30 ≤ the common limit for 60 papers (min(30, ⌈4√60⌉ = 31)), so each group is a clique
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            papers.add(paper(i, 2000, List.of(), List.of("group " + (i % 2))));
        }

        TopicNetwork topics = TopicNetwork.of(corpus(0, papers));

        // then, by hand: all weights are 1, so each paper keeps the 25 lowest-indexed of its 29
        // neighbours; a link is dropped only when both papers rank 25..29 in their group:
        // C(5,2) = 10 of each group's C(30,2) = 435 links
        assertEquals(2 * (435 - 10), topics.links().size());
        assertTrue(topics.commonKeywords().isEmpty());
    }

    @Property(tries = 50)
    void topicLinksAreThePairsEachPaperRanksAmongItsStrongest(
            @ForAll @Size(min = 30, max = 90) List<@Size(max = 4) List<@IntRange(min = 0, max = 11) Integer>> keywordLists) {
        // given papers with a few of 12 keywords, so that many papers have more than 25 links
        List<Paper> papers = new ArrayList<>();
        for (List<Integer> keywords : keywordLists) {
            papers.add(paper(papers.size(), 2000, List.of(), keywords.stream().map(k -> "k" + k).toList()));
        }
        int n = papers.size();

        TopicNetwork topics = TopicNetwork.of(corpus(0, papers));

        // then the links are what the rules say, worked out pair by pair: the idf of the shared
        // keywords that are not common, in sorted order, and a link kept when one of its papers
        // ranks it among its 25 strongest (higher weight, then lower other paper)
        java.util.Set<String> common = new java.util.HashSet<>(topics.commonKeywords());
        double[][] weight = new double[n][n];
        List<List<String>> shared = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                java.util.TreeSet<String> both = new java.util.TreeSet<>(papers.get(a).keywords());
                both.retainAll(papers.get(b).keywords());
                both.removeAll(common);
                for (String keyword : both) {
                    long carriers = papers.stream().filter(p -> p.keywords().contains(keyword)).count();
                    weight[a][b] += Math.log1p((double) n / carriers);
                }
                shared.add(a == b ? List.of() : List.copyOf(both));
            }
        }
        List<String> expected = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (weight[a][b] > 0 && (ranksAmongStrongest(weight, a, b) || ranksAmongStrongest(weight, b, a))) {
                    expected.add(a + "-" + b + " " + weight[a][b] + " " + shared.get(a * n + b));
                }
            }
        }
        List<String> actual = topics.links().stream()
                .map(l -> l.source() + "-" + l.target() + " " + l.weight() + " " + l.sharedKeywords()).toList();
        assertEquals(expected, actual);
        assertEquals(topics.links().size(), topics.linkCount());
        for (int t = 0; t < topics.linkCount(); t++) {
            TopicLink link = topics.links().get(t);
            assertEquals(List.of(link.source(), link.target()), List.of(topics.linkSource(t), topics.linkTarget(t)));
            assertEquals(link.weight(), topics.linkWeight(t));
        }
    }

    private static boolean ranksAmongStrongest(double[][] weight, int node, int other) {
        int stronger = 0;
        for (int x = 0; x < weight.length; x++) {
            if (x != node && x != other && weight[node][x] > 0 && (weight[node][x] > weight[node][other]
                    || weight[node][x] == weight[node][other] && x < other)) {
                stronger++;
            }
        }
        return stronger < TopicNetwork.MAX_LINKS_PER_PAPER;
    }
}
