package org.scholargraph.resolve.keyword;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.scholargraph.resolve.keyword.WordAnalysis.Word;

/**
 * Key phrases of a paper's title and abstract by RAKE (Rose, Engel, Cramer and Cowley, "Automatic
 * keyword extraction from individual documents", in <i>Text Mining: Applications and Theory</i>,
 * Wiley, 2010).
 *
 * <p>The text is cut into candidate phrases at stop words, numbers, one-letter words (unless a
 * hyphen binds them: "k-means"), TeX formulas and punctuation (a hyphen inside a compound,
 * "small-world", does not cut); TeX accents are read as the letters they make ({@link TexAccents}). Each word is
 * scored deg(w)/freq(w): freq counts its occurrences in candidates, deg adds the lengths of the
 * candidates it occurs in; a phrase scores the sum of its words' scores. Words and phrases are
 * matched by their stems ({@link WordAnalysis}), so "networks" and "network" count as one, and shown
 * as first written (title first).
 *
 * <p>The variant chosen, for short texts of one paper: stop words are those of the language detected
 * for the title and abstract, always with English's (a German title may come with an English
 * abstract); candidates of more than
 * {@link #MAX_PHRASE_WORDS} words are lists, not phrases, and are not kept; a phrase must occur in the
 * title or at least twice, since a phrase seen once in an abstract is as often chance as topic; a
 * phrase made only of words from {@link #GENERIC_WORDS} ("effect", "role", "model", "basic
 * framework", "current work") is too general, and a one-word phrase outside the title must occur
 * {@link #MIN_SINGLE_WORD_COUNT} times unless it is an acronym; a past participle that ends a phrase
 * ("Banach spaces associated [with]", "energy consumed [by]") begins the clause after a noun phrase,
 * not the phrase, and is cut off, and a participle alone ("Unified", "observed") is no phrase (a
 * word of five letters or more ending in "-ed" but not "-eed", in any case, not bound by a hyphen:
 * RAKE knows no parts of speech, and this is the commonest way a verb ends its candidates in titles
 * and abstracts); the other verbs the stop words miss are those WordNet knows only as verbs
 * ({@link EnglishLexicon}), cut where a clause opens or a subject meets its verb (see
 * {@code addWithoutVerbs}); the Latin expressions of {@link #FIXED_EXPRESSIONS} are kept whole, and a
 * dash between spaces and a Roman numeral cut like punctuation and numbers;
 * a phrase that occurs only inside a kept longer one adds nothing; at most {@link #MAX_PHRASES}
 * are kept, best first (score, then occurrences, then the stems alphabetically). Runs in time
 * linear in the text; the result depends on the text alone.
 */
public final class RakeKeyPhrases {

    /** Most words in a key phrase; a hyphenated compound ("high-dimensional") is one word. */
    public static final int MAX_PHRASE_WORDS = 4;

    /** Most key phrases kept from one paper. */
    public static final int MAX_PHRASES = 6;

    /** How often a single word not in the title must occur to be kept, unless it is an acronym ("PDE", "GAN"). */
    public static final int MIN_SINGLE_WORD_COUNT = 3;

    /** Words that say too little to be a key phrase alone, though they may be part of one. */
    public static final Set<String> GENERIC_WORDS = Set.of(
            "effect", "role", "property", "application", "accurate", "method", "model", "analysis", "approach",
            "problem", "system", "result", "case", "example", "aspect", "process", "algorithm", "theory", "data",
            "time", "number", "order", "type", "form", "level", "use", "way", "question", "issue", "task", "study",
            "work", "paper", "article", "review", "research", "impact", "performance", "development", "design",
            "framework", "structure", "function", "value", "term", "part", "field", "area", "state", "change",
            "need", "point", "feature", "power", "condition", "important", "efficient", "accuracy", "efficiency",
            "quality", "high", "low", "large", "small", "good", "simple", "general", "specific", "main", "key",
            "basic", "common", "novel", "new", "different", "possible", "technique", "sense", "nature", "concept",
            "solution", "variable", "phenomenon", "capability", "dimension", "optimal", "estimate", "class", "group",
            "end", "series", "set", "step", "range", "kind", "category", "component", "factor", "element",
            "characteristic", "challenge", "advantage", "limitation", "understanding", "insight", "evidence",
            "finding", "observation", "experiment", "test", "measure", "parameter", "variety", "amount", "rate",
            "fact", "idea", "goal", "purpose", "context", "scenario", "overview", "investigation", "evaluation",
            "discovery", "necessary", "introduction", "probing", "perspective", "consideration", "assessment",
            "current", "present", "recent", "previous", "existing", "various", "several", "further");

    /**
     * Fixed Latin expressions whose first word is a stop word ("a", "in", "de"): each is one word of a
     * phrase ("a priori estimates", "in situ observations") rather than a cut that leaves half of it
     * ("priori estimates"), and is no phrase alone. "et al." needs no entry: both its words are stop words.
     */
    public static final List<String> FIXED_EXPRESSIONS = List.of("a priori", "a posteriori", "a fortiori", "ad hoc",
            "de novo", "de facto", "in vivo", "in vitro", "in situ", "in silico", "in utero", "ex vivo", "ex situ",
            "per se", "vice versa");

    /** The first words of the {@link #FIXED_EXPRESSIONS} ("a", "in", "de"). */
    private static final Set<String> EXPRESSION_FIRST_WORDS = FIXED_EXPRESSIONS.stream()
            .map(e -> e.substring(0, e.indexOf(' '))).collect(Collectors.toUnmodifiableSet());

    /** Words before which a verb's base form is an infinitive: "to", and the modal verbs. */
    private static final Set<String> INFINITIVE_MARKERS = Set.of("to", "can", "could", "may", "might", "must",
            "shall", "should", "will", "would");

    /**
     * Words after which a present participle is a gerund taking an object: "for" of purpose ("for
     * optimizing deep neural networks"); after "in", "by" or "of" it is as often an adjective ("in
     * evolving current sheets"), and stays.
     */
    private static final Set<String> GERUND_MARKERS = Set.of("for");

    /** Words that join a participle to another, rather than give it a complement ("archiving and sharing"). */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "nor", "versus", "vs");
    /** Words that open a noun phrase: an "-ing" word right before one takes it as its object. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its", "their",
            "our", "his", "her");

    private static final Pattern SPACE = Pattern.compile(" ");
    private static final Pattern TEX_MATH = Pattern.compile("\\$[^$]*\\$");
    /** A Roman numeral in capitals ("Part III"): a number, part of a phrase only where a hyphen binds it ("NSGA-II"). */
    static final Pattern ROMAN_NUMERAL = Pattern.compile("(?=[IVX])X{0,3}(IX|IV|V?I{0,3})");
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}{3,}(?<![eE])[eE][dD]");

    private final WordAnalysis analysis;

    /** An extractor matching words through {@code analysis}. */
    public RakeKeyPhrases(WordAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Key phrases of a title and an abstract, best first, as written in the text. */
    public List<String> keyPhrases(String title, String abstractText) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        List<List<String>> runs = new ArrayList<>();
        String plainTitle = withoutFormulas(TexAccents.toUnicode(title));
        String plainAbstract = withoutFormulas(TexAccents.toUnicode(abstractText));
        CharArraySet stops = stopWords(plainTitle + ". " + plainAbstract);
        collect(plainTitle, true, stops, candidates, runs);
        collect(plainAbstract, false, stops, candidates, runs);
        Map<String, int[]> wordStats = new HashMap<>(); // [freq, deg]
        for (List<String> run : runs) {
            for (String word : run) {
                int[] stats = wordStats.computeIfAbsent(word, w -> new int[2]);
                stats[0]++;
                stats[1] += run.size();
            }
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates.values()) {
            if (candidate.spacedWords > MAX_PHRASE_WORDS || !candidate.inTitle && candidate.count < 2) {
                continue;
            }
            if (GENERIC_WORDS.containsAll(candidate.words) || candidate.words.size() == 1
                    && !candidate.inTitle && candidate.count < MIN_SINGLE_WORD_COUNT && !isAcronym(candidate.shown)) {
                continue;
            }
            for (String word : candidate.words) {
                int[] stats = wordStats.get(word);
                candidate.score += (double) stats[1] / stats[0];
            }
            kept.add(candidate);
        }
        kept.sort(Comparator.<Candidate>comparingDouble(c -> -c.score).thenComparingInt(c -> -c.count)
                .thenComparing(c -> c.key));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : kept) {
            // the subsumption rule: "deep ritz" adds nothing when every occurrence is in "deep ritz method"
            boolean covered = chosen.stream().anyMatch(c -> c.count >= candidate.count
                    && (" " + c.key + " ").contains(" " + candidate.key + " "));
            if (!covered) {
                chosen.add(candidate);
            }
            if (chosen.size() == MAX_PHRASES) {
                break;
            }
        }
        return chosen.stream().map(c -> c.shown).toList();
    }

    /** Cuts a text into candidate phrases and adds them, and their word runs, to the counts. */
    private void collect(String plain, boolean inTitle, CharArraySet stops, Map<String, Candidate> candidates,
            List<List<String>> runs) {
        if (plain.isBlank()) {
            return;
        }
        List<Word> words = analysis.words(plain);
        int[] expressionWord = fixedExpressionWords(plain, words);
        boolean[] fixed = new boolean[words.size()];
        boolean[] phraseWord = phraseWords(plain, words, stops);
        EnglishLexicon.VerbForm[] verbs = new EnglishLexicon.VerbForm[words.size()];
        for (int i = 0; i < words.size(); i++) {
            fixed[i] = expressionWord[i] > 0;
            phraseWord[i] |= fixed[i];
        }
        for (int i = 0; i < words.size(); i++) {
            verbs[i] = phraseWord[i] ? verbForm(plain, words, fixed, i) : EnglishLexicon.VerbForm.NONE;
        }
        int runStart = -1;
        for (int i = 0; i <= words.size(); i++) {
            // an expression modifies what follows it ("in situ observations"), not what comes before ("measured in situ")
            boolean joined = i > 0 && i < words.size() && phraseWord[i] && phraseWord[i - 1] && expressionWord[i] != 1
                    && onlySpaceOrHyphen(plain, words.get(i - 1).end(), words.get(i).start());
            if (!joined) {
                if (runStart >= 0) {
                    addWithoutVerbs(plain, words, fixed, verbs, runStart, i, inTitle, candidates, runs);
                }
                runStart = i < words.size() && phraseWord[i] ? i : -1;
            }
        }
    }

    /**
     * Adds the noun phrases of a run of words, without the verbs RAKE's stop words do not know (see
     * {@link #verbForm}): a verb that opens a clause is cut off its start ("[to] automate REST API
     * testing", "Rethinking computer architecture", "[for] optimizing deep neural networks"), a verb that agrees with the word before it as its
     * subject ends the phrase there ("bounds depend", "deep learning requires rethinking
     * generalization"), and a participle that takes a complement, or ends in "-ed", is cut off the end
     * ("spectra resulting [from]", "Banach spaces associated [with]"). A run that is a fixed
     * expression alone ("in situ") or a verb alone is no phrase.
     */
    private void addWithoutVerbs(String text, List<Word> words, boolean[] fixed, EnglishLexicon.VerbForm[] verbs,
            int start, int end, boolean inTitle, Map<String, Candidate> candidates, List<List<String>> runs) {
        if (end - start == 1 && takesAnObject(text, words, start)) {
            return;
        }
        boolean clauseStart = opensClause(text, words, start, INFINITIVE_MARKERS);
        boolean gerundStart = clauseStart || opensClause(text, words, start, GERUND_MARKERS);
        while (start < end) {
            EnglishLexicon.VerbForm first = verbs[start];
            boolean finite = first == EnglishLexicon.VerbForm.BASE || first == EnglishLexicon.VerbForm.THIRD_PERSON;
            if (first == EnglishLexicon.VerbForm.THIRD_PERSON || finite && clauseStart
                    || first == EnglishLexicon.VerbForm.PRESENT_PARTICIPLE && gerundStart && start + 1 < end) {
                start++;
                clauseStart = finite;
                gerundStart = finite;
                continue;
            }
            int verb = -1;
            for (int i = start + 1; i < end && verb < 0; i++) {
                if (agreesWithSubject(text, words, verbs, i)) {
                    verb = i;
                }
            }
            int phraseEnd = verb < 0 ? end : verb;
            while (phraseEnd > start && (isTrailingParticiple(text, words, phraseEnd - 1)
                    || phraseEnd - start > 1 && takesComplement(text, words, verbs, phraseEnd - 1, end))) {
                phraseEnd--;
            }
            // a verb alone, or an adjective whose noun a stop word cut off ("Astrophysical [Study]"), is
            // no phrase; a word in capitals is an acronym or a name ("ALPINE", "RARE")
            boolean alone = phraseEnd - start == 1 && (verbs[start] != EnglishLexicon.VerbForm.NONE
                    || !fixed[start] && isAdjectiveAlone(text.substring(words.get(start).start(), words.get(start).end())));
            boolean onlyFixed = true;
            for (int i = start; i < phraseEnd; i++) {
                onlyFixed &= fixed[i];
            }
            if (phraseEnd > start && !alone && !onlyFixed) {
                add(text, words.subList(start, phraseEnd), fixed[start], inTitle, candidates, runs);
            }
            if (verb < 0) {
                return;
            }
            start = verb + 1;
            clauseStart = true;
            gerundStart = true;
        }
    }

    /** Whether a word written alone is an adjective and nothing else, and not in capitals (an acronym or a name). */
    private static boolean isAdjectiveAlone(String written) {
        return !written.equals(written.toUpperCase(Locale.ROOT)) && EnglishLexicon.get().isAdjectiveOnly(written);
    }

    /**
     * Whether word {@code i} is an "-ing" form right before a determiner, a gerund with its object
     * ("Breaking [the curse]", "Understanding [the generalization]"): a verb, not a noun, though
     * WordNet knows "breaking" and "understanding" as nouns too.
     */
    private static boolean takesAnObject(String text, List<Word> words, int i) {
        String written = text.substring(words.get(i).start(), words.get(i).end());
        if (i + 1 >= words.size() || !EnglishLexicon.get().isPresentParticiple(written)) {
            return false;
        }
        Word next = words.get(i + 1);
        return text.substring(words.get(i).end(), next.start()).isBlank()
                && DETERMINERS.contains(text.substring(next.start(), next.end()).toLowerCase(Locale.ROOT));
    }

    /**
     * The form of a word that can only be a verb ({@link EnglishLexicon#verbOnlyForm}), or NONE for a
     * word that is part of a compound or of a fixed expression, or written as an acronym or a name
     * ("SAT", "DeePMD"): only words written in lower case, with a capital first letter, or in capitals
     * of five letters or more (a capital title) are asked.
     */
    private static EnglishLexicon.VerbForm verbForm(String text, List<Word> words, boolean[] fixed, int i) {
        Word word = words.get(i);
        if (fixed[i] || word.number() || i > 0 && hyphenBetween(text, words.get(i - 1).end(), word.start())
                || i + 1 < words.size() && hyphenBetween(text, word.end(), words.get(i + 1).start())) {
            return EnglishLexicon.VerbForm.NONE;
        }
        String written = text.substring(word.start(), word.end());
        boolean capitals = true;
        boolean innerCapital = false;
        for (int c = 0; c < written.length(); c++) {
            char ch = written.charAt(c);
            if (!Character.isLetter(ch)) {
                return EnglishLexicon.VerbForm.NONE;
            }
            capitals &= Character.isUpperCase(ch);
            innerCapital |= c > 0 && Character.isUpperCase(ch);
        }
        if (capitals ? written.length() < 5 : innerCapital) {
            return EnglishLexicon.VerbForm.NONE;
        }
        return EnglishLexicon.get().verbOnlyForm(written);
    }

    /**
     * Whether word i is a finite verb whose subject is the word before it: a verb's base form after a
     * plural ("bounds depend"), its third person after a word that is not one ("learning requires").
     * "wavelet transform" and "data reuse" are no such pairs, and stay phrases.
     */
    private static boolean agreesWithSubject(String text, List<Word> words, EnglishLexicon.VerbForm[] verbs, int i) {
        EnglishLexicon.VerbForm form = verbs[i];
        if (form != EnglishLexicon.VerbForm.BASE && form != EnglishLexicon.VerbForm.THIRD_PERSON) {
            return false;
        }
        return isPlural(text, words.get(i - 1)) == (form == EnglishLexicon.VerbForm.BASE);
    }

    /** Whether a word is a plural: its stem is not the word as written, spelling aside ("bounds", "spectra"). */
    private static boolean isPlural(String text, Word word) {
        String written = text.substring(word.start(), word.end()).toLowerCase(Locale.ROOT);
        return !SpellingVariants.american(written).equals(word.key());
    }

    /**
     * Whether the last word of a phrase is a present participle that only a verb can be, after a
     * plural, and the text goes on with a word after it (its object or preposition: "spectra resulting
     * from", "particles interacting with"), not with punctuation or a conjunction: the clause after a
     * noun phrase. After a singular it is the head of a compound ("data archiving in ecology") and stays.
     */
    private static boolean takesComplement(String text, List<Word> words, EnglishLexicon.VerbForm[] verbs, int i,
            int runEnd) {
        if (verbs[i] != EnglishLexicon.VerbForm.PRESENT_PARTICIPLE || !isPlural(text, words.get(i - 1))) {
            return false;
        }
        if (i + 1 < runEnd) {
            return true;
        }
        if (i + 1 >= words.size() || words.get(i + 1).number()
                || !onlySpaceOrHyphen(text, words.get(i).end(), words.get(i + 1).start())) {
            return false;
        }
        Word next = words.get(i + 1);
        return !CONJUNCTIONS.contains(text.substring(next.start(), next.end()).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a clause may open at word i: at the start of the text or of a sentence (after ".", ":",
     * ";", "?", "!"), or after one of the markers ("to automate", "can detect", "for optimizing").
     */
    private static boolean opensClause(String text, List<Word> words, int i, Set<String> markers) {
        int c = words.get(i).start() - 1;
        while (c >= 0 && Character.isWhitespace(text.charAt(c))) {
            c--;
        }
        if (c < 0 || ".:;?!".indexOf(text.charAt(c)) >= 0) {
            return true;
        }
        if (i == 0 || words.get(i - 1).end() != c + 1) {
            return false;
        }
        String before = text.substring(words.get(i - 1).start(), words.get(i - 1).end()).toLowerCase(Locale.ROOT);
        return markers.contains(before);
    }

    /**
     * Which words belong to a fixed expression ({@link #FIXED_EXPRESSIONS}) written with spaces between
     * its words: 1 for its first word, 2 for its second, 0 for any other word.
     */
    private static int[] fixedExpressionWords(String text, List<Word> words) {
        int[] fixed = new int[words.size()];
        for (int i = 0; i + 1 < words.size(); i++) {
            Word a = words.get(i);
            Word b = words.get(i + 1);
            if (!EXPRESSION_FIRST_WORDS.contains(a.key()) || a.end() == b.start()
                    || !text.substring(a.end(), b.start()).isBlank()) {
                continue;
            }
            String pair = text.substring(a.start(), a.end()).toLowerCase(Locale.ROOT) + " "
                    + text.substring(b.start(), b.end()).toLowerCase(Locale.ROOT);
            if (FIXED_EXPRESSIONS.contains(pair) && fixed[i] == 0) {
                fixed[i] = 1;
                fixed[i + 1] = 2;
            }
        }
        return fixed;
    }

    /**
     * Which words may be part of a phrase: not stop words nor numbers (Roman numerals in capitals
     * too), starting with a letter, and longer than one letter; a hyphen makes any word part of its compound ("k-means", "trade-off"),
     * and a number part of the name it is bound to ("COVID-19").
     */
    private static boolean[] phraseWords(String text, List<Word> words, CharArraySet stops) {
        boolean[] phraseWord = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            boolean letters = !word.number() && Character.isLetter(text.charAt(word.start()))
                    && !ROMAN_NUMERAL.matcher(text.substring(word.start(), word.end())).matches();
            boolean boundToLetters = i + 1 < words.size() && hyphenBetween(text, word.end(), words.get(i + 1).start())
                    && isLetterWord(text, words.get(i + 1))
                    || i > 0 && hyphenBetween(text, words.get(i - 1).end(), word.start()) && isLetterWord(text, words.get(i - 1));
            boolean boundToAny = boundToLetters
                    || i + 1 < words.size() && hyphenBetween(text, word.end(), words.get(i + 1).start())
                    || i > 0 && hyphenBetween(text, words.get(i - 1).end(), word.start());
            if (!letters) {
                phraseWord[i] = boundToLetters; // "COVID-19", "T-10": a number that is part of a name
            } else if (boundToAny) {
                phraseWord[i] = true; // "trade-off", "state-of-the-art", "k-means": one word with its hyphens
            } else {
                String written = text.substring(word.start(), word.end()).toLowerCase(Locale.ROOT);
                phraseWord[i] = word.end() - word.start() > 1 && !stops.contains(written)
                        && !TextLanguages.isStopWord("en", word.key());
            }
        }
        return phraseWord;
    }

    /** "associated", "Consumed", "MODELLED": a word ending in "-ed" (not "-eed"), not in a compound. */
    private static boolean isTrailingParticiple(String text, List<Word> words, int i) {
        Word word = words.get(i);
        String written = text.substring(word.start(), word.end());
        return PARTICIPLE.matcher(written).matches()
                && !(i > 0 && hyphenBetween(text, words.get(i - 1).end(), word.start()));
    }

    private static boolean isLetterWord(String text, Word word) {
        return !word.number() && Character.isLetter(text.charAt(word.start()));
    }

    private static boolean hyphenBetween(String text, int from, int to) {
        return to == from + 1 && (text.charAt(from) == '-' || text.charAt(from) == '‐');
    }

    /**
     * Whether only spaces, a hyphen or a possessive ("Breiman's dilemma") stand between two words; a
     * hyphen with spaces on both sides is a dash between clauses ("Public Sector - Challenges"), and cuts.
     */
    private static boolean onlySpaceOrHyphen(String text, int from, int to) {
        int c = from;
        if (c + 1 < to && (text.charAt(c) == '\'' || text.charAt(c) == '’') && (text.charAt(c + 1) == 's')) {
            c += 2;
        }
        int afterPossessive = c;
        for (; c < to; c++) {
            char ch = text.charAt(c);
            boolean hyphen = ch == '-' || ch == '‐';
            if (!Character.isWhitespace(ch) && !hyphen) {
                return false;
            }
            if (hyphen && c > afterPossessive && c + 1 < to && Character.isWhitespace(text.charAt(c - 1))
                    && Character.isWhitespace(text.charAt(c + 1))) {
                return false;
            }
        }
        return true;
    }

    private static void add(String text, List<Word> run, boolean fixedStart, boolean inTitle,
            Map<String, Candidate> candidates, List<List<String>> runs) {
        List<String> keys = run.stream().map(Word::key).toList();
        runs.add(keys);
        String key = String.join(" ", keys);
        String shown = text.substring(run.get(0).start(), run.get(run.size() - 1).end()).replaceAll("\\s+", " ");
        if (fixedStart) {
            // "A Priori Estimates", "Ad Hoc Networks": a Latin expression is written in lower case, and
            // a capital first letter of its words is the title's
            String[] words = SPACE.split(shown, 3);
            for (int w = 0; w < 2; w++) {
                if (words[w].substring(1).chars().noneMatch(Character::isUpperCase)) {
                    words[w] = words[w].toLowerCase(Locale.ROOT);
                }
            }
            shown = String.join(" ", words);
        }
        String phrase = shown;
        Candidate candidate = candidates.computeIfAbsent(key, k -> new Candidate(k, keys, phrase,
                SPACE.split(phrase).length));
        candidate.count++;
        candidate.inTitle |= inTitle;
    }

    /** A word with a capital after its first letter: an acronym or a name written as its makers do. */
    private static boolean isAcronym(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The stop words of the text's language, with English's. */
    private static CharArraySet stopWords(String text) {
        String language = TextLanguages.detect(text);
        if (language.equals("en")) {
            return TextLanguages.stopWords("en");
        }
        CharArraySet both = new CharArraySet(TextLanguages.stopWords(language), false);
        both.addAll(TextLanguages.stopWords("en"));
        return both;
    }

    /** TeX formulas become full stops of the same length, so offsets stay and phrases end there. */
    private static String withoutFormulas(String text) {
        Matcher math = TEX_MATH.matcher(text);
        if (!math.find()) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text);
        do {
            for (int c = math.start(); c < math.end(); c++) {
                plain.setCharAt(c, '.');
            }
        } while (math.find());
        return plain.toString();
    }

    private static final class Candidate {
        final String key;
        final List<String> words;
        final String shown;
        final int spacedWords;
        int count;
        boolean inTitle;
        double score;

        Candidate(String key, List<String> words, String shown, int spacedWords) {
            this.key = key;
            this.words = words;
            this.shown = shown;
            this.spacedWords = spacedWords;
        }
    }
}
