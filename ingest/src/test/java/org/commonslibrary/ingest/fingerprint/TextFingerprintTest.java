package org.commonslibrary.ingest.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    @Test
    void aPdfLikeLayoutLooksLikeItsSource() {
        String pdf = PdfLikeLayout.of(WaterCaseStudies.GRENOBLE, "Commons Knowledge Library | Case study: Grenoble");

        assertThat(pdf).contains("drinkingwater").contains("-\n").contains("\n2\n").contains("’");
    }

    @Test
    void encodesForADatabaseColumnAndDecodesToTheSameFingerprint() {
        TextFingerprint fingerprint = TextFingerprint.of(WaterCaseStudies.NAPLES);

        String encoded = fingerprint.encoded();

        assertThat(encoded).hasSizeLessThanOrEqualTo(200).startsWith("mh1:").matches("[A-Za-z0-9:_-]+");
        assertThat(TextFingerprint.decode(encoded)).isEqualTo(fingerprint);
        assertThat(TextFingerprint.decode(encoded).similarity(fingerprint)).isEqualTo(1.0);
    }

    @Test
    void isTheSameOnEveryRun() {
        // Stored fingerprints must stay comparable with new ones: the hash functions are fixed, not seeded per JVM.
        assertThat(TextFingerprint.of("Water is a common good, not a commodity.").encoded())
                .isEqualTo(TextFingerprint.of("WATER is a common good -- not a commodity!").encoded());
    }

    @Test
    void rejectsWhatItDidNotEncode() {
        assertThatThrownBy(() -> TextFingerprint.decode("sha1:abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextFingerprint.decode("mh1:AAAA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextFingerprint.decode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void treatsAnEmptyTextAsSimilarToNothing() {
        TextFingerprint empty = TextFingerprint.of("\n 3 \n\f Page 4 of 9 \n");

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.similarity(TextFingerprint.of(""))).isZero();
        assertThat(empty.similarity(TextFingerprint.of(WaterCaseStudies.NAPLES))).isZero();
        assertThat(TextFingerprint.decode(empty.encoded()).isEmpty()).isTrue();
    }

    @Test
    void comparesShortTextsByTheirWords() {
        TextFingerprint title = TextFingerprint.of("Water and sanitation");

        assertThat(title.similarity(TextFingerprint.of("WATER AND SANITATION."))).isEqualTo(1.0);
        assertThat(TextFingerprint.of("Water").similarity(TextFingerprint.of("water"))).isEqualTo(1.0);
        assertThat(title.similarity(TextFingerprint.of("Energy and sanitation"))).isLessThan(0.1);
        assertThat(TextFingerprint.of("Case study: Paris water").similarity(TextFingerprint.of("Case study: Berlin water")))
                .isLessThan(0.1);
    }

    @Test
    void estimatesTheShareOfSharedShingles() {
        // 40 distinct words: 38 shingles each; the halves share 18 of 58 distinct shingles (Jaccard 0.31).
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            words.append("word").append(i).append(' ');
        }
        String all = words.toString();
        String first = String.join(" ", java.util.Arrays.copyOfRange(all.split(" "), 0, 40));
        String second = String.join(" ", java.util.Arrays.copyOfRange(all.split(" "), 20, 60));

        assertThat(TextFingerprint.of(first).similarity(TextFingerprint.of(second))).isCloseTo(18.0 / 58, within(0.15));
    }
}
