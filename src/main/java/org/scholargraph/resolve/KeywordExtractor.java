package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keywords of a paper. A record's own keywords are only normalised (lower case, single spaces, no
 * trailing punctuation). A paper without any gets key phrases extracted from its title and
 * abstract, in the manner of RAKE (Rose et al., "Automatic keyword extraction from individual
 * documents", 2010): stop words and punctuation cut the text into candidate phrases; phrases of
 * one to three words are scored by how often they occur, title occurrences counting
 * {@link #TITLE_WEIGHT} times, longer phrases ahead of shorter at equal count. A phrase must occur
 * in the title or at least twice to be kept; a phrase that only occurs inside a longer kept one is
 * dropped; at most {@link #MAX_EXTRACTED} are kept. The
 * result depends on the paper's text alone, so it repeats.
 */
public final class KeywordExtractor {

    /** How many times a title occurrence counts. */
    public static final int TITLE_WEIGHT = 3;

    /** Most phrases extracted from one paper. */
    public static final int MAX_EXTRACTED = 6;

    private static final int MAX_PHRASE_WORDS = 3;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final Pattern TEX_MATH = Pattern.compile("\\$[^$]*\\$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{Nd}'’-]*|[\\p{Nd}]+|[^\\p{L}\\p{Nd}\\s]");

    /** English function words and the stock words of abstracts, which say nothing of a topic. */
    private static final Set<String> STOP_WORDS = Set.copyOf(java.util.Arrays.asList((""
            + "a about above across after again against all almost along also although always am among an and "
            + "another any are aren't around as at be became because become becomes been before being below between "
            + "both but by can cannot could did do does doing done down due during each either else enough even ever "
            + "every few for from further furthermore had has have having he her here hers herein him his how however "
            + "i if in into is isn't it its itself just less like made main mainly make makes many may me might more "
            + "moreover most mostly much must my near nearly neither no nor not now of off often on once one only onto "
            + "or other others otherwise our ours out over own per perhaps quite rather really same several shall she "
            + "should show shown shows since so some such than that the their theirs them themselves then there "
            + "thereby therefore these they this those though through thus to together too toward towards under "
            + "until up upon us use used uses using very via was we well were what when where whether which while who "
            + "whom whose why will with within without would yet you your "
            + "able achieve achieves address addresses allow allows apply applied approach approaches based "
            + "consider considered demonstrate demonstrates describe described develop developed different "
            + "discuss effective efficient efficiently establish established existing first found framework general "
            + "given good high however important improve improves include including introduce introduced issue "
            + "issues key known large new novel obtain obtained paper particular present presented problem "
            + "problems propose proposed provide provides recent recently result results second show showed significant "
            + "simple study studies studied suggest technique techniques two three various way ways work works "
            + "certain still yet i.e e.g. et al etc well-known widely wide").split(" ")));

    private KeywordExtractor() {
    }

    /** A keyword as a source wrote it, normalised for matching; empty when nothing is left. */
    public static String normalise(String keyword) {
        String lower = WHITE_SPACE.matcher(keyword.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return EDGE_PUNCTUATION.matcher(lower).replaceAll("");
    }

    /** The record keywords normalised, in order, without repeats or empties. */
    public static List<String> normaliseAll(List<String> keywords) {
        Set<String> result = new LinkedHashSet<>();
        for (String keyword : keywords) {
            String normalised = normalise(keyword);
            if (!normalised.isEmpty()) {
                result.add(normalised);
            }
        }
        return List.copyOf(result);
    }

    /** Key phrases of a title and abstract, best first. */
    public static List<String> extract(String title, String abstractText) {
        Map<String, int[]> scores = new LinkedHashMap<>();
        count(title, TITLE_WEIGHT, scores);
        count(abstractText, 1, scores);
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(scores.entrySet());
        ranked.removeIf(e -> e.getValue()[0] < 2 && e.getValue()[1] == 0);
        ranked.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                .thenComparingInt(e -> -e.getKey().split(" ").length)
                .thenComparing(Map.Entry::getKey));
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : ranked) {
            String phrase = entry.getKey();
            // A phrase that only ever occurs inside a longer chosen phrase adds nothing (the
            // subsumption rule): "deep ritz" when "deep ritz method" has the same count.
            int count = entry.getValue()[0];
            boolean covered = chosen.stream().anyMatch(c -> scores.get(c)[0] == count
                    && (" " + c + " ").contains(" " + phrase + " "));
            if (!covered) {
                chosen.add(phrase);
            }
            if (chosen.size() == MAX_EXTRACTED) {
                break;
            }
        }
        return List.copyOf(chosen);
    }

    /** Adds each candidate phrase of {@code text} with {@code weight}; slot 1 marks a title phrase. */
    private static void count(String text, int weight, Map<String, int[]> scores) {
        if (text.isEmpty()) {
            return;
        }
        String plain = TEX_MATH.matcher(text).replaceAll(" . ");
        List<String> run = new ArrayList<>();
        Matcher matcher = WORD.matcher(plain);
        while (matcher.find()) {
            String token = matcher.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean word = Character.isLetter(token.charAt(0)) && token.length() > 1;
            if (!word || STOP_WORDS.contains(token) || token.endsWith("'s") && STOP_WORDS.contains(token.substring(0, token.length() - 2))) {
                addPhrases(run, weight, scores);
                run.clear();
            } else {
                run.add(singular(token));
            }
        }
        addPhrases(run, weight, scores);
    }

    private static void addPhrases(List<String> run, int weight, Map<String, int[]> scores) {
        for (int start = 0; start < run.size(); start++) {
            for (int length = 1; length <= MAX_PHRASE_WORDS && start + length <= run.size(); length++) {
                String phrase = String.join(" ", run.subList(start, start + length));
                int[] score = scores.computeIfAbsent(phrase, p -> new int[2]);
                score[0] += weight;
                if (weight > 1) {
                    score[1] = 1;
                }
            }
        }
    }

    /** A light English plural fold, so "networks" and "network" count together. */
    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && !word.endsWith("ics")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
