package org.scholargraph.resolve.keyword;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * The languages whose titles and abstracts key phrases are taken from: each with Lucene's stop words
 * for it, and a detector that tells which one a text is in.
 *
 * <p>Detection is Optimaize's n-gram language detector (the method of Shuyo's language-detection:
 * character 1- to 3-gram profiles and a naive Bayes vote), limited to the languages listed here so
 * that it never answers a language whose stop words are unknown, and run on the first
 * {@link #DETECTED_CHARACTERS} characters of a text. It costs about a millisecond a text on a busy
 * machine, so a text that is plainly English by its function words ({@link #isPlainlyEnglish}) is
 * not given to it. A text it cannot tell (too short, mixed) counts as English, the language of most
 * records.
 * English stop words are Snowball's list with Lucene's English analyser's, plus the stock words of
 * abstracts ("propose", "results", "paper") that say nothing of a topic.
 *
 * <p>Immutable once built, and safe to share between threads.
 */
public final class TextLanguages {

    /** How much of a text the detector reads. */
    public static final int DETECTED_CHARACTERS = 400;

    /** Share of English function words above which a text is English without asking the detector. */
    public static final double ENGLISH_FUNCTION_WORD_SHARE = 0.2;

    /** The language of texts the detector cannot tell. */
    public static final String FALLBACK_LANGUAGE = "en";

    /** Words of abstracts that carry no topic in any field; they end a key phrase like a stop word. */
    static final List<String> ENGLISH_STOCK_WORDS = List.of((""
            + "able achieve achieved achieves address addressed addresses allow allowed allows almost already also "
            + "although always among apply applied applies approach approaches based better certain clearly consider "
            + "considered considering demonstrate demonstrated demonstrates describe described describes develop "
            + "developed develops different discuss discussed due e.g et etc establish established even existing "
            + "first found furthermore given however i.e improve improved improves include includes including indeed "
            + "introduce introduced introduces known less mainly moreover much namely new novel obtain obtained "
            + "often paper particular particularly perhaps present presented presents previously propose proposed "
            + "proposes provide provided provides rather recent recently respectively result results second several "
            + "show showed shown shows significantly since still study studied studies suggest suggests "
            + "therefore thus together toward towards upon us use used uses using various via well whereas "
            + "whether within without yet al can may might must shall will would could especially typically "
            + "generally usually finally largely highly widely mostly simply easily directly strongly solve solves "
            + "solved solving throughout near across around along beyond despite amid amongst alongside "
            + "nearly less least concerning regarding").split(" "));

    private static final Map<String, CharArraySet> STOP_WORDS = stopWords();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * The detector, loaded on first use (its 17 profiles take seconds to read): a corpus in English
     * never needs it. Immutable once built.
     */
    private static final class Detector {
        static final LanguageDetector INSTANCE = detector();
    }

    private TextLanguages() {
    }

    /** The language codes with stop words, English first. */
    public static List<String> languages() {
        return List.copyOf(STOP_WORDS.keySet());
    }

    /** The stop words of a language (lower case), empty for a language not listed. */
    public static CharArraySet stopWords(String language) {
        return STOP_WORDS.getOrDefault(language, CharArraySet.EMPTY_SET);
    }

    /** Whether a lower-case word is a stop word of a language. */
    public static boolean isStopWord(String language, String lowerCaseWord) {
        return stopWords(language).contains(lowerCaseWord);
    }

    /** The language of a text ("en", "de", …), {@link #FALLBACK_LANGUAGE} when it cannot be told. */
    public static String detect(CharSequence text) {
        if (text.length() == 0) {
            return FALLBACK_LANGUAGE;
        }
        CharSequence head = text.length() > DETECTED_CHARACTERS ? text.subSequence(0, DETECTED_CHARACTERS) : text;
        if (isPlainlyEnglish(head)) {
            return "en";
        }
        com.google.common.base.Optional<LdLocale> found = Detector.INSTANCE.detect(head);
        return found.isPresent() ? found.get().getLanguage() : FALLBACK_LANGUAGE;
    }

    /**
     * Whether at least {@link #ENGLISH_FUNCTION_WORD_SHARE} of a text's words (of twelve or more) are
     * English function words (Snowball's list), and at most a tenth as many are another language's
     * ("de novo", "van der Waals" are English too). Running English prose has
     * about 40 % of them, other languages far fewer, so an English abstract, the common case, is
     * told in microseconds; titles and the rest go to the n-gram detector.
     */
    static boolean isPlainlyEnglish(CharSequence text) {
        Matcher word = WORD.matcher(text);
        int words = 0;
        int english = 0;
        int foreign = 0;
        CharArraySet stops = STOP_WORDS.get("en");
        while (word.find()) {
            words++;
            String w = word.group().toLowerCase(Locale.ROOT);
            if (ENGLISH_FUNCTION_WORDS.contains(w)) {
                english++;
            } else if (FOREIGN_FUNCTION_WORDS.contains(w) && !stops.contains(w)) {
                foreign++;
            }
        }
        return words >= 12 && english >= ENGLISH_FUNCTION_WORD_SHARE * words && 10 * foreign <= english;
    }

    private static final CharArraySet ENGLISH_FUNCTION_WORDS = snowball("english_stop.txt");
    private static final CharArraySet FOREIGN_FUNCTION_WORDS = foreignFunctionWords();

    /** Function words of the other languages that are none of English's ("und", "les", "della"). */
    private static CharArraySet foreignFunctionWords() {
        CharArraySet foreign = new CharArraySet(1000, false);
        STOP_WORDS.forEach((language, words) -> {
            if (!language.equals("en")) {
                foreign.addAll(words);
            }
        });
        return foreign;
    }

    private static Map<String, CharArraySet> stopWords() {
        Map<String, CharArraySet> sets = new LinkedHashMap<>();
        CharArraySet english = new CharArraySet(snowball("english_stop.txt"), false);
        english.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        english.addAll(ENGLISH_STOCK_WORDS);
        sets.put("en", CharArraySet.unmodifiableSet(english));
        sets.put("de", GermanAnalyzer.getDefaultStopSet());
        sets.put("fr", FrenchAnalyzer.getDefaultStopSet());
        sets.put("es", SpanishAnalyzer.getDefaultStopSet());
        sets.put("it", ItalianAnalyzer.getDefaultStopSet());
        sets.put("pt", PortugueseAnalyzer.getDefaultStopSet());
        sets.put("nl", DutchAnalyzer.getDefaultStopSet());
        sets.put("sv", SwedishAnalyzer.getDefaultStopSet());
        sets.put("da", DanishAnalyzer.getDefaultStopSet());
        sets.put("no", NorwegianAnalyzer.getDefaultStopSet());
        sets.put("fi", FinnishAnalyzer.getDefaultStopSet());
        sets.put("ru", RussianAnalyzer.getDefaultStopSet());
        sets.put("hu", HungarianAnalyzer.getDefaultStopSet());
        sets.put("ro", RomanianAnalyzer.getDefaultStopSet());
        sets.put("tr", TurkishAnalyzer.getDefaultStopSet());
        sets.put("cs", CzechAnalyzer.getDefaultStopSet());
        sets.put("ca", CatalanAnalyzer.getDefaultStopSet());
        return sets;
    }

    private static CharArraySet snowball(String resource) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Lucene's " + resource + " is missing from the class path");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return WordlistLoader.getSnowballWordSet(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LanguageDetector detector() {
        List<LdLocale> locales = new ArrayList<>();
        for (String code : STOP_WORDS.keySet()) {
            locales.add(LdLocale.fromString(code));
        }
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(locales);
            return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles of the detector cannot be read", e);
        }
    }
}
