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
}
