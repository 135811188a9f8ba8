package org.scholargraph.resolve.keyword;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Words of a text as Lucene's analysis finds them: Unicode word boundaries (UAX #29, Lucene's
 * {@code StandardTokenizer}), English possessives removed, lower case, British spelling made American
 * ({@link SpellingVariants}), and plurals made singular ({@link EnglishPlurals}: Lucene's plural-only
 * S-stemmer of Harman 1991 with the plurals it misses: "processes", "PDEs", "matrices"). Krovetz's
 * KStem was tried and left: it keeps "nets", "costs", "orders" (verbs in its dictionary) and folds
 * "modelling" into "model". The stem is a matching key only: what is shown is always the text as
 * written, found by the token's offsets.
 *
 * <p>A concept key ({@link #conceptKey(String)}) joins the stems of a phrase without separators, so
 * case, hyphen or space ("small-world", "small world", "Small World"), singular or plural, and
 * British or American spelling give one key.
 *
 * <p>One instance per thread or shared: Lucene's analyser keeps its token streams per thread.
 */
public final class WordAnalysis implements AutoCloseable {

    /**
     * One word of a text.
     *
     * @param key the lower-case stem, for matching
     * @param start offset of the word's first character in the text
     * @param end offset after the word as written, its possessive ("'s") left out
     * @param number whether the word is a number
     */
    public record Word(String key, int start, int end, boolean number) {
    }

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new TermRewriting(stream, EnglishPlurals::acronymSingular);
            stream = new LowerCaseFilter(stream);
            stream = new TermRewriting(stream, w -> EnglishPlurals.irregularSingular(SpellingVariants.american(w)));
            stream = new EnglishMinimalStemFilter(stream);
            stream = new TermRewriting(stream, EnglishPlurals::sibilantStem);
            return new TokenStreamComponents(source, stream);
        }
    };

    /** The words of a text, in order. */
    public List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = withoutPossessive(text, start, offset.endOffset());
                words.add(new Word(term.toString(), start, end,
                        StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM].equals(type.type())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading text from memory failed", e);
        }
        return words;
    }

    /** The matching key of a phrase: its word stems joined without separators; empty when it has no word. */
    public String conceptKey(String phrase) {
        StringBuilder key = new StringBuilder();
        for (Word word : words(phrase)) {
            key.append(word.key());
        }
        return key.toString();
    }

    private static int withoutPossessive(String text, int start, int end) {
        if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            char apostrophe = text.charAt(end - 2);
            if (apostrophe == '\'' || apostrophe == '’' || apostrophe == '\uFF07') {
                return end - 2;
            }
        }
        return end;
    }

    @Override
    public void close() {
        analyzer.close();
    }

    /** A token filter that rewrites each term by a function of it. */
    private static final class TermRewriting extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final UnaryOperator<String> rewrite;

        TermRewriting(TokenStream input, UnaryOperator<String> rewrite) {
            super(input);
            this.rewrite = rewrite;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            String rewritten = rewrite.apply(word);
            if (!rewritten.equals(word)) {
                term.setEmpty().append(rewritten);
            }
            return true;
        }
    }
}
