package org.commonslibrary.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.commonslibrary.ingest.extraction.ExtractionException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit, exceeded on purpose, with an extractor configured for it. */
class ForkedTikaExtractorLimitsTest {

    @TempDir
    Path workDir;

    @TempDir
    Path files;

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeForking() throws Exception {
        ExtractionLimits limits = ExtractionLimits.defaults().withMaxFileBytes(10_000);
        try (ForkedTikaExtractor extractor = new ForkedTikaExtractor(limits, TestForkClasspath.get(), workDir, 1)) {
            Path big = TestDocuments.write(files.resolve("big.txt"), "word ".repeat(3_000));

            ExtractionException failure = failureOf(extractor, big);

            assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(failure.getMessage()).contains("The file is 15 KB and the limit is 10 KB");
            assertThat(forkProcesses()).as("no fork should have been started").isEmpty();
        }
    }

    @Test
    void documentWithMoreTextThanTheWriteLimitIsRefusedNotTruncated() throws Exception {
        ExtractionLimits limits = ExtractionLimits.defaults().withMaxCharacters(2_000);
        try (ForkedTikaExtractor extractor = new ForkedTikaExtractor(limits, TestForkClasspath.get(), workDir, 1)) {
            Path longText = TestDocuments.write(files.resolve("long.txt"), "Assembly minutes. ".repeat(500));

            ExtractionException failure = failureOf(extractor, longText);

            assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(failure.getMessage()).contains("more than 2,000 characters");
        }
    }

    @Test
    void parseThatOutlivesTheTimeoutIsStoppedAndTheForkRecovers() throws Exception {
        ExtractionLimits limits = ExtractionLimits.defaults().withTimeout(Duration.ofMillis(1));
        try (ForkedTikaExtractor extractor = new ForkedTikaExtractor(limits, TestForkClasspath.get(), workDir, 1)) {
            Path pdf = TestDocuments.threePagePdf(files.resolve("slow.pdf"));

            ExtractionException failure = failureOf(extractor, pdf);

            assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(failure.getMessage()).startsWith("Reading the file took longer than");
        }
    }

    @Test
    void parseThatExhaustsTheForkHeapFailsOnlyThatFile() throws Exception {
        ExtractionLimits limits = ExtractionLimits.defaults().withForkHeap("64m").withMaxCharacters(200_000_000)
                .withTimeout(Duration.ofSeconds(60));
        try (ForkedTikaExtractor extractor = new ForkedTikaExtractor(limits, TestForkClasspath.get(), workDir, 1)) {
            // Tika holds the whole extracted text in memory: 40 million characters cannot fit in 64 MB.
            Path huge = files.resolve("huge.txt");
            try (Writer writer = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
                String line = "The neighbourhood assembly met again to discuss the square and its trees.\n";
                for (int written = 0; written < 40_000_000; written += line.length()) {
                    writer.write(line);
                }
            }

            ExtractionException failure = failureOf(extractor, huge);
            assertThat(failure.reason()).isEqualTo(Reason.OUT_OF_MEMORY);

            Path small = TestDocuments.write(files.resolve("small.txt"), "A short note that still fits.\n");
            assertThat(extractor.extract(small).fullText()).isEqualTo("A short note that still fits.");
        }
    }

    @Test
    void closingKillsTheForksAndRemovesTheWorkFolder() throws Exception {
        ForkedTikaExtractor extractor = new ForkedTikaExtractor(ExtractionLimits.defaults(),
                TestForkClasspath.get(), workDir, 2);
        extractor.warmUp();
        assertThat(forkProcesses()).hasSize(2);

        extractor.close();

        assertThat(forkProcesses()).isEmpty();
        try (Stream<Path> left = Files.list(workDir)) {
            assertThat(left).isEmpty();
        }
        assertThatThrownBy(() -> extractor.extract(files.resolve("any.pdf")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void forkThatCannotStartIsReportedAsAnInternalFailureWithoutHanging() throws Exception {
        Path emptyLibrary = Files.createDirectory(files.resolve("no-jars-here"));
        try (ForkedTikaExtractor extractor = new ForkedTikaExtractor(ExtractionLimits.defaults(),
                emptyLibrary + "/*", workDir, 1)) {
            Path text = TestDocuments.write(files.resolve("note.txt"), "A note that no parser will read.\n");

            ExtractionException failure = failureOf(extractor, text);

            assertThat(failure.reason()).isEqualTo(Reason.INTERNAL);
            assertThat(failure.getMessage()).contains("try again later");
        }
    }

    @Test
    void limitsRejectNonsense() {
        assertThatThrownBy(() -> ExtractionLimits.defaults().withForkHeap("lots"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExtractionLimits.defaults().withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExtractionLimits.defaults().withMaxFileBytes(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ExtractionLimits.defaults()).isEqualTo(new ExtractionLimits(100L * 1024 * 1024, 5_000_000, 100,
                Duration.ofSeconds(120), "512m"));
    }

    /**
     * Forked parser JVMs: the only Java processes this test JVM starts. (Their arguments cannot be checked:
     * the JDK reports no arguments for command lines as long as a fork's classpath.)
     */
    static List<ProcessHandle> forkProcesses() {
        return ProcessHandle.current().children()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("java") || c.endsWith("java.exe")).orElse(false))
                .toList();
    }

    private static ExtractionException failureOf(ForkedTikaExtractor extractor, Path file) {
        ExtractionException failure = catchThrowableOfType(() -> extractor.extract(file), ExtractionException.class);
        assertThat(failure).as("extracting %s should fail", file.getFileName()).isNotNull();
        return failure;
    }
}
