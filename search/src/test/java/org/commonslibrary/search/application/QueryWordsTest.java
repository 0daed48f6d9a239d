package org.commonslibrary.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryWordsTest {

    @Test
    void splitsWordsAsTheTokenizerDoes() {
        QueryWords words = QueryWords.parse("qu'est-ce qu'un partenariat public-commun ?");
        assertThat(words.words()).containsExactly("qu", "est", "ce", "qu", "un", "partenariat", "public", "commun");
        assertThat(words.plain()).isTrue();
        assertThat(words.lastWordOpen()).isFalse();
    }

    @Test
    void theLastWordIsOpenWhileItIsBeingTyped() {
        QueryWords words = QueryWords.parse("remunicipalisation Gren");
        assertThat(words.lastWordOpen()).isTrue();
        assertThat(words.lastWordFolded()).isEqualTo("gren");
    }

    @Test
    void phrasesAreKeptWhole() {
        QueryWords words = QueryWords.parse("\"private shares\" Berlin");
        assertThat(words.phrases()).containsExactly("private shares");
        assertThat(words.words()).containsExactly("Berlin");
        assertThat(words.allWords()).isEqualTo("private shares Berlin");
        assertThat(words.plain()).isTrue();
        assertThat(QueryWords.parse("Berlin \"private shares\"").lastWordOpen()).isFalse();
    }

    @Test
    void operatorsMakeAQueryNotPlain() {
        assertThat(QueryWords.parse("water -referendum").plain()).isFalse();
        assertThat(QueryWords.parse("water | energy").plain()).isFalse();
        assertThat(QueryWords.parse("remunicipali*").plain()).isFalse();
        assertThat(QueryWords.parse("(water)").plain()).isFalse();
        assertThat(QueryWords.parse("co-management of water").plain()).isTrue();
    }

    @Test
    void foldsCaseAndAccentsLikeTheFoldedFields() {
        assertThat(QueryWords.fold("Régie")).isEqualTo("regie");
        assertThat(QueryWords.fold("ŒUVRE")).isEqualTo("oeuvre");
        assertThat(QueryWords.fold("Nápoles")).isEqualTo("napoles");
    }
}
