package org.commonslibrary.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.commonslibrary.ingest.dates.PublicationDateFinder;
import org.commonslibrary.ingest.text.DocumentKindClassifier;
import org.commonslibrary.ingest.text.LanguageDetector;

class CorpusGeneratorTest {

    private static final CorpusGenerator GENERATOR = new CorpusGenerator(42, 20);

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOtherOnes(@TempDir Path first, @TempDir Path second,
            @TempDir Path third) throws IOException {
        new CorpusGenerator(7, 12).write(first, 200);
        new CorpusGenerator(7, 12).write(second, 200);
        new CorpusGenerator(8, 12).write(third, 200);

        List<Path> files = filesIn(first);
        assertThat(files).hasSizeGreaterThan(3);
        assertThat(filesIn(second)).hasSameSizeAs(files);
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file.getFileName())))
                    .isEqualTo(Files.readAllBytes(file));
        }
        String firstText = Files.readString(files.get(0));
        assertThat(filesIn(third)).noneMatch(other -> readQuietly(other).equals(firstText));
    }

    @Test
    void aDocumentDoesNotDependOnHowManyAreGenerated() {
        String alone = new CorpusGenerator(42, 20).html(17);
        GENERATOR.summarise(20);
        assertThat(GENERATOR.html(17)).isEqualTo(alone);
    }

    @Test
    void oneParagraphMakesAboutOnePassage() {
        for (int number = 1; number <= 40; number++) {
            GeneratedDocument document = GENERATOR.generate(number);
            int estimate = GENERATOR.estimatedPassages(number);
            // Paragraphs stay within the splitter's bounds; the title and date join the first paragraph.
            assertThat(estimate).as("document %d", number)
                    .isBetween(document.paragraphCount(), document.paragraphCount() + document.sections().size());
            for (GeneratedDocument.Section section : document.sections()) {
                assertThat(section.paragraphs()).allSatisfy(p -> assertThat(p.length())
                        .isBetween(TextComposer.MIN_PARAGRAPH_CHARS, TextComposer.MAX_PARAGRAPH_CHARS));
            }
        }
    }

    @Test
    void writingStopsOnceTheEstimatedPassagesReachTheTarget(@TempDir Path folder) throws IOException {
        CorpusSummary summary = new CorpusGenerator(3, 20).write(folder, 1_000);

        assertThat(summary.estimatedPassages()).isGreaterThanOrEqualTo(1_000).isLessThan(1_000 + 35);
        // 20 paragraphs on average: about 50 documents
        assertThat(summary.documents()).isBetween(35, 65);
        assertThat(filesIn(folder)).hasSize(summary.documents());
    }

    @Test
    void facetsSpreadLikeALibrarysWithACommonHeadAndALongTail() {
        CorpusSummary summary = GENERATOR.summarise(600);

        assertThat(summary.spreads().get("language")).containsOnlyKeys("en", "fr", "es");
        assertThat(share(summary, "language", "en")).isBetween(0.42, 0.58);
        assertThat(share(summary, "language", "fr")).isBetween(0.18, 0.32);
        assertThat(summary.spreads().get("kind")).hasSize(ProfileDrawer.KIND_WEIGHTS.size());
        assertThat(summary.spreads().get("practice")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(summary.spreads().get("sector")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(summary.spreads().get("aim")).hasSize(3);
        assertThat(summary.spreads().get("country")).hasSizeGreaterThanOrEqualTo(50);
        assertThat(summary.spreads().get("year")).hasSizeGreaterThanOrEqualTo(10);
        for (String facet : List.of("practice", "sector", "country", "year")) {
            assertThat(summary.largestShare(facet)).as(facet).isBetween(0.08, 0.35);
        }
    }

    @Test
    void theIngestReadsTheIntendedLanguageKindAndDate() {
        LanguageDetector languages = new LanguageDetector();
        DocumentKindClassifier kinds = new DocumentKindClassifier();
        int kindsRight = 0;
        int documents = 60;
        for (int number = 1; number <= documents; number++) {
            GeneratedDocument document = GENERATOR.generate(number);
            DocumentProfile profile = document.profile();
            String text = String.join("\n\n", PassageEstimate.pageTexts(document));
            assertThat(languages.detect(text)).as("document %d", number).isEqualTo(profile.language());
            assertThat(new PublicationDateFinder(profile.language()).find(PassageEstimate.pageTexts(document).get(0)))
                    .as("document %d", number).contains(profile.published());
            if (kinds.classify(document.title(), text, "text/html").equals(profile.kind())) {
                kindsRight++;
            }
        }
        assertThat(kindsRight).isGreaterThanOrEqualTo(documents * 9 / 10);
    }

    private static double share(CorpusSummary summary, String facet, String value) {
        return summary.spreads().get(facet).getOrDefault(value, 0) / (double) summary.documents();
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
