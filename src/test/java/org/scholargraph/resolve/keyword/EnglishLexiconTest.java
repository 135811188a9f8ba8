package org.scholargraph.resolve.keyword;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scholargraph.resolve.keyword.EnglishLexicon.VerbForm;

/** WordNet's words and parts of speech, on words whose entries were looked up in WordNet 3.1 by hand. */
class EnglishLexiconTest {

    private static final EnglishLexicon LEXICON = EnglishLexicon.get();

    @Test
    void wordsAndTheirInflectionsAreWordsAndCutStemsAreNot() {
        assertTrue(LEXICON.isWord("processes"));
        assertTrue(LEXICON.isWord("Matrices"));
        assertTrue(LEXICON.isWord("law"));
        assertFalse(LEXICON.isWord("processe"));
        assertFalse(LEXICON.isWord("daubechy"));
        assertFalse(LEXICON.isWord("MCDA"));
        assertTrue(LEXICON.size() > 80_000, "lemmas: " + LEXICON.size());
    }

    @Test
    void adjectivesThatAreNothingElse() {
        assertTrue(LEXICON.isAdjectiveOnly("Astrophysical"));
        assertTrue(LEXICON.isAdjectiveOnly("analytical"));
        // nouns too ("comparative", "acute"), nouns' plurals, verbs
        assertFalse(LEXICON.isAdjectiveOnly("comparative"));
        assertFalse(LEXICON.isAdjectiveOnly("networks"));
        assertFalse(LEXICON.isAdjectiveOnly("clean"));
    }

    @Test
    void presentParticiplesAreTheIngFormsOfVerbs() {
        assertTrue(LEXICON.isPresentParticiple("Breaking"));
        assertTrue(LEXICON.isPresentParticiple("understanding"));
        assertTrue(LEXICON.isPresentParticiple("computing"));
        // a verb that ends in "ing" itself, and a noun that does, are no participles
        assertFalse(LEXICON.isPresentParticiple("string"));
        assertFalse(LEXICON.isPresentParticiple("king"));
        assertFalse(LEXICON.isPresentParticiple("during"));
    }

    @Test
    void wordsThatCanOnlyBeVerbsAndTheirForms() {
        // "depend", "require", "rethink" are verbs alone in WordNet
        assertEquals(VerbForm.BASE, LEXICON.verbOnlyForm("depend"));
        assertEquals(VerbForm.THIRD_PERSON, LEXICON.verbOnlyForm("requires"));
        assertEquals(VerbForm.PRESENT_PARTICIPLE, LEXICON.verbOnlyForm("Rethinking"));
        assertEquals(VerbForm.PAST, LEXICON.verbOnlyForm("submitted"));
        // nouns too: "bound", "learning" (a noun of its own), "model", "test"; "compute" has no noun sense
        for (String word : new String[] {"bounds", "learning", "model", "tests", "processes"}) {
            assertEquals(VerbForm.NONE, LEXICON.verbOnlyForm(word), word);
        }
        assertEquals(VerbForm.BASE, LEXICON.verbOnlyForm("compute"));
    }
}
