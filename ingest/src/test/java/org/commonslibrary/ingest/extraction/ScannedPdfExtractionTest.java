package org.commonslibrary.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan without a text layer: recognised when Tesseract is installed (CI installs it with English,
 * French and Spanish data), otherwise refused with a reason that says recognition is needed.
 */
class ScannedPdfExtractionTest {

    @TempDir
    static Path workDir;

    @TempDir
    Path files;

    private static ForkedTikaExtractor extractor;

    @BeforeAll
    static void startExtractor() throws IOException {
        extractor = new ForkedTikaExtractor(ExtractionLimits.defaults(), TestForkClasspath.get(), workDir);
    }

    @AfterAll
    static void stopExtractor() throws IOException {
        extractor.close();
    }

    @Test
    void aScanIsRecognisedOrRefusedWithAReason() throws Exception {
        Path scan = ScannedPdf.write(files.resolve("scan.pdf"), List.of(
                "The municipal council approved the water",
                "contract with the public operator.",
                "Le conseil municipal a vote la regie."));
        if (OcrSupport.tesseractLanguages().isPresent()) {
            ExtractedDocument document = extractor.extract(scan);
            String text = document.fullText().toLowerCase(Locale.ROOT);
            assertThat(text).contains("municipal council").contains("public operator").contains("conseil municipal");
            assertThat(document.pages()).extracting(ExtractedPage::number).containsExactly(1);
        } else {
            assertThatThrownBy(() -> extractor.extract(scan))
                    .isInstanceOfSatisfying(ExtractionException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ExtractionException.Reason.NO_TEXT);
                        assertThat(e.getMessage()).contains("OCR");
                    });
        }
    }
}
