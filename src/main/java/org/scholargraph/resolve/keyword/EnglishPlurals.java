package org.scholargraph.resolve.keyword;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The plurals that Lucene's plural-only S-stemmer ({@code EnglishMinimalStemmer}, after Harman, "How
 * effective is suffixing?", JASIS 1991) leaves apart from their singular, for matching only:
 * <ul>
 *   <li>acronyms with a plural "s" ("PDEs", "LLMs", "CPSs"), told by their case before it is lowered;
 *   <li>Latin and Greek plurals ("matrices", "criteria", "hypotheses", "analyses"), and the plurals
 *       of words the S-stemmer cuts short ("gases", "biases": "gas" and "bias" lose their "s" too);
 *   <li>"-ees", "-aes", "-oes" plurals, which it leaves whole ("trees", "toes");
 *   <li>sibilant plurals: the S-stemmer turns "processes" into "processe" but leaves "process", so a
 *       stem ending in "sse", "che", "she", "xe" or "zze" loses its "e", for singular and plural alike
 *       ("processe" and "process" → "process", "approache" → "approach").
 * </ul>
 */
final class EnglishPlurals {

    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{Nd}]*s");

    /** Irregular plural → singular, lower case. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("analyses", "analysis"), Map.entry("hypotheses", "hypothesis"), Map.entry("theses", "thesis"),
            Map.entry("syntheses", "synthesis"), Map.entry("diagnoses", "diagnosis"), Map.entry("crises", "crisis"),
            Map.entry("criteria", "criterion"), Map.entry("phenomena", "phenomenon"), Map.entry("matrices", "matrix"),
            Map.entry("indices", "index"), Map.entry("vertices", "vertex"), Map.entry("appendices", "appendix"),
            Map.entry("spectra", "spectrum"), Map.entry("maxima", "maximum"), Map.entry("minima", "minimum"),
            Map.entry("optima", "optimum"), Map.entry("radii", "radius"), Map.entry("nuclei", "nucleus"),
            Map.entry("stimuli", "stimulus"), Map.entry("foci", "focus"), Map.entry("loci", "locus"),
            Map.entry("children", "child"), Map.entry("women", "woman"), Map.entry("men", "man"),
            Map.entry("mice", "mouse"), Map.entry("teeth", "tooth"), Map.entry("feet", "foot"),
            Map.entry("corpora", "corpus"), Map.entry("gases", "gas"), Map.entry("biases", "bias"),
            Map.entry("buses", "bus"), Map.entry("lenses", "lens"), Map.entry("aliases", "alias"),
            Map.entry("atlases", "atlas"), Map.entry("canvases", "canvas"), Map.entry("heroes", "hero"),
            Map.entry("potatoes", "potato"), Map.entry("tomatoes", "tomato"), Map.entry("volcanoes", "volcano"));

    private EnglishPlurals() {
    }

    /** "PDEs" → "PDE"; any other word as it is. Runs before lower-casing. */
    static String acronymSingular(String word) {
        return ACRONYM_PLURAL.matcher(word).matches() && word.length() > 1 ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * The irregular plurals long enough to end a closed compound ("multicriteria", "metaanalyses"):
     * shorter ones end too many other words ("specimen", "velocity").
     */
    private static final int MIN_COMPOUND_TAIL = 6;

    /** The irregular plurals that may end a closed compound, picked once from {@link #IRREGULAR}. */
    private static final List<Map.Entry<String, String>> COMPOUND_TAILS = IRREGULAR.entrySet().stream()
            .filter(e -> e.getKey().length() >= MIN_COMPOUND_TAIL).toList();

    /**
     * The singular of an irregular plural (lower case), also at the end of a closed compound
     * ("multicriteria" → "multicriterion", as "multi-criteria" → "multi criterion"), else the word.
     */
    static String irregularSingular(String word) {
        String singular = IRREGULAR.get(word);
        if (singular != null) {
            return singular;
        }
        for (Map.Entry<String, String> irregular : COMPOUND_TAILS) {
            String plural = irregular.getKey();
            if (word.length() > plural.length() && word.endsWith(plural)) {
                return word.substring(0, word.length() - plural.length()) + irregular.getValue();
            }
        }
        return word;
    }

    /**
     * An S-stem without the "e" of a sibilant plural ("processe" → "process"), and without the "s"
     * the S-stemmer keeps after "ee", "ae" and "oe" ("trees" → "tree").
     */
    static String sibilantStem(String stem) {
        if (stem.length() > 4 && (stem.endsWith("ees") || stem.endsWith("aes") || stem.endsWith("oes"))) {
            return stem.substring(0, stem.length() - 1);
        }
        if (stem.endsWith("sse") || stem.endsWith("che") || stem.endsWith("she") || stem.endsWith("zze")
                || stem.endsWith("xe") && stem.length() > 3) {
            return stem.substring(0, stem.length() - 1);
        }
        return stem;
    }
}
