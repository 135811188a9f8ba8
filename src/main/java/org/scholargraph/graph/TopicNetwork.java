package org.scholargraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/**
 * Papers linked through the keywords they share, weighted by how many they share. A keyword found
 * in more than {@link #MAX_KEYWORD_SHARE_DEFAULT} of the papers (and in more than
 * {@link #MIN_PAPERS_FOR_COMMON} papers) is too common to say two papers are on one topic and links
 * nothing; its pairs would also cost O(k²) for k papers.
 */
public final class TopicNetwork {

    /** Share of all papers above which a keyword links nothing. */
    public static final double MAX_KEYWORD_SHARE_DEFAULT = 0.5;

    /** A keyword in this many papers or fewer is never considered too common. */
    public static final int MIN_PAPERS_FOR_COMMON = 3;

    private final CompactGraph graph;
    private final List<TopicLink> links;
    private final List<String> commonKeywords;

    private TopicNetwork(CompactGraph graph, List<TopicLink> links, List<String> commonKeywords) {
        this.graph = graph;
        this.links = links;
        this.commonKeywords = commonKeywords;
    }

    /** Links papers that share keywords, leaving out keywords in more than half of the papers. */
    public static TopicNetwork of(Corpus corpus) {
        return of(corpus, MAX_KEYWORD_SHARE_DEFAULT);
    }

    /** Links papers that share keywords, leaving out keywords in more than {@code maxKeywordShare} of them. */
    public static TopicNetwork of(Corpus corpus, double maxKeywordShare) {
        if (!(maxKeywordShare > 0 && maxKeywordShare <= 1)) {
            throw new IllegalArgumentException("maxKeywordShare must be in (0, 1], was " + maxKeywordShare);
        }
        int paperCount = corpus.papers().size();
        Map<String, List<Integer>> papersByKeyword = new TreeMap<>();
        for (Paper paper : corpus.papers()) {
            for (String keyword : paper.keywords()) {
                papersByKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(paper.index());
            }
        }
        int limit = Math.max(MIN_PAPERS_FOR_COMMON, (int) Math.floor(maxKeywordShare * paperCount));
        List<String> common = new ArrayList<>();
        Map<Long, List<String>> shared = new HashMap<>();
        for (Map.Entry<String, List<Integer>> entry : papersByKeyword.entrySet()) {
            List<Integer> papers = entry.getValue();
            if (papers.size() > limit) {
                common.add(entry.getKey());
                continue;
            }
            for (int i = 0; i < papers.size(); i++) {
                for (int j = i + 1; j < papers.size(); j++) {
                    long key = ((long) papers.get(i) << 32) | papers.get(j);
                    shared.computeIfAbsent(key, k -> new ArrayList<>()).add(entry.getKey());
                }
            }
        }
        long[] keys = shared.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        CompactGraph.Builder builder = CompactGraph.undirected(paperCount);
        List<TopicLink> links = new ArrayList<>(keys.length);
        for (long key : keys) {
            int a = (int) (key >>> 32);
            int b = (int) key;
            List<String> keywords = shared.get(key);
            int ya = corpus.paper(a).yearOrZero();
            int yb = corpus.paper(b).yearOrZero();
            int first = ya == 0 ? yb : yb == 0 ? ya : Math.min(ya, yb);
            links.add(new TopicLink(a, b, keywords.size(), keywords, first, Math.max(ya, yb)));
            builder.addEdge(a, b, keywords.size());
        }
        return new TopicNetwork(builder.build(), List.copyOf(links), List.copyOf(common));
    }

    /** The graph on paper indices, edge weight = shared keywords. */
    public CompactGraph graph() {
        return graph;
    }

    /** Every linked pair once, ordered by (source, target). */
    public List<TopicLink> links() {
        return links;
    }

    /** Keywords left out as too common, sorted. */
    public List<String> commonKeywords() {
        return commonKeywords;
    }

    @Override
    public String toString() {
        return "topics: " + graph;
    }
}
