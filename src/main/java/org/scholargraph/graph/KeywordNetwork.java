package org.scholargraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;

/**
 * Keyword co-occurrence: keywords (sorted, indexed) linked when they appear on one paper, edge
 * weight = the number of papers they share.
 */
public final class KeywordNetwork {

    private final List<String> keywords;
    private final int[] paperCounts;
    private final int[] firstYears;
    private final int[] lastYears;
    private final CompactGraph graph;

    private KeywordNetwork(List<String> keywords, int[] paperCounts, int[] firstYears, int[] lastYears,
            CompactGraph graph) {
        this.keywords = keywords;
        this.paperCounts = paperCounts;
        this.firstYears = firstYears;
        this.lastYears = lastYears;
        this.graph = graph;
    }

    /** Counts keywords and their co-occurrences over all papers. */
    public static KeywordNetwork of(Corpus corpus) {
        TreeSet<String> all = new TreeSet<>();
        corpus.papers().forEach(p -> all.addAll(p.keywords()));
        List<String> keywords = List.copyOf(all);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keywords.size(); i++) {
            index.put(keywords.get(i), i);
        }
        int[] counts = new int[keywords.size()];
        int[] first = new int[keywords.size()];
        int[] last = new int[keywords.size()];
        CompactGraph.Builder builder = CompactGraph.undirected(keywords.size());
        for (Paper paper : corpus.papers()) {
            List<Integer> ids = new ArrayList<>();
            for (String keyword : new TreeSet<>(paper.keywords())) {
                ids.add(index.get(keyword));
            }
            int year = paper.yearOrZero();
            for (int k : ids) {
                counts[k]++;
                if (year != 0) {
                    first[k] = first[k] == 0 ? year : Math.min(first[k], year);
                    last[k] = Math.max(last[k], year);
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    builder.addEdge(ids.get(i), ids.get(j), 1.0);
                }
            }
        }
        return new KeywordNetwork(keywords, counts, first, last, builder.build());
    }

    /** Keywords in index order (sorted). */
    public List<String> keywords() {
        return keywords;
    }

    /** Number of papers carrying keyword {@code k}. */
    public int papers(int k) {
        return paperCounts[k];
    }

    /** Earliest year of a paper with keyword {@code k}, 0 when none has a year. */
    public int firstYear(int k) {
        return firstYears[k];
    }

    /** Latest year of a paper with keyword {@code k}, 0 when none has a year. */
    public int lastYear(int k) {
        return lastYears[k];
    }

    /** The co-occurrence graph on keyword indices. */
    public CompactGraph graph() {
        return graph;
    }

    @Override
    public String toString() {
        return "keywords: " + graph;
    }
}
