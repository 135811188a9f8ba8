package org.scholargraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names as the sources write them, split into family and given names. */
class PersonNameTest {

    private static void parses(String written, String family, String... given) {
        PersonName name = PersonName.parse(written);
        assertEquals(family, name.family(), written);
        assertEquals(List.of(given), name.given(), written);
    }

    @Test
    void readsGivenFamilyAndFamilyCommaGiven() {
        parses("Igor Linkov", "linkov", "igor");
        parses("Linkov, Igor", "linkov", "igor");
        parses("Linkov, I.", "linkov", "i");
        parses("Todd S Bridges", "bridges", "todd", "s");
    }

    @Test
    void readsInitialsRunTogetherAfterTheFamilyName() {
        parses("Bridges JFP", "bridges", "j", "f", "p");
        parses("Dotson GS", "dotson", "g", "s");
        parses("Figueira J.R.", "figueira", "j", "r");
        parses("J.R. Figueira", "figueira", "j", "r");
        // a vowel-less pair of letters among given names is two initials
        parses("John Fp Bridges", "bridges", "john", "f", "p");
    }

    @Test
    void keepsParticlesHyphensAndOneLetterFamilyNames() {
        parses("Johannes van der Waals", "van der waals", "johannes");
        parses("van der Waals, J. D.", "van der waals", "j", "d");
        parses("Maria de la Cruz", "de la cruz", "maria");
        parses("Jean-Pierre Bouchaud", "bouchaud", "jean", "pierre");
        parses("J.-P. Bouchaud", "bouchaud", "j", "p");
        parses("Weinan E", "e", "weinan");
        parses("E, Weinan", "e", "weinan");
    }

    @Test
    void readsFamilyNamesInCapitalsAndInChineseScript() {
        parses("WANG Xiaoming", "wang", "xiaoming");
        parses("Wei LI", "li", "wei");
        parses("王小明", "王", "小明");
        // names all in capitals, as older Web of Science records write them: family name first
        parses("SMITH J", "smith", "j");
        parses("LINKOV I", "linkov", "i");
        parses("BRIDGES JFP", "bridges", "j", "f", "p");
        // "JR" in capitals after a family name is initials; "Jr." is a suffix
        parses("Smith JR", "smith", "j", "r");
        parses("Smith, JR", "smith", "j", "r");
        parses("Smith, J., Jr.", "smith", "j");
        parses("Martin Luther King Jr.", "king", "martin", "luther");
        // titles before a name are not given names
        parses("Dr. John Smith", "smith", "john");
        parses("Prof. Dr. Hans Müller", "muller", "hans");
    }

    @Test
    void anInitialFitsAnyNameWithItsLetterButTwoFullNamesMustBeEqual() {
        assertTrue(PersonName.parse("I Linkov").compatibleWith(PersonName.parse("Igor Linkov")));
        assertTrue(PersonName.parse("J.R. Figueira").compatibleWith(PersonName.parse("J. Rui Figueira")));
        assertTrue(PersonName.parse("Todd Bridges").compatibleWith(PersonName.parse("Todd S. Bridges")));
        assertFalse(PersonName.parse("John Smith").compatibleWith(PersonName.parse("Jane Smith")));
        assertFalse(PersonName.parse("Todd S. Bridges").compatibleWith(PersonName.parse("Todd M. Bridges")));
        assertEquals("linkov|i", PersonName.parse("Linkov, Igor").blockKey());
    }

    @Test
    void aWordAndTwoCapitalsHasBothReadingsTheParsedOneFirst() {
        assertEquals(List.of(new PersonName("li", List.of("wei")), new PersonName("wei", List.of("l", "i"))),
                PersonName.readings("Wei LI"));
        assertEquals(List.of(new PersonName("la", List.of("zusa")), new PersonName("zusa", List.of("l", "a"))),
                PersonName.readings("Zusa LA"));
        // vowel-less capitals are initials only; a comma leaves no doubt
        assertEquals(List.of(new PersonName("bridges", List.of("j", "f", "p"))), PersonName.readings("Bridges JFP"));
        assertEquals(List.of(new PersonName("li", List.of("wei"))), PersonName.readings("Li, Wei"));
    }
}
