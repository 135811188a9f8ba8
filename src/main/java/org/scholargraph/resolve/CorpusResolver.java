package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.scholargraph.model.Author;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.IdScheme;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Provenance;
import org.scholargraph.model.Reference;
import org.scholargraph.resolve.keyword.KeywordVocabulary;

/**
 * Turns the records of a run into a corpus: one paper per real paper, one author per person,
 * references resolved to the papers they cite, keywords on every paper.
 *
 * <p>Records are the same paper when they share an identifier (DOI, arXiv, OpenAlex, PubMed, …),
 * when their folded titles and years are equal (a record without year joins the one titled group
 * of that title), or when one of them has no title and their abstracts are near-identical
 * ({@link AbstractSimilarity}). Merged fields keep the richest value: the longest abstract and
 * venue, the byline with the most authors, the commonest year, and the union of identifiers,
 * keywords and references. Papers and authors are numbered in reading order, so ids repeat on the
 * same input.
 */
public final class CorpusResolver {

    /** Folded titles shorter than this ("Introduction", "Editorial") never merge papers by title alone. */
    static final int MIN_TITLE_KEY_LENGTH = 16;

    private CorpusResolver() {
    }

    /** Resolves records, given in reading order, into a corpus. */
    public static Corpus resolve(List<BibRecord> records) {
        List<List<Integer>> groups = samePaperGroups(records);
        AuthorResolver.Resolution people = AuthorResolver.resolve(records);
        List<Paper> unresolved = new ArrayList<>(groups.size());
        KeywordVocabulary keywords;
        try (KeywordExtractor extractor = new KeywordExtractor()) {
            for (int p = 0; p < groups.size(); p++) {
                unresolved.add(merge(p, groups.get(p), records, people.bylines(), extractor));
            }
            keywords = extractor.vocabulary(unresolved);
        }
        unresolved = keywords.papers();
        List<Paper> papers = new ReferenceMatcher(unresolved,
                ReferenceMatcher.firstAuthorNames(unresolved, people.authors())).withCitations();
        return withBylineAuthorsOnly(papers, people.authors(), keywords.variants());
    }

    /**
     * Keeps only the persons who are on some paper's chosen byline (a person seen only in a
     * record whose byline lost to a fuller one is not an author of the corpus) and numbers them
     * again in reading order.
     */
    private static Corpus withBylineAuthorsOnly(List<Paper> papers, List<Author> persons,
            Map<String, List<String>> keywordVariants) {
        int[] newIndex = new int[persons.size()];
        java.util.Arrays.fill(newIndex, -1);
        List<Author> authors = new ArrayList<>();
        for (Paper paper : papers) {
            for (int a : paper.authors()) {
                if (newIndex[a] < 0) {
                    newIndex[a] = authors.size();
                    Author person = persons.get(a);
                    authors.add(new Author(authors.size(), "A" + (authors.size() + 1), person.name(), person.sourceIds()));
                }
            }
        }
        List<Paper> renumbered = new ArrayList<>(papers.size());
        for (Paper p : papers) {
            renumbered.add(p.withAuthors(p.authors().stream().map(a -> newIndex[a]).toList()));
        }
        return new Corpus(renumbered, authors, keywordVariants);
    }

    /** Groups of record indices, each one paper, ordered by their first record. */
    static List<List<Integer>> samePaperGroups(List<BibRecord> records) {
        int n = records.size();
        UnionFind same = new UnionFind(n);
        Map<String, Integer> firstWithId = new HashMap<>();
        Map<String, Integer> firstWithTitleYear = new HashMap<>();
        Map<String, Set<Integer>> yearsOfTitle = new HashMap<>();
        Map<String, Integer> firstWithTitle = new HashMap<>();
        List<String> titleKeys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BibRecord record = records.get(i);
            String title = TextFolding.fold(record.title());
            titleKeys.add(title);
            for (Map.Entry<IdScheme, String> id : record.ids().entrySet()) {
                String key = id.getKey().prefix() + ":" + id.getValue();
                Integer first = firstWithId.putIfAbsent(key, i);
                if (first != null && titlesAgree(titleKeys.get(first), title)) {
                    same.union(first, i);
                }
            }
            if (title.length() >= MIN_TITLE_KEY_LENGTH && record.year().isPresent()) {
                Integer first = firstWithTitleYear.putIfAbsent(title + "|" + record.year().getAsInt(), i);
                if (first != null) {
                    same.union(first, i);
                }
                yearsOfTitle.computeIfAbsent(title, t -> new HashSet<>()).add(record.year().getAsInt());
                firstWithTitle.putIfAbsent(title, i);
            }
        }
        for (int i = 0; i < n; i++) {
            String title = titleKeys.get(i);
            if (title.length() >= MIN_TITLE_KEY_LENGTH && records.get(i).year().isEmpty()) {
                if (yearsOfTitle.getOrDefault(title, Set.of()).size() == 1) {
                    same.union(firstWithTitle.get(title), i);
                } else if (yearsOfTitle.get(title) == null) {
                    Integer first = firstWithTitleYear.putIfAbsent(title + "|", i);
                    if (first != null) {
                        same.union(first, i);
                    }
                }
            }
        }
        // Near-identical abstracts merge a record without title into the paper it belongs to.
        AbstractSimilarity abstracts = new AbstractSimilarity(records.stream().map(BibRecord::abstractText).toList(),
                i -> titleKeys.get(i).isEmpty());
        for (int i = 0; i < n && !abstracts.isEmpty(); i++) {
            for (int j : abstracts.matches(i)) {
                same.union(j, i);
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(same.find(i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>(byRoot.values());
        groups.sort(Comparator.comparingInt(g -> g.get(0)));
        return groups;
    }

    /**
     * Whether two records sharing an identifier may be one paper: sources do carry wrong ids (a
     * reading list citing one paper under its neighbour's arXiv id), so two titles that share less
     * than half of their words veto the merge. A missing title vetoes nothing.
     */
    static boolean titlesAgree(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        return TextFolding.sharedWordShare(a, b) >= 0.5;
    }

    private static Paper merge(int index, List<Integer> group, List<BibRecord> records, List<List<Integer>> bylines,
            KeywordExtractor keywordExtractor) {
        String title = "";
        String venue = "";
        String volume = "";
        String pages = "";
        String abstractText = "";
        List<Integer> byline = List.of();
        Map<IdScheme, String> ids = new TreeMap<>();
        Map<Integer, Integer> yearVotes = new TreeMap<>();
        List<String> ownKeywords = new ArrayList<>();
        Set<Reference> references = new LinkedHashSet<>();
        List<Provenance> sources = new ArrayList<>();
        Set<String> formats = new LinkedHashSet<>();
        Set<String> subjectCategories = new LinkedHashSet<>();
        for (int r : group) {
            BibRecord record = records.get(r);
            if (title.isEmpty()) {
                title = record.title();
            }
            venue = longer(venue, record.venue());
            volume = volume.isEmpty() ? record.volume() : volume;
            pages = pages.isEmpty() ? record.pages() : pages;
            abstractText = longer(abstractText, record.abstractText());
            if (bylines.get(r).size() > byline.size()) {
                byline = bylines.get(r);
            }
            record.ids().forEach(ids::putIfAbsent);
            record.year().ifPresent(y -> yearVotes.merge(y, 1, Integer::sum));
            ownKeywords.addAll(record.keywords());
            references.addAll(record.references());
            sources.add(record.source());
            formats.add(record.format());
            subjectCategories.addAll(record.subjectCategories());
        }
        List<String> keywords = keywordExtractor.keywords(ownKeywords, title, abstractText);
        return new Paper(index, "P" + (index + 1), title, commonestYear(yearVotes), venue, volume, pages, abstractText, ids, byline,
                keywords, List.copyOf(references), List.of(), sources, List.copyOf(formats), List.copyOf(subjectCategories));
    }

    private static OptionalInt commonestYear(Map<Integer, Integer> votes) {
        Optional<Map.Entry<Integer, Integer>> best = votes.entrySet().stream()
                .max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()));
        return best.map(e -> OptionalInt.of(e.getKey())).orElse(OptionalInt.empty());
    }

    private static String longer(String a, String b) {
        return b.length() > a.length() ? b : a;
    }

    /** Disjoint sets of record indices with path halving and union by index (the smaller root wins). */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

}
