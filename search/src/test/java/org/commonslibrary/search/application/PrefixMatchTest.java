package org.commonslibrary.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixMatchTest {

    @Test
    void foldsCaseAccentsLigaturesAndSpaces() {
        assertThat(PrefixMatch.fold("  Énergie   RENOUVELABLE ")).isEqualTo("energie renouvelable");
        assertThat(PrefixMatch.fold("Gestión PÚBLICA")).isEqualTo("gestion publica");
        assertThat(PrefixMatch.fold("Œuvre d’art")).isEqualTo("oeuvre d'art");
    }

    @Test
    void lettersAtTheStartOfTheNameComeBeforeLettersAtALaterWord() {
        assertThat(PrefixMatch.of("regie", "Régie publique")).isEqualTo(PrefixMatch.AT_START);
        assertThat(PrefixMatch.of("regie pu", "Régie publique")).isEqualTo(PrefixMatch.AT_START);
        assertThat(PrefixMatch.of("publ", "Régie publique")).isEqualTo(PrefixMatch.AT_WORD);
        assertThat(PrefixMatch.of("eau", "distribution d'eau")).isEqualTo(PrefixMatch.AT_WORD);
    }

    @Test
    void lettersInsideAWordDoNotMatch() {
        assertThat(PrefixMatch.of("gie", "Régie publique")).isEqualTo(PrefixMatch.NONE);
        assertThat(PrefixMatch.of("ique", "Régie publique")).isEqualTo(PrefixMatch.NONE);
        // the second occurrence begins a word, the first does not
        assertThat(PrefixMatch.of("ma", "Drama Mall")).isEqualTo(PrefixMatch.AT_WORD);
        assertThat(PrefixMatch.of("", "Régie")).isEqualTo(PrefixMatch.NONE);
    }
}
