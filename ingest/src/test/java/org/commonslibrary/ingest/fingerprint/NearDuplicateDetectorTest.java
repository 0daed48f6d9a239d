package org.commonslibrary.ingest.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Prints the similarities it measures, so that the threshold can be reviewed against them. */
class NearDuplicateDetectorTest {

    private static final String HEADER = "Commons Knowledge Library | Case study: Grenoble";

    private final NearDuplicateDetector detector = new NearDuplicateDetector();

    @Test
    void recognisesTheSameTextInAnotherFormat() {
        TextFingerprint docx = TextFingerprint.of(PdfLikeLayout.docxLike(WaterCaseStudies.GRENOBLE));
        TextFingerprint pdf = TextFingerprint.of(PdfLikeLayout.of(WaterCaseStudies.GRENOBLE, HEADER));

        double similarity = measured("same text, DOCX-like vs PDF-like", docx, pdf);

        assertThat(similarity).isGreaterThan(0.8);
        assertThat(detector.isNearDuplicate(docx, pdf)).isTrue();
    }

    @Test
    void recognisesTheSameFrenchTextInAnotherFormat() {
        TextFingerprint docx = TextFingerprint.of(PdfLikeLayout.docxLike(WaterCaseStudies.GRENOBLE_FR));
        TextFingerprint pdf = TextFingerprint.of(PdfLikeLayout.of(WaterCaseStudies.GRENOBLE_FR, "Étude de cas – Grenoble"));

        assertThat(measured("same French text, DOCX-like vs PDF-like", docx, pdf)).isGreaterThan(0.8);
        assertThat(detector.isNearDuplicate(docx, pdf)).isTrue();
    }

    @Test
    void recognisesACopyStoredInTheDatabase() {
        TextFingerprint stored = TextFingerprint.decode(TextFingerprint.of(WaterCaseStudies.NAPLES).encoded());

        assertThat(detector.isNearDuplicate(stored, TextFingerprint.of(PdfLikeLayout.of(WaterCaseStudies.NAPLES, "ABC Napoli")))).isTrue();
    }

    @Test
    void tellsTwoCaseStudiesOnTheSameSubjectApart() {
        TextFingerprint grenoble = TextFingerprint.of(WaterCaseStudies.GRENOBLE);
        TextFingerprint naples = TextFingerprint.of(WaterCaseStudies.NAPLES);

        assertThat(measured("two different water case studies, English", grenoble, naples)).isLessThan(0.1);
        assertThat(detector.isNearDuplicate(grenoble, naples)).isFalse();
        assertThat(detector.isNearDuplicate(WaterCaseStudies.GRENOBLE, PdfLikeLayout.of(WaterCaseStudies.NAPLES, HEADER))).isFalse();
    }

    @Test
    void tellsATranslationApart() {
        TextFingerprint english = TextFingerprint.of(WaterCaseStudies.GRENOBLE);
        TextFingerprint french = TextFingerprint.of(WaterCaseStudies.GRENOBLE_FR);

        assertThat(measured("English vs its French translation", english, french)).isLessThan(0.1);
        assertThat(detector.isNearDuplicate(english, french)).isFalse();
    }

    @Test
    void measuresARevisedEdition() {
        // The last paragraph rewritten and a sentence added: a new edition of the same case study.
        String revised = WaterCaseStudies.GRENOBLE
                .replace("Today the public operator also protects the catchment areas upstream of the city, working with farmers to limit "
                        + "pollution, which the city considers cheaper than treating the drinking water after it has been contaminated.",
                        "Since 2015 the operator has also paid farmers in the catchment to switch to organic methods, an approach the "
                                + "council prefers to building new treatment plants.")
                .replace("lagged behind what had been promised.", "lagged behind what had been promised. Complaints multiplied.");

        double similarity = measured("revised edition (one paragraph of five rewritten)", TextFingerprint.of(WaterCaseStudies.GRENOBLE),
                TextFingerprint.of(revised));

        assertThat(similarity).isBetween(0.6, 0.95);
    }

    @Test
    void judgesShortTextsOnlyWhenTheyMatch() {
        assertThat(detector.isNearDuplicate("Water and sanitation", "water and sanitation")).isTrue();
        assertThat(detector.isNearDuplicate("Water and sanitation", "Water and energy")).isFalse();
        assertThat(detector.isNearDuplicate("", "")).isFalse();
        assertThat(detector.isNearDuplicate("Case study: Grenoble", WaterCaseStudies.GRENOBLE)).isFalse();
    }

    private static double measured(String what, TextFingerprint a, TextFingerprint b) {
        double similarity = a.similarity(b);
        System.out.printf("similarity, %s: %.3f%n", what, similarity);
        return similarity;
    }
}
