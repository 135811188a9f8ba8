package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.scholargraph.model.Author;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.RecordAuthor;

/**
 * Decides which record authors are the same person.
 *
 * <ol>
 *   <li>An identifier the source gives (an OpenAlex author id) names one person, whatever the
 *       spelling: sources that disambiguate authors know better than a name key.</li>
 *   <li>A name without identifier joins the identified person with the same {@link AuthorNames#key
 *       name key} when there is exactly one such person; with none it is a person of its own key;
 *       with several it cannot be told apart and stays a separate name-only person.</li>
 * </ol>
 * Authors are numbered in the order they are first met, so ids repeat on the same input.
 */
final class AuthorResolver {

    /** The persons found, and for each record the person indices of its byline. */
    record Resolution(List<Author> authors, List<List<Integer>> bylines) {
    }

    private AuthorResolver() {
    }

    static Resolution resolve(List<BibRecord> records) {
        // Pass 1: identified persons and the name keys they were seen under.
        Map<String, Integer> groupOfId = new HashMap<>();
        Map<String, Set<Integer>> idGroupsOfKey = new HashMap<>();
        int[] next = {0};
        for (BibRecord record : records) {
            for (RecordAuthor author : record.authors()) {
                author.sourceId().ifPresent(id -> {
                    int group = groupOfId.computeIfAbsent(id, k -> next[0]++);
                    String key = AuthorNames.key(author.name());
                    if (!key.isEmpty()) {
                        idGroupsOfKey.computeIfAbsent(key, k -> new TreeSet<>()).add(group);
                    }
                });
            }
        }
        // Pass 2: every byline position gets a group; name-only persons get groups of their own.
        Map<String, Integer> groupOfNameKey = new HashMap<>();
        List<List<Integer>> groupBylines = new ArrayList<>();
        Map<Integer, Variants> variants = new HashMap<>();
        for (BibRecord record : records) {
            List<Integer> byline = new ArrayList<>();
            for (RecordAuthor author : record.authors()) {
                String key = AuthorNames.key(author.name());
                int group;
                if (author.sourceId().isPresent()) {
                    group = groupOfId.get(author.sourceId().get());
                } else if (key.isEmpty()) {
                    continue;
                } else {
                    Set<Integer> identified = idGroupsOfKey.getOrDefault(key, Set.of());
                    group = identified.size() == 1 ? identified.iterator().next()
                            : groupOfNameKey.computeIfAbsent(key, k -> next[0]++);
                }
                if (!byline.contains(group)) {
                    byline.add(group);
                    variants.computeIfAbsent(group, g -> new Variants()).add(author);
                }
            }
            groupBylines.add(byline);
        }
        // Number persons by first appearance in reading order.
        Map<Integer, Integer> indexOfGroup = new LinkedHashMap<>();
        for (List<Integer> byline : groupBylines) {
            for (int group : byline) {
                indexOfGroup.putIfAbsent(group, indexOfGroup.size());
            }
        }
        List<Author> authors = new ArrayList<>(indexOfGroup.size());
        for (Map.Entry<Integer, Integer> entry : indexOfGroup.entrySet()) {
            Variants v = variants.get(entry.getKey());
            int index = entry.getValue();
            authors.add(new Author(index, "A" + (index + 1), v.displayName(), List.copyOf(v.ids)));
        }
        List<List<Integer>> bylines = new ArrayList<>(groupBylines.size());
        for (List<Integer> byline : groupBylines) {
            bylines.add(byline.stream().map(indexOfGroup::get).toList());
        }
        return new Resolution(authors, bylines);
    }

    /** The spellings one person was seen under. */
    private static final class Variants {
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final Set<String> ids = new TreeSet<>();

        void add(RecordAuthor author) {
            counts.merge(AuthorNames.display(author.name()), 1, Integer::sum);
            author.sourceId().ifPresent(ids::add);
        }

        /** The fullest spelling: most letters, then most frequent, then first seen. */
        String displayName() {
            String best = null;
            int bestLetters = -1;
            int bestCount = -1;
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                int letters = (int) entry.getKey().chars().filter(Character::isLetter).count();
                int nonAscii = (int) entry.getKey().chars().filter(c -> c > 127).count();
                int score = letters * 2 + (nonAscii > 0 ? 1 : 0);
                if (score > bestLetters || (score == bestLetters && entry.getValue() > bestCount)) {
                    best = entry.getKey();
                    bestLetters = score;
                    bestCount = entry.getValue();
                }
            }
            return best;
        }
    }
}
