package org.commonslibrary.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void composesAccentsAndUndoesLigaturesAndInvisibleCharacters() {
        assertThat(TextNormalizer.normalize("e\u0301te\u0301 \uFB01nancement adminis\u00ADtration co\u200Bop"))
                .isEqualTo("été financement administration coop");
    }

    @Test
    void collapsesSpacesButKeepsLinesAndParagraphs() {
        assertThat(TextNormalizer.normalize("  first\u00A0\u00A0line  \r\nsecond\tline\n \n\n\n third  "))
                .isEqualTo("first line\nsecond line\n\nthird");
    }

    @Test
    void singleLineJoinsEverything() {
        assertThat(TextNormalizer.singleLine("Title\n\nwith\nbreaks")).isEqualTo("Title with breaks");
    }
}
