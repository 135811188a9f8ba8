package org.scholargraph.resolve.keyword;

import java.util.Map;
import java.util.Set;

/**
 * British spellings of a lower-case word made American, for matching only ("modelling" and
 * "modeling", "behaviour" and "behavior", "optimisation" and "optimization" fold together).
 *
 * <p>The regular patterns of the Oxford and Merriam-Webster spellings: {@code -isation}/{@code -ise}
 * (and their inflections) to {@code -iz-} after the stems that take {@code -ize}; {@code -our} to
 * {@code -or} in the nouns that have it; {@code -yse} to {@code -yze}; a doubled {@code l} before
 * {@code -ing}/{@code -ed}/{@code -er} after an unstressed {@code e}; and the irregular nouns of
 * {@link #IRREGULAR}. Words that only look British ("promise", "exercise", "hour", "four",
 * "telling") stay as they are: the {@code -ise} rule takes only the stems of {@code ISE_STEMS}
 * ("-alise", "-onise", "-imise", "-erise", "-itise", …; not "arise" itself).
 */
public final class SpellingVariants {

    /** British word → American word, for the spellings no pattern covers. */
    static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("centre", "center"), Map.entry("centres", "centers"), Map.entry("centred", "centered"),
            Map.entry("fibre", "fiber"), Map.entry("fibres", "fibers"), Map.entry("litre", "liter"),
            Map.entry("metre", "meter"), Map.entry("metres", "meters"), Map.entry("theatre", "theater"),
            Map.entry("spectre", "specter"), Map.entry("calibre", "caliber"), Map.entry("manoeuvre", "maneuver"),
            Map.entry("catalogue", "catalog"), Map.entry("catalogues", "catalogs"), Map.entry("dialogue", "dialog"),
            Map.entry("analogue", "analog"), Map.entry("analogues", "analogs"), Map.entry("defence", "defense"),
            Map.entry("offence", "offense"), Map.entry("licence", "license"), Map.entry("programme", "program"),
            Map.entry("programmes", "programs"), Map.entry("grey", "gray"), Map.entry("ageing", "aging"),
            Map.entry("aluminium", "aluminum"), Map.entry("sulphur", "sulfur"), Map.entry("oestrogen", "estrogen"),
            Map.entry("haemoglobin", "hemoglobin"), Map.entry("anaemia", "anemia"), Map.entry("foetus", "fetus"),
            Map.entry("paediatric", "pediatric"), Map.entry("paediatrics", "pediatrics"),
            Map.entry("orthopaedic", "orthopedic"), Map.entry("tumour", "tumor"), Map.entry("tumours", "tumors"));

    private static final Set<String> OUR_NOUNS = Set.of("behaviour", "colour", "favour", "flavour", "harbour",
            "honour", "humour", "labour", "neighbour", "rumour", "vapour", "vigour", "rigour", "savour", "endeavour",
            "armour", "odour", "splendour", "fervour", "clamour", "glamour", "valour", "parlour", "saviour");

    /** Endings of stems that take "-ize" in American spelling ("normalis", "organis", "optimis", …). */
    private static final String[] ISE_STEMS = {"alis", "ilis", "anis", "enis", "onis", "gnis", "imis", "eris", "oris",
        "aris", "itis", "asis"};

    private static final String[] ISE_ENDINGS = {"ations", "ation", "ers", "er", "ing", "es", "ed", "e"};

    private static final String[][] DOUBLED_L = {{"elling", "eling"}, {"elled", "eled"}, {"ellers", "elers"},
        {"eller", "eler"}};

    private SpellingVariants() {
    }

    /** The American spelling of a lower-case word, or the word itself. */
    public static String american(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        String our = ourWord(word);
        if (our != null) {
            return our;
        }
        if (word.length() < 6) {
            return word;
        }
        for (String ending : ISE_ENDINGS) {
            if (word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                if (takesIze(stem)) {
                    return stem.substring(0, stem.length() - 1) + "z" + ending;
                }
            }
        }
        // "analyses" is also the plural of "analysis", and stays
        for (String ending : new String[] {"yse", "ysed", "yses", "ysing"}) {
            if (word.endsWith(ending) && !word.endsWith("analyses")) {
                return word.substring(0, word.length() - ending.length()) + "yz" + ending.substring(2);
            }
        }
        for (String[] doubled : DOUBLED_L) {
            // "modelling", "labelled", "traveller"; not "telling", "spelling", "compelling", "rebelled"
            String prefix = word.substring(0, Math.max(0, word.length() - doubled[0].length()));
            if (word.endsWith(doubled[0]) && prefix.length() >= 3 && !prefix.endsWith("p") && !prefix.endsWith("xc")
                    && !prefix.endsWith("reb")) {
                return prefix + doubled[1];
            }
        }
        return word;
    }

    private static String ourWord(String word) {
        for (String suffix : new String[] {"", "s", "ed", "ing", "ite", "ites", "able", "al"}) {
            if (word.endsWith("our" + suffix)) {
                String noun = word.substring(0, word.length() - suffix.length());
                if (OUR_NOUNS.contains(noun)) {
                    return noun.substring(0, noun.length() - 2) + "r" + suffix;
                }
            }
        }
        return null;
    }

    /** Whether a stem ending in "is" ("normalis", "optimis") is the British form of an "-ize" stem. */
    private static boolean takesIze(String stem) {
        if (stem.length() < 5 || stem.equals("aris")) {
            return false;
        }
        for (String ise : ISE_STEMS) {
            if (stem.endsWith(ise)) {
                return true;
            }
        }
        return false;
    }
}
