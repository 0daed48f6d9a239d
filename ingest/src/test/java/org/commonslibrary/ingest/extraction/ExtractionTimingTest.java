package org.commonslibrary.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures what forking costs: the first file through a new extractor pays for starting a parser JVM, later
 * files do not. The numbers are printed for the build log; the assertions only check their order.
 */
class ExtractionTimingTest {

    private static final int WARM_RUNS = 5;

    @TempDir
    Path workDir;

    @TempDir
    Path files;

    @Test
    void forkStartIsPaidOnceAndWarmExtractionIsFast() throws Exception {
        Map<String, Path> samples = new LinkedHashMap<>();
        samples.put("pdf (3 pages)", TestDocuments.threePagePdf(files.resolve("t.pdf")));
        samples.put("docx", TestDocuments.docxWithHeadings(files.resolve("t.docx"), null));
        samples.put("pptx (3 slides)", TestDocuments.pptx(files.resolve("t.pptx")));
        samples.put("html", TestDocuments.html(files.resolve("t.html")));
        samples.put("odt", TestDocuments.odt(files.resolve("t.odt")));

        try (ForkedTikaExtractor extractor = new ForkedTikaExtractor(ExtractionLimits.defaults(),
                TestForkClasspath.get(), workDir, 1)) {
            long coldMillis = millisToExtract(extractor, samples.get("pdf (3 pages)"));
            report("first file, fork start included (pdf)", coldMillis);

            List<Long> allWarm = new ArrayList<>();
            for (Map.Entry<String, Path> sample : samples.entrySet()) {
                List<Long> runs = new ArrayList<>();
                for (int i = 0; i < WARM_RUNS; i++) {
                    runs.add(millisToExtract(extractor, sample.getValue()));
                }
                allWarm.addAll(runs);
                report("warm " + sample.getKey() + ", median of " + WARM_RUNS, median(runs));
            }
            assertThat(median(allWarm)).isLessThan(coldMillis);
        }

        try (ForkedTikaExtractor extractor = new ForkedTikaExtractor(ExtractionLimits.defaults(),
                TestForkClasspath.get(), workDir, 2)) {
            Duration warmUp = extractor.warmUp();
            report("warmUp() starting 2 forks", warmUp.toMillis());
            long afterWarmUp = millisToExtract(extractor, samples.get("pdf (3 pages)"));
            report("first pdf after warmUp()", afterWarmUp);
            assertThat(afterWarmUp).isLessThan(warmUp.toMillis());
        }
    }

    private static long millisToExtract(ForkedTikaExtractor extractor, Path file) throws ExtractionException {
        long started = System.nanoTime();
        extractor.extract(file);
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void report(String what, long millis) {
        System.out.printf("[extraction timing] %-45s %6d ms%n", what, millis);
    }
}
