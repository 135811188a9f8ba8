package org.scholargraph.resolve.keyword;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.Paper;

/**
 * One keyword per concept across the papers of a corpus. Keywords whose concept keys are equal
 * ({@link WordAnalysis#conceptKey(String)}: case, hyphen or space, singular or plural, British or
 * American spelling aside) become one keyword, shown in the form most papers write it; the other
 * forms are its variants.
 *
 * <p>Case is kept where it means something: in a keyword not all in capitals, a word with a
 * capital after its first letter ("DNA", "PDEs", "DeePMD") is an acronym or a name and stays as
 * written; a word with only a capital first letter is lower-cased unless the corpus writes it
 * capitalised in the middle of sentences more often than in lower case ("Markov", "Leiden"), the
 * mark of a proper name: title-case keyword lists and titles ("Complex Networks", "Humans") say
 * nothing about that. A keyword all in capitals ("TOTAL REFLECTION", "DNA REPAIR") takes the case of
 * its words elsewhere in the corpus ({@code capitalsCased}), and is shown so only when no source
 * writes its concept otherwise. Runs in time linear in the keywords and the text of titles and
 * abstracts.
 *
 * <p>The user's thesaurus comes first, exactly as written: a keyword whose label it lists, as a
 * source wrote it (spaces and edge punctuation tidied) or as {@code keywords.csv} shows that form
 * (capitals of a title-case list dropped, a keyword in capitals recased), is replaced by its replacement, kept as written, or
 * dropped when the replacement is empty; the folding then treats the replacement like any form.
 */
public final class KeywordVocabulary {

    /** Most letters of a word in capitals taken for an acronym when the corpus's text never writes it. */
    public static final int ACRONYM_MAX_LETTERS = 5;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}]*");
    private static final Pattern WORD_OR_SEPARATOR = Pattern.compile("\\p{L}[\\p{L}\\p{Nd}]*|[^\\p{L}]+|.");

    private final List<Paper> papers;
    private final Map<String, List<String>> variants;

    private KeywordVocabulary(List<Paper> papers, Map<String, List<String>> variants) {
        this.papers = papers;
        this.variants = variants;
    }

    /** Folds the keywords of papers (as written by sources or extracted) into one keyword per concept. */
    public static KeywordVocabulary of(List<Paper> papers, WordAnalysis analysis) {
        return of(papers, analysis, Map.of());
    }

    /**
     * Replaces keywords by the thesaurus, then folds them into one keyword per concept.
     *
     * @param thesaurus label → replacement ("" drops the keyword), labels and replacements as written
     */
    public static KeywordVocabulary of(List<Paper> papers, WordAnalysis analysis, Map<String, String> thesaurus) {
        Map<String, int[]> nameEvidence = nameEvidence(papers);
        Map<String, String> keyOfForm = new HashMap<>();
        Map<String, Map<String, Integer>> formsOfKey = new HashMap<>();
        Set<String> casedAsWritten = new HashSet<>(); // forms not recased from a keyword in capitals
        List<List<String>> keysOfPaper = new ArrayList<>(papers.size());
        for (Paper paper : papers) {
            List<String> keys = new ArrayList<>();
            Set<String> seenForms = new LinkedHashSet<>();
            for (String keyword : paper.keywords()) {
                String form = isAllCapitals(keyword) ? capitalsCased(keyword, nameEvidence) : caseKept(keyword, nameEvidence);
                if (!isAllCapitals(keyword) || form.equals(keyword)) {
                    casedAsWritten.add(form);
                }
                String replacement = thesaurus.isEmpty() ? null : thesaurus.getOrDefault(keyword, thesaurus.get(form));
                if (replacement != null) {
                    if (replacement.isEmpty()) {
                        continue;
                    }
                    form = replacement;
                    casedAsWritten.add(form);
                }
                String key = keyOfForm.computeIfAbsent(form, analysis::conceptKey);
                if (key.isEmpty()) {
                    continue;
                }
                if (!keys.contains(key)) {
                    keys.add(key);
                }
                if (seenForms.add(form)) {
                    formsOfKey.computeIfAbsent(key, k -> new TreeMap<>()).merge(form, 1, Integer::sum);
                }
            }
            keysOfPaper.add(keys);
        }
        Map<String, String> shownOfKey = new HashMap<>();
        Map<String, List<String>> variants = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> entry : formsOfKey.entrySet()) {
            Map<String, Integer> forms = entry.getValue();
            String shown = forms.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>, Boolean>comparing(e -> casedAsWritten.contains(e.getKey()))
                            .thenComparingInt(Map.Entry::getValue)
                            .thenComparing(e -> -uppercaseCount(e.getKey()))
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            shownOfKey.put(entry.getKey(), shown);
            Set<String> others = new TreeSet<>();
            Set<String> seenLower = new HashSet<>();
            seenLower.add(shown.toLowerCase(Locale.ROOT));
            for (String form : forms.keySet()) {
                if (seenLower.add(form.toLowerCase(Locale.ROOT))) {
                    others.add(form);
                }
            }
            if (!others.isEmpty()) {
                variants.put(shown, List.copyOf(others));
            }
        }
        List<Paper> folded = new ArrayList<>(papers.size());
        for (int p = 0; p < papers.size(); p++) {
            List<String> shown = keysOfPaper.get(p).stream().map(shownOfKey::get).distinct().toList();
            folded.add(shown.equals(papers.get(p).keywords()) ? papers.get(p) : papers.get(p).withKeywords(shown));
        }
        return new KeywordVocabulary(List.copyOf(folded), variants);
    }

    /** The papers with their keywords folded, in the order given. */
    public List<Paper> papers() {
        return papers;
    }

    /** For each keyword written more than one way, its other forms, sorted. */
    public Map<String, List<String>> variants() {
        return variants;
    }

    /** A keyword with capitals kept on acronyms and proper names and dropped elsewhere. */
    static String caseKept(String keyword, Map<String, int[]> nameEvidence) {
        StringBuilder kept = new StringBuilder(keyword.length());
        Matcher part = WORD_OR_SEPARATOR.matcher(keyword);
        while (part.find()) {
            String word = part.group();
            if (isInitialCapitalOnly(word)) {
                int[] evidence = nameEvidence.get(word.toLowerCase(Locale.ROOT));
                boolean properName = evidence != null && evidence[0] > evidence[1];
                kept.append(properName ? word : word.toLowerCase(Locale.ROOT));
            } else {
                kept.append(word);
            }
        }
        return kept.toString();
    }

    /**
     * A keyword written all in capitals ("MACHINE LEARNING", "DNA REPAIR"), as Web of Science's keyword
     * fields and some index terms are, in the case its words take elsewhere in the corpus: an acronym
     * stays as written ({@link #isAcronym}), and so does a short name bound to a number ("IL-10"); a
     * word the corpus writes capitalised in mid-sentence more often than in lower case keeps its first
     * capital ("Gaussian"); any other word is lower case. A concept that some source writes otherwise
     * is shown in that form instead (see {@link #of}).
     */
    static String capitalsCased(String keyword, Map<String, int[]> evidence) {
        StringBuilder cased = new StringBuilder(keyword.length());
        Matcher part = WORD_OR_SEPARATOR.matcher(keyword);
        while (part.find()) {
            String word = part.group();
            boolean boundToNumber = word.length() <= ACRONYM_MAX_LETTERS && part.end() + 1 < keyword.length()
                    && keyword.charAt(part.end()) == '-' && Character.isDigit(keyword.charAt(part.end() + 1));
            boolean prefix = part.end() + 1 < keyword.length() && keyword.charAt(part.end()) == '-'
                    && Character.isLetter(keyword.charAt(part.end() + 1));
            if (!Character.isLetter(word.charAt(0)) || boundToNumber || isAcronym(word, prefix, evidence)) {
                cased.append(word);
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            int[] counts = evidence.getOrDefault(lower, new int[4]);
            cased.append(counts[0] > counts[1] + counts[3] ? word.charAt(0) + lower.substring(1) : lower);
        }
        return cased.toString();
    }

    /**
     * Whether a word of a keyword in capitals is an acronym and stays so ("DNA", "PCR", "MCDA",
     * "ELECTRE", "III"): a word with a digit, a Roman numeral, a word that the corpus's mixed-case text
     * (titles, abstracts, keywords not in capitals) writes in capitals at least as often as otherwise,
     * or, when that text never has it, a word of at most {@link #ACRONYM_MAX_LETTERS} letters that is
     * no English word ({@link EnglishLexicon}: "SVM", "MCDA"; not "LAW", nor the longer "PLASMON"; and
     * before a hyphen, not the prefix of a compound of WordNet either: "MULTI-FLUID").
     */
    static boolean isAcronym(String word, boolean beforeHyphen, Map<String, int[]> evidence) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        if (word.length() == 1 || RakeKeyPhrases.ROMAN_NUMERAL.matcher(word).matches()) {
            return true;
        }
        int[] counts = evidence.getOrDefault(word.toLowerCase(Locale.ROOT), new int[4]);
        if (counts[0] + counts[1] + counts[2] + counts[3] > 0) {
            return counts[2] >= counts[0] + counts[1] + counts[3];
        }
        EnglishLexicon english = EnglishLexicon.get();
        return word.length() <= ACRONYM_MAX_LETTERS && !english.isLemma(word) && !(beforeHyphen && english.isWord(word));
    }

    /** Whether a keyword has letters and none of them in lower case ("MACHINE LEARNING", "DNA", "IL-10"). */
    static boolean isAllCapitals(String keyword) {
        boolean letters = false;
        for (int i = 0; i < keyword.length(); i++) {
            char c = keyword.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /**
     * For each word that a keyword writes with only its first letter capital or all in capitals: how
     * often titles and abstracts write it with only its first letter capital in mid-sentence [0], in
     * lower case [1] and in capitals [2], and how often title-case titles and keywords not in capitals
     * write it in lower case [3] (a keyword list in lower case says nothing of proper names) or in
     * capitals [2]. Titles in capitals are left out.
     */
    private static Map<String, int[]> nameEvidence(List<Paper> papers) {
        Map<String, int[]> evidence = new HashMap<>();
        for (Paper paper : papers) {
            for (String keyword : paper.keywords()) {
                boolean capitals = isAllCapitals(keyword);
                Matcher word = WORD.matcher(keyword);
                while (word.find()) {
                    if (capitals || isInitialCapitalOnly(word.group())) {
                        evidence.putIfAbsent(word.group().toLowerCase(Locale.ROOT), new int[4]);
                    }
                }
            }
        }
        if (evidence.isEmpty()) {
            return evidence;
        }
        for (Paper paper : papers) {
            if (!isAllCapitals(paper.title())) {
                count(TexAccents.toUnicode(paper.title()), !isTitleCase(paper.title()), evidence);
            }
            count(TexAccents.toUnicode(paper.abstractText()), true, evidence);
            for (String keyword : paper.keywords()) {
                if (!isAllCapitals(keyword)) {
                    Matcher word = WORD.matcher(keyword);
                    while (word.find()) {
                        int[] counts = evidence.get(word.group().toLowerCase(Locale.ROOT));
                        if (counts != null && !isInitialCapitalOnly(word.group())) {
                            counts[isAllCapitals(word.group()) ? 2 : 3]++;
                        }
                    }
                }
            }
        }
        return evidence;
    }

    /** Counts the forms of words in a text; a capital first letter only where {@code capitalsMeanNames}. */
    private static void count(String text, boolean capitalsMeanNames, Map<String, int[]> evidence) {
        Matcher word = WORD.matcher(text);
        int previousEnd = -1;
        while (word.find()) {
            String w = word.group();
            int[] counts = evidence.get(w.toLowerCase(Locale.ROOT));
            if (counts != null) {
                if (Character.isLowerCase(w.charAt(0))) {
                    counts[capitalsMeanNames ? 1 : 3]++;
                } else if (w.length() > 1 && isAllCapitals(w)) {
                    counts[2]++;
                } else if (capitalsMeanNames && previousEnd >= 0 && isInitialCapitalOnly(w) && !sentenceEndsBetween(text, previousEnd, word.start())) {
                    counts[0]++;
                }
            }
            previousEnd = word.end();
        }
    }


    private static boolean sentenceEndsBetween(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == '"' || ch == '“' || ch == '(' || ch == '\n') {
                return true;
            }
        }
        return false;
    }

    /** A title most of whose longer words start with a capital says nothing about proper names. */
    private static boolean isTitleCase(String title) {
        Matcher word = WORD.matcher(title);
        int capital = 0;
        int lower = 0;
        while (word.find()) {
            if (word.group().length() > 3) {
                if (Character.isLowerCase(word.group().charAt(0))) {
                    lower++;
                } else {
                    capital++;
                }
            }
        }
        return capital > 2 * lower;
    }

    private static boolean isInitialCapitalOnly(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return word.length() > 1 && Character.isLetter(word.charAt(0));
    }

    private static int uppercaseCount(String form) {
        int n = 0;
        for (int i = 0; i < form.length(); i++) {
            n += Character.isUpperCase(form.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
