package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds near-identical abstracts: the same text, or an earlier version of it, as listing pages
 * repeat them. Texts are compared by their sets of word 3-shingles; two abstracts match when the
 * shingles they share are at least {@link #CONTAINMENT_THRESHOLD} of the smaller set (Broder's
 * containment, "On the resemblance and containment of documents", 1997). On the seed pages,
 * revised versions of one abstract share 0.54–1.0 and different abstracts at most 0.11.
 *
 * <p>Only the texts that may merge by their abstract alone are indexed (on listing pages, the
 * records without a title); every other text is compared against that index as it is met and
 * never stored, so a corpus of titled works costs no memory here. A shingle held by more than
 * {@link #MAX_POSTING} indexed texts ("in this paper we") is too common to find anything and is
 * not followed, which keeps the search near linear.
 */
final class AbstractSimilarity {

    /** Share of the smaller shingle set that must be shared. */
    static final double CONTAINMENT_THRESHOLD = 0.4;

    /** Texts shorter than this many shingles are never matched: too little to tell. */
    static final int MIN_SHINGLES = 12;

    static final int MAX_POSTING = 200;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

    private final List<String> texts;
    private final Map<Integer, long[]> indexedShingles = new HashMap<>();
    private final Map<Long, List<Integer>> postings = new HashMap<>();

    /** Indexes {@code texts.get(i)} for every {@code i} that {@code indexed} holds; empty texts take part in nothing. */
    AbstractSimilarity(List<String> texts, java.util.function.IntPredicate indexed) {
        this.texts = texts;
        for (int i = 0; i < texts.size(); i++) {
            if (!indexed.test(i)) {
                continue;
            }
            long[] shingles = shinglesOf(texts.get(i));
            if (shingles.length < MIN_SHINGLES) {
                continue;
            }
            indexedShingles.put(i, shingles);
            for (long shingle : shingles) {
                postings.computeIfAbsent(shingle, k -> new ArrayList<>(2)).add(i);
            }
        }
    }

    /** Whether no text was indexed: then nothing can match and callers may skip the search. */
    boolean isEmpty() {
        return indexedShingles.isEmpty();
    }

    /** The indexed texts other than {@code i} whose abstract matches text {@code i}, ascending. */
    int[] matches(int i) {
        long[] mine = indexedShingles.containsKey(i) ? indexedShingles.get(i) : shinglesOf(texts.get(i));
        if (mine.length < MIN_SHINGLES) {
            return new int[0];
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (long shingle : mine) {
            List<Integer> list = postings.get(shingle);
            if (list == null || list.size() > MAX_POSTING) {
                continue;
            }
            for (int j : list) {
                if (j != i) {
                    shared.merge(j, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .filter(e -> e.getValue() >= CONTAINMENT_THRESHOLD
                        * Math.min(mine.length, indexedShingles.get(e.getKey()).length))
                .mapToInt(Map.Entry::getKey)
                .sorted()
                .toArray();
    }

    /** Distinct hashed word 3-shingles of the folded text, sorted. */
    static long[] shinglesOf(String text) {
        if (text.isEmpty()) {
            return new long[0];
        }
        Matcher matcher = WORD.matcher(TextFolding.fold(text));
        long[] words = new long[16];
        int n = 0;
        while (matcher.find()) {
            if (n == words.length) {
                words = Arrays.copyOf(words, n * 2);
            }
            words[n++] = matcher.group().hashCode();
        }
        if (n < 3) {
            return new long[0];
        }
        long[] result = new long[n - 2];
        for (int k = 0; k + 2 < n; k++) {
            long h = words[k];
            h = h * 1_000_003L + words[k + 1];
            h = h * 1_000_003L + words[k + 2];
            result[k] = h;
        }
        return Arrays.stream(result).sorted().distinct().toArray();
    }
}
