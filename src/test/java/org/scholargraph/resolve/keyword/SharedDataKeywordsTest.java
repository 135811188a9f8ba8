package org.scholargraph.resolve.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholargraph.ingest.Ingest;
import org.scholargraph.model.BibRecord;
import org.scholargraph.model.Corpus;
import org.scholargraph.model.Paper;
import org.scholargraph.model.Provenance;
import org.scholargraph.resolve.CorpusResolver;

/**
 * Keywords on every sample of {@code ../shared/data} (each file resolved on its own, and all of
 * them together) and on the saved pages of {@code ../shared/seeds}: derived keywords are whole
 * words and no stop words, singular and plural are one keyword, check tags and publication types
 * are subject categories.
 */
class SharedDataKeywordsTest {

    private static final Path SHARED = Path.of("..", "shared");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}]+");

    /** Each sample file's corpus, and "(all data)" and "(all seeds)" for the folders read at once. */
    private static final Map<String, Corpus> CORPORA = new LinkedHashMap<>();
    /** For each corpus, the papers none of whose records brought keywords. */
    private static final Map<String, Set<Integer>> DERIVED = new HashMap<>();
    /** For each corpus, the words of the keywords its sources gave (lower case). */
    private static final Map<String, Set<String>> SOURCE_WORDS = new HashMap<>();
    /** For each corpus, the keywords its sources gave, as written and not in capitals. */
    private static final Map<String, List<String>> RAW_KEYWORDS = new HashMap<>();
    private static EnglishLexicon words;

    @BeforeAll
    static void resolveEverySample() throws IOException {
        assumeTrue(Files.isDirectory(SHARED.resolve("data")) && Files.isDirectory(SHARED.resolve("seeds")),
                "../shared/data or ../shared/seeds is absent: these checks run on the real samples there");
        words = EnglishLexicon.get();
        for (String folder : List.of("data", "seeds")) {
            List<BibRecord> all = Ingest.defaults().read(List.of(SHARED.resolve(folder))).records();
            Map<Path, List<BibRecord>> byFile = new TreeMap<>();
            all.forEach(r -> byFile.computeIfAbsent(r.source().file(), f -> new ArrayList<>()).add(r));
            byFile.forEach((file, records) -> add(file.getFileName().toString(), records));
            add("(all " + folder + ")", all);
        }
    }

    private static void add(String name, List<BibRecord> records) {
        Corpus corpus = CorpusResolver.resolve(records);
        // A file of one paper with its references and citations (Semantic Scholar) has many records at
        // one place: a paper's records are those at its sources with its title.
        Map<Provenance, List<BibRecord>> bySource = new HashMap<>();
        records.forEach(r -> bySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r));
        Set<Integer> derived = new HashSet<>();
        for (Paper paper : corpus.papers()) {
            boolean ownKeywords = paper.sources().stream().flatMap(s -> bySource.get(s).stream())
                    .anyMatch(r -> r.title().equalsIgnoreCase(paper.title()) && !r.keywords().isEmpty());
            if (!ownKeywords) {
                derived.add(paper.index());
            }
        }
        Set<String> sourceWords = new HashSet<>();
        records.forEach(r -> r.keywords().forEach(k -> LETTERS.matcher(k).results()
                .forEach(m -> sourceWords.add(m.group().toLowerCase(Locale.ROOT)))));
        SOURCE_WORDS.put(name, sourceWords);
        RAW_KEYWORDS.put(name, records.stream().flatMap(r -> r.keywords().stream())
                .filter(k -> k.chars().anyMatch(Character::isLowerCase)).toList());
        CORPORA.put(name, corpus);
        DERIVED.put(name, derived);
    }

    @Test
    void samplesWereRead() {
        assertTrue(CORPORA.size() >= 25, CORPORA.keySet().toString());
        int derivedKeywords = 0;
        for (String name : CORPORA.keySet()) {
            for (int p : DERIVED.get(name)) {
                derivedKeywords += CORPORA.get(name).paper(p).keywords().size();
            }
        }
        assertTrue(derivedKeywords > 500, "derived keywords: " + derivedKeywords);
        assertTrue(words.size() > 80_000, "WordNet lemmas: " + words.size());
    }

    @Test
    void noDerivedKeywordHoldsAStopWordOfItsTextsLanguage() {
        List<String> failures = new ArrayList<>();
        forEachDerivedKeyword((name, paper, keyword) -> {
            // the language the title and abstract are read in, with English's stop words
            Set<String> languages = new HashSet<>(List.of("en", TextLanguages.detect(paper.title() + ". " + paper.abstractText())));
            // but for a fixed Latin expression ("a priori estimates", "in situ observations"), kept whole
            String outsideFixedExpressions = " " + keyword.toLowerCase(Locale.ROOT) + " ";
            for (String expression : RakeKeyPhrases.FIXED_EXPRESSIONS) {
                outsideFixedExpressions = outsideFixedExpressions.replace(" " + expression + " ", " ");
            }
            for (String word : SPACE.split(outsideFixedExpressions.strip())) {
                for (String language : languages) {
                    if (TextLanguages.isStopWord(language, word.toLowerCase(Locale.ROOT))) {
                        failures.add(name + " " + paper.id() + ": '" + keyword + "' has the " + language + " stop word " + word);
                    }
                }
            }
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void everyWordOfADerivedKeywordIsAWholeWord() {
        // A word is whole when WordNet knows it (or an inflection of it), or when it is written so in
        // the title or abstract of a paper that carries the keyword, or in a keyword a source gave
        // (the form shown for a concept may come from another paper): names and acronyms ("DeePMD",
        // "Kokkos") are in no dictionary but are in the text, where a cut stem ("kokko") is not.
        List<String> failures = new ArrayList<>();
        int[] checked = new int[2]; // [in WordNet, only in the text]
        forEachDerivedKeyword((name, paper, keyword) -> {
            var matcher = LETTERS.matcher(keyword);
            while (matcher.find()) {
                String word = matcher.group();
                if (words.isWord(word)) {
                    checked[0]++;
                } else if (writtenInCarrier(CORPORA.get(name), keyword, word)
                        || SOURCE_WORDS.get(name).contains(word.toLowerCase(Locale.ROOT))) {
                    checked[1]++;
                } else {
                    failures.add(name + " " + paper.id() + ": '" + keyword + "' has '" + word + "'");
                }
            }
        });
        assertEquals(List.of(), failures);
        assertTrue(checked[0] > 4 * checked[1], "in WordNet " + checked[0] + ", only in the text " + checked[1]);
    }

    @Test
    void theWordsAHandWrittenLemmatizerCutShortAreWhole() {
        // Cut once to "branching processe", "classe", "d0l power sery", "daubechy", "kokko",
        // "implicit bia" and "monge-amp" + "ere"; each was read in these texts by hand
        Set<String> derived = new HashSet<>();
        Set<String> all = new HashSet<>();
        forEachDerivedKeyword((name, paper, keyword) -> derived.add(keyword));
        CORPORA.values().forEach(c -> c.papers().forEach(p -> all.addAll(p.keywords())));
        for (String whole : List.of("branching processes", "hypothesis classes", "rational D0L power series",
                "daubechies wavelet transform", "implicit bias", "Monge-Ampère equation")) {
            assertTrue(derived.contains(whole), whole + " among the derived keywords");
        }
        assertTrue(all.contains("Kokkos"), "Kokkos as written");
        for (String cut : List.of("branching processe", "classe", "d0l power sery", "daubechy", "kokko", "implicit bia",
                "monge-amp", "ere", "deep learning require", "learning require rethinking")) {
            assertTrue(all.stream().noneMatch(k -> k.equalsIgnoreCase(cut) || k.toLowerCase(Locale.ROOT).endsWith(" " + cut)),
                    cut + " is no keyword");
        }
    }

    @Test
    void singularAndPluralAreOneKeyword() {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, Corpus> entry : CORPORA.entrySet()) {
            Set<String> keywords = new HashSet<>();
            entry.getValue().papers().forEach(p -> p.keywords().forEach(k -> keywords.add(k.toLowerCase(Locale.ROOT))));
            for (String keyword : keywords) {
                for (String plural : plurals(keyword)) {
                    if (keywords.contains(plural)) {
                        pairs.add(entry.getKey() + ": " + keyword + " / " + plural);
                    }
                }
            }
        }
        assertEquals(List.of(), pairs);
    }

    @Test
    void checkTagsAndPublicationTypesAreSubjectCategoriesNotKeywords() {
        Set<String> boilerplate = Set.of("humans", "animals", "female", "male", "aged", "adult", "middle aged",
                "article", "review", "cs.se", "cs.lg");
        List<String> found = new ArrayList<>();
        Map<String, Integer> asCategory = new TreeMap<>();
        for (Map.Entry<String, Corpus> entry : CORPORA.entrySet()) {
            for (Paper paper : entry.getValue().papers()) {
                paper.keywords().stream().filter(k -> boilerplate.contains(k.toLowerCase(Locale.ROOT)))
                        .forEach(k -> found.add(entry.getKey() + " " + paper.id() + ": " + k));
                if (entry.getKey().startsWith("(all data")) {
                    paper.subjectCategories().forEach(c -> asCategory.merge(c.toLowerCase(Locale.ROOT), 1, Integer::sum));
                }
            }
        }
        assertEquals(List.of(), found);
        // MEDLINE's "Humans" on most of its 335 records, Scopus's "article" and arXiv's "cs.SE" are there
        assertTrue(asCategory.getOrDefault("humans", 0) > 100, asCategory.toString());
        assertTrue(asCategory.getOrDefault("article", 0) > 20, asCategory.toString());
        assertTrue(asCategory.getOrDefault("cs.se", 0) > 20, asCategory.toString());
    }

    @Test
    void aWordOfEnglishInCapitalsIsShownSoOnlyWhereMixedCaseTextWritesItSo() {
        // Web of Science's keyword fields and some index terms are all in capitals ("TOTAL REFLECTION",
        // "LAW"): shown so, a word of English stays in capitals only as an acronym that a title, an
        // abstract or a keyword in mixed case writes in capitals too ("DNA", "GRASP", "REST")
        List<String> failures = new ArrayList<>();
        int[] capitalKeywords = new int[1];
        for (Map.Entry<String, Corpus> entry : CORPORA.entrySet()) {
            Set<String> inCapitals = new HashSet<>();
            for (Paper paper : entry.getValue().papers()) {
                List<String> texts = new ArrayList<>(List.of(paper.abstractText()));
                if (paper.title().chars().anyMatch(Character::isLowerCase)) {
                    texts.add(paper.title());
                }
                texts.addAll(RAW_KEYWORDS.get(entry.getKey()));
                for (String text : texts) {
                    if (text.chars().anyMatch(Character::isLowerCase)) {
                        LETTERS.matcher(text).results().map(m -> m.group())
                                .filter(w -> w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))).forEach(inCapitals::add);
                    }
                }
            }
            Set<String> keywords = new HashSet<>();
            entry.getValue().papers().forEach(p -> keywords.addAll(p.keywords()));
            for (String keyword : keywords) {
                boolean capitals = keyword.chars().noneMatch(Character::isLowerCase);
                capitalKeywords[0] += capitals ? 1 : 0;
                LETTERS.matcher(keyword).results().map(m -> m.group())
                        .filter(w -> w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && words.isLemma(w))
                        .filter(w -> !inCapitals.contains(w))
                        .forEach(w -> failures.add(entry.getKey() + ": '" + keyword + "' has '" + w + "'"));
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(capitalKeywords[0] > 100, "keywords in capitals (acronyms): " + capitalKeywords[0]);
    }

    /** The plural forms of a phrase's last word by the regular rules of English. */
    private static List<String> plurals(String keyword) {
        List<String> plurals = new ArrayList<>(List.of(keyword + "s", keyword + "es"));
        if (keyword.endsWith("y")) {
            plurals.add(keyword.substring(0, keyword.length() - 1) + "ies");
        }
        return plurals;
    }

    private static boolean writtenInCarrier(Corpus corpus, String keyword, String word) {
        Pattern whole = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (Paper paper : corpus.papers()) {
            if (paper.keywords().contains(keyword)) {
                String text = TexAccents.toUnicode(paper.title() + " " + paper.abstractText());
                if (whole.matcher(text).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private interface KeywordCheck {
        void check(String corpusName, Paper paper, String keyword);
    }

    private static void forEachDerivedKeyword(KeywordCheck check) {
        for (Map.Entry<String, Corpus> entry : CORPORA.entrySet()) {
            for (int p : DERIVED.get(entry.getKey())) {
                Paper paper = entry.getValue().paper(p);
                for (String keyword : paper.keywords()) {
                    check.check(entry.getKey(), paper, keyword);
                }
            }
        }
    }
}
