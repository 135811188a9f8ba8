package org.scholargraph.resolve.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Key phrases of hand-made titles and abstracts. */
class RakeKeyPhrasesTest {

    private static final WordAnalysis ANALYSIS = new WordAnalysis();
    private static final RakeKeyPhrases RAKE = new RakeKeyPhrases(ANALYSIS);

    @AfterAll
    static void close() {
        ANALYSIS.close();
    }

    @Test
    void aPastParticipleAfterANounPhraseIsCutOffIt() {
        // "associated" and "consumed" begin the clause after the phrase; "model-based" and "speed" are no
        // participles; best RAKE score first (two-word phrases score 4, "energy" 1), shown as written
        assertEquals(List.of("Banach spaces", "neural networks"),
                RAKE.keyPhrases("Banach spaces associated with neural networks", ""));
        assertEquals(List.of("Model-based testing", "processor speed", "energy"),
                RAKE.keyPhrases("Model-based testing of the energy consumed by processor speed", ""));
    }

    @Test
    void aParticipleInATitleCaseTitleIsCutToo() {
        // title case and capitals as titles write them; a participle alone ("Unified") is no phrase, one
        // inside a phrase ("IONIZED") stays
        assertEquals(List.of("Hall Magnetohydrodynamics", "Reconnection"),
                RAKE.keyPhrases("Hall Magnetohydrodynamics Mediated by Reconnection: Unified", ""));
        assertEquals(List.of("WEAKLY IONIZED REACTING PLASMA"), RAKE.keyPhrases("WEAKLY IONIZED REACTING PLASMA MEDIATED", ""));
    }

    @Test
    void aPhraseOfGenericWordsAloneIsNoKeyPhrase() {
        // "basic framework" and "current work" say nothing of the topic; "graph coloring" does
        assertEquals(List.of("graph coloring"), RAKE.keyPhrases("A basic framework for current work on graph coloring", ""));
    }

    @Test
    void aVerbThatOpensAClauseIsCutOffThePhraseStart() {
        // a base form after "to" or a modal, and a gerund at a title's start, take the phrase after
        // them as their object: "automate" and "Rethinking" are verbs in WordNet and nothing else
        assertEquals(List.of("REST API testing"), RAKE.keyPhrases("How to automate REST API testing", ""));
        assertEquals(List.of("computer architecture", "throughput computing"),
                RAKE.keyPhrases("Rethinking computer architecture for throughput computing", ""));
        // so does a gerund after "for"; a participle inside a sentence is the phrase's adjective and
        // stays ("evolving communities")
        assertEquals(List.of("deep neural networks", "Equations"),
                RAKE.keyPhrases("Equations for optimizing deep neural networks", ""));
        assertEquals(List.of("evolving communities"), RAKE.keyPhrases("On evolving communities", ""));
    }

    @Test
    void anAdjectiveWhoseNounWasCutOffIsNoPhrase() {
        // "study" is a stop word here: "Astrophysical" is left without its noun
        assertEquals(List.of("magnetic reconnection"), RAKE.keyPhrases("An astrophysical study of magnetic reconnection", ""));
        // a word in capitals is a name or an acronym, whatever WordNet says of it
        assertEquals(List.of("avalanche forecasting", "ALPINE"), RAKE.keyPhrases("ALPINE: a method for avalanche forecasting", ""));
    }

    @Test
    void aGerundBeforeItsObjectsDeterminerIsNoPhrase() {
        // "Breaking" and "Understanding" are nouns in WordNet too, but before "the" they take an object
        assertEquals(List.of("Convex Neural Networks", "Curse", "Dimensionality"),
                RAKE.keyPhrases("Breaking the Curse of Dimensionality with Convex Neural Networks", ""));
        assertEquals(List.of("implicit bias"), RAKE.keyPhrases("Understanding the implicit bias", ""));
        // a gerund in a longer run, or before no determiner, is left as it was
        assertEquals(List.of("Deep learning", "Ising model"), RAKE.keyPhrases("Deep learning the Ising model", ""));
    }

    @Test
    void aVerbThatAgreesWithTheWordBeforeItEndsThePhrase() {
        // "bounds depend" (a plural, a base form) and "learning requires" (a singular, a third person)
        // are subject and verb; the gerund after the verb is cut as well ("requires rethinking")
        assertEquals(List.of("Error bounds", "norms"), RAKE.keyPhrases("Error bounds depend on norms", ""));
        assertEquals(List.of("Deep learning", "generalization"),
                RAKE.keyPhrases("Deep learning requires rethinking generalization", ""));
        // "wavelet transform" and "data reuse" are no subject and verb (a singular before a base form)
        assertEquals(List.of("Daubechies wavelet transform"),
                RAKE.keyPhrases("On the Daubechies wavelet transform", ""));
        assertEquals(List.of("data reuse practices"), RAKE.keyPhrases("Of data reuse practices", ""));
    }

    @Test
    void aParticipleTakingAComplementAfterAPluralIsCutOffTheEnd() {
        // "spectra resulting from": the clause after the noun phrase; "data archiving in ecology": the
        // head of a compound after a singular; a verb alone ("regulate") is no phrase
        assertEquals(List.of("Energetic particle spectra"),
                RAKE.keyPhrases("Energetic particle spectra resulting from reconnection events", "")
                        .subList(0, 1));
        assertEquals(List.of("Data archiving", "ecology"), RAKE.keyPhrases("Data archiving in ecology", ""));
        assertEquals(List.of("Magnetic fields"), RAKE.keyPhrases("Magnetic fields regulate", ""));
    }

    @Test
    void aFixedLatinExpressionStaysWholeAndIsNoPhraseAlone() {
        // "a priori" and "in situ" begin with stop words, which would leave "priori estimates" and
        // "situ observations"; the title's capitals of "A Priori" and "Ad Hoc" are lower case (the
        // vocabulary lowers the title case of the other words); an expression after a word ("measured
        // in vivo") modifies no phrase, and alone it is none
        assertEquals(List.of("a priori Estimates", "Residual Networks"),
                RAKE.keyPhrases("A Priori Estimates for Residual Networks", ""));
        assertEquals(List.of("ad hoc Networks"), RAKE.keyPhrases("Ad Hoc Networks", ""));
        assertEquals(List.of("in situ spacecraft observations"),
                RAKE.keyPhrases("Reconnection from in situ spacecraft observations", "").subList(0, 1));
        // (equal scores: alphabetical by stem)
        assertEquals(List.of("mice", "Toxicity"), RAKE.keyPhrases("Toxicity measured in vivo on mice", ""));
    }

    @Test
    void aDashBetweenSpacesAndARomanNumeralCutAPhrase() {
        // "Public Sector - Challenges" are two phrases; "Part III" has no phrase in its number; "NSGA-II" does
        assertEquals(List.of("Public Sector", "Remedies"), RAKE.keyPhrases("The Public Sector - Remedies", ""));
        assertEquals(List.of("Long-term evolution", "NSGA-II"),
                RAKE.keyPhrases("III - Long-term evolution with NSGA-II", ""));
    }
}
