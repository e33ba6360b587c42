package org.lessons.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Vocabulary terms are found in text whatever mix of whole words and prefixes the vocabulary holds. */
class PhraseMatcherTest {

    private static PhraseMatcher<String> matcher(String... written) {
        return new PhraseMatcher<>(List.of(written).stream()
                .map(w -> Term.compile(w, Term.CaseRule.IGNORE, w))
                .toList());
    }

    private static List<String> found(PhraseMatcher<String> matcher, String text) {
        return matcher.find(new TokenizedText(text)).stream()
                .map(m -> m.term().payload() + "@" + m.first())
                .toList();
    }

    @Test
    void prefixesOfDifferentLengthsAllMatchTheWordsTheyBegin() {
        PhraseMatcher<String> matcher = matcher("radical*", "terror*", "terrorism financ*", "de-radicali*");

        assertThat(found(matcher, "Terrorists and radicalised youths; terrorism financing was traced."))
                .containsExactly("terror*@0", "radical*@2", "terrorism financ*@4", "terror*@4");
    }

    @Test
    void atOneWordTermsBeginningWithAWholeWordComeBeforePrefixTermsEachInVocabularyOrder() {
        PhraseMatcher<String> matcher = matcher("prison*", "prison service", "pris*", "prison");

        assertThat(found(matcher, "The prison service"))
                .containsExactly("prison service@1", "prison@1", "prison*@1", "pris*@1");
    }

    @Test
    void aPrefixLongerThanTheWordDoesNotMatchIt() {
        PhraseMatcher<String> matcher = matcher("extremis*", "ex*");

        assertThat(found(matcher, "ex extremist extrem")).containsExactly("ex*@0", "extremis*@1", "ex*@1", "ex*@2");
    }

    @Test
    void foldingIgnoresCaseAccentsAndSpellsOutSharpS() {
        assertThat(TokenizedText.fold("Réinsertion")).isEqualTo("reinsertion");
        assertThat(TokenizedText.fold("Straße")).isEqualTo("strasse");
        assertThat(TokenizedText.fold("REMT")).isEqualTo("remt");
        assertThat(TokenizedText.fold("Ñandú")).isEqualTo("nandu");
    }
}
