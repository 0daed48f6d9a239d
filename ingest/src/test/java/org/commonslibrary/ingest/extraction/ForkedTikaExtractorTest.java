package org.commonslibrary.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.commonslibrary.ingest.extraction.ExtractionException.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs generated documents through the real extractor, forked JVMs and all. */
class ForkedTikaExtractorTest {

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
    void pdfPagesKeepTheirNumbersAndOnlyTheirOwnText() throws Exception {
        ExtractedDocument document = extractor.extract(TestDocuments.threePagePdf(files.resolve("budget.pdf")));

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.pageUnit()).isEqualTo(PageUnit.PAGE);
        assertThat(document.pageCount()).isEqualTo(3);
        assertThat(document.pages()).extracting(ExtractedPage::number).containsExactly(1, 2, 3);
        assertThat(document.page(1).orElseThrow().text())
                .contains("The first page explains how residents proposed projects")
                .doesNotContain("second page", "third page");
        assertThat(document.page(2).orElseThrow().text())
                .contains("eleven thousand people voted in 2023")
                .doesNotContain("first page", "third page");
        assertThat(document.page(3).orElseThrow().text())
                .isEqualTo("Lessons for other cities\nThe third page lists what the city would change in the next round.");
        // No declared title: the first line with words stands in.
        assertThat(document.title()).isEqualTo("Participatory budgeting in Lyon");
    }

    @Test
    void declaredPdfTitleAuthorAndDateAreUsed() throws Exception {
        Path pdf = TestDocuments.pdf(files.resolve("declared.pdf"), new TestDocuments.PdfSpec(
                List.of(List.of("Opening line that is not the title")),
                "Water as a commons: municipal experiences", "Marta Ruiz",
                TestDocuments.utcDate(2022, 9, 14)));

        ExtractedDocument document = extractor.extract(pdf);

        assertThat(document.title()).isEqualTo("Water as a commons: municipal experiences");
        assertThat(document.authors()).containsExactly("Marta Ruiz");
        assertThat(document.publicationDate()).isEqualTo(LocalDate.of(2022, 9, 14));
        assertThat(document.metadata()).containsEntry("created", "2022-09-14T12:00:00Z")
                .containsEntry("declaredPageCount", "1");
        assertThat(document.language()).isNull();
    }

    @Test
    void placeholderTitleGivesWayToTheText() throws Exception {
        Path pdf = TestDocuments.pdf(files.resolve("untitled.pdf"), new TestDocuments.PdfSpec(
                List.of(List.of("12", "Neighbourhood energy cooperatives", "Body text follows here.")),
                "Untitled", "User", null));

        ExtractedDocument document = extractor.extract(pdf);

        assertThat(document.title()).isEqualTo("Neighbourhood energy cooperatives");
        assertThat(document.authors()).isEmpty();
    }

    @Test
    void blankPageIsLeftOutButKeepsItsNumber() throws Exception {
        Path pdf = TestDocuments.pdf(files.resolve("blank-middle.pdf"), new TestDocuments.PdfSpec(
                List.of(List.of("Cover page of the agenda"), List.of(), List.of("Item three is on the third page")),
                null, null, null));

        ExtractedDocument document = extractor.extract(pdf);

        assertThat(document.pageCount()).isEqualTo(3);
        assertThat(document.pages()).extracting(ExtractedPage::number).containsExactly(1, 3);
        assertThat(document.page(3).orElseThrow().text()).isEqualTo("Item three is on the third page");
    }

    @Test
    void docxIsCutIntoSectionsAtItsHeadings() throws Exception {
        ExtractedDocument document = extractor.extract(TestDocuments.docxWithHeadings(files.resolve("clt.docx"), null));

        assertThat(document.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(document.pageUnit()).isEqualTo(PageUnit.SECTION);
        assertThat(document.pages()).extracting(ExtractedPage::headings).containsExactly(
                List.of("Community land trusts"), List.of("Governance"), List.of("Financing"));
        assertThat(document.page(2).orElseThrow().text())
                .isEqualTo("Governance\n\nIts board has three equal parts: residents, neighbours and public representatives.");
        assertThat(document.title()).isEqualTo("Community land trusts");
        assertThat(document.authors()).containsExactly("Ana Torres", "Louis Martin");
    }

    @Test
    void declaredDocxTitleWinsOverTheFirstHeading() throws Exception {
        ExtractedDocument document = extractor.extract(
                TestDocuments.docxWithHeadings(files.resolve("titled.docx"), "Land trusts: a primer"));

        assertThat(document.title()).isEqualTo("Land trusts: a primer");
    }

    @Test
    void odtHeadingsBecomeSections() throws Exception {
        ExtractedDocument document = extractor.extract(TestDocuments.odt(files.resolve("convenio.odt")));

        assertThat(document.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(document.pages()).hasSize(2);
        assertThat(document.page(1).orElseThrow().headings()).containsExactly("Bienes comunes urbanos");
        assertThat(document.page(2).orElseThrow().text()).contains("presenta una memoria anual");
        assertThat(document.title()).isEqualTo("Bienes comunes urbanos");
    }

    @Test
    void htmlTakesItsTitleElementAndSplitsAtHeadings() throws Exception {
        ExtractedDocument document = extractor.extract(TestDocuments.html(files.resolve("guide.html")));

        assertThat(document.mediaType()).isEqualTo("text/html");
        assertThat(document.title()).isEqualTo("Guide to commons partnerships");
        assertThat(document.pages()).extracting(ExtractedPage::headings)
                .containsExactly(List.of("Getting started"), List.of("Agreements"));
        assertThat(document.page(2).orElseThrow().text()).contains("Opening hours\nInsurance");
    }

    @Test
    void longPlainTextIsCutIntoStableSectionsWithoutLosingAWord() throws Exception {
        StringBuilder text = new StringBuilder("Notes from the assembly\n\n");
        for (int i = 1; i <= 60; i++) {
            text.append("Paragraph ").append(i).append(" records what the neighbours said about the square, ")
                    .append("the trees, the benches and the night-time noise near the market.\n\n");
        }
        Path file = TestDocuments.write(files.resolve("notes.txt"), text.toString());

        ExtractedDocument first = extractor.extract(file);
        ExtractedDocument second = extractor.extract(file);

        assertThat(first.mediaType()).isEqualTo("text/plain");
        assertThat(first.title()).isEqualTo("Notes from the assembly");
        assertThat(first.pages()).hasSizeGreaterThan(1);
        assertThat(first.pages()).allSatisfy(page -> assertThat(page.text().length()).isLessThanOrEqualTo(6_000));
        assertThat(wordsOf(first.fullText())).isEqualTo(wordsOf(text.toString()));
        assertThat(second.pages()).isEqualTo(first.pages());
    }

    @Test
    void markdownHeadingsSplitPlainText() throws Exception {
        Path file = TestDocuments.write(files.resolve("charter.md"),
                "# Commons charter\n\nWe share the garden.\n\n## Rules\n\nWater on Mondays.\n\n### Detail\n\nTools back by six.\n");

        ExtractedDocument document = extractor.extract(file);

        assertThat(document.mediaType()).isEqualTo("text/plain");
        assertThat(document.pages()).extracting(ExtractedPage::headings)
                .containsExactly(List.of("Commons charter"), List.of("Rules", "Detail"));
        assertThat(document.title()).isEqualTo("Commons charter");
    }

    @Test
    void pptxSlidesAreNumberedAndTitled() throws Exception {
        ExtractedDocument document = extractor.extract(TestDocuments.pptx(files.resolve("deck.pptx")));

        assertThat(document.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        assertThat(document.pageUnit()).isEqualTo(PageUnit.SLIDE);
        assertThat(document.pageCount()).isEqualTo(3);
        assertThat(document.page(2).orElseThrow().headings()).containsExactly("Three pilot districts");
        assertThat(document.page(2).orElseThrow().text()).contains("one-year collaboration agreement")
                .doesNotContain("June");
        assertThat(document.title()).isEqualTo("Why urban commons matter");
    }

    @Test
    void pptSlidesAreNumbered() throws Exception {
        ExtractedDocument document = extractor.extract(TestDocuments.ppt(files.resolve("old-deck.ppt")));

        assertThat(document.mediaType()).isEqualTo("application/vnd.ms-powerpoint");
        assertThat(document.pageUnit()).isEqualTo(PageUnit.SLIDE);
        assertThat(document.pages()).extracting(ExtractedPage::number).containsExactly(1, 2);
        assertThat(document.page(2).orElseThrow().text()).contains("lends the room for free")
                .doesNotContain("Saturday");
        // POI declares "PowerPoint Presentation" as the title of every new file; that is not a title.
        assertThat(document.title()).isEqualTo("Repair cafés");
    }

    @Test
    void xlsxSheetsArePages() throws Exception {
        ExtractedDocument document = extractor.extract(TestDocuments.xlsx(files.resolve("budget.xlsx")));

        assertThat(document.pageUnit()).isEqualTo(PageUnit.SHEET);
        assertThat(document.pages()).extracting(ExtractedPage::headings)
                .containsExactly(List.of("Budget 2024"), List.of("Volunteers"));
        assertThat(document.page(2).orElseThrow().text()).contains("Repair café volunteers").contains("42");
    }

    @Test
    void emailSubjectIsItsTitle() throws Exception {
        ExtractedDocument document = extractor.extract(TestDocuments.eml(files.resolve("call.eml")));

        assertThat(document.mediaType()).isEqualTo("message/rfc822");
        assertThat(document.title()).isEqualTo("Call for participation: neighbourhood assemblies");
        assertThat(document.authors()).containsExactly("Ana Torres");
        assertThat(document.fullText()).contains("we invite proposals for the spring assemblies");
    }

    @Test
    void epubDeclaresTitleAuthorPublisherAndDate() throws Exception {
        ExtractedDocument document = extractor.extract(TestDocuments.epub(files.resolve("communs.epub")));

        assertThat(document.mediaType()).isEqualTo("application/epub+zip");
        assertThat(document.title()).isEqualTo("Les communs en pratique");
        assertThat(document.authors()).containsExactly("Claire Dubois");
        assertThat(document.publisher()).isEqualTo("Ville de Grenoble");
        assertThat(document.publicationDate()).isEqualTo(LocalDate.of(2021, 5, 4));
        assertThat(document.pages()).extracting(ExtractedPage::headings)
                .containsExactly(List.of("Chapitre un : les jardins"), List.of("Chapitre deux : les ateliers"));
    }

    @Test
    void rtfIsRead() throws Exception {
        ExtractedDocument document = extractor.extract(TestDocuments.rtf(files.resolve("tools.rtf")));

        assertThat(document.mediaType()).isEqualTo("application/rtf");
        assertThat(document.fullText()).contains("Tool libraries lend drills and ladders to members.");
    }

    @Test
    void typeComesFromContentNotFromTheName() throws Exception {
        Path docxCalledPdf = TestDocuments.docxWithHeadings(files.resolve("really-a-word-file.pdf"), null);
        Path pdfCalledText = TestDocuments.threePagePdf(files.resolve("really-a-pdf.txt"));

        assertThat(extractor.extract(docxCalledPdf).mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(extractor.extract(pdfCalledText).mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void passwordProtectedPdfIsRefusedAsEncrypted() throws Exception {
        ExtractionException failure = failureOf(TestDocuments.encryptedPdf(files.resolve("locked.pdf")));

        assertThat(failure.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(failure.getMessage()).isEqualTo("The PDF is password-protected; remove the password and upload it again.");
        assertThat(failure.detectedMediaType()).contains("application/pdf");
    }

    @Test
    void truncatedPdfIsRefusedAsCorrupt() throws Exception {
        ExtractionException failure = failureOf(TestDocuments.truncatedPdf(files.resolve("cut.pdf")));

        assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(failure.getMessage()).contains("damaged or incomplete");
        assertThat(failure.getCause()).isInstanceOf(ForkedParserFailure.class);
    }

    @Test
    void emptyFileIsRefusedBeforeForking() throws Exception {
        ExtractionException failure = failureOf(TestDocuments.zeroBytes(files.resolve("empty.pdf")));

        assertThat(failure.reason()).isEqualTo(Reason.EMPTY_FILE);
        assertThat(failure.getMessage()).contains("empty (0 bytes)");
    }

    @Test
    void imageNamedPdfIsRefusedAsUnsupported() throws Exception {
        ExtractionException failure = failureOf(TestDocuments.png(files.resolve("scan.pdf")));

        assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(failure.detectedMediaType()).contains("image/png");
        assertThat(failure.getMessage())
                .startsWith("This file is in a format the library does not accept: Portable Network Graphics (PNG, image/png)")
                .contains("Accepted formats: PDF");
    }

    @Test
    void randomBytesNamedPdfAreRefusedAsUnsupported() throws Exception {
        ExtractionException failure = failureOf(TestDocuments.randomBytes(files.resolve("noise.pdf"), 8192));

        assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(failure.detectedMediaType()).contains("application/octet-stream");
        assertThat(failure.getMessage()).startsWith("The format of this file could not be recognised");
    }

    @Test
    void zipArchiveIsRefusedAfterFullDetection() throws Exception {
        ExtractionException failure = failureOf(TestDocuments.zipArchive(files.resolve("bundle.docx")));

        assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(failure.detectedMediaType()).contains("application/zip");
    }

    @Test
    void missingFileIsAnInternalProblem() {
        ExtractionException failure = failureOf(files.resolve("never-uploaded.pdf"));

        assertThat(failure.reason()).isEqualTo(Reason.INTERNAL);
        assertThat(failure.getMessage()).contains("could not be found");
    }

    @Test
    void concurrentCallsShareTheForksAndKeepResultsApart() throws Exception {
        Path pdf = TestDocuments.threePagePdf(files.resolve("c.pdf"));
        Path docx = TestDocuments.docxWithHeadings(files.resolve("c.docx"), null);
        Path html = TestDocuments.html(files.resolve("c.html"));
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> extractor.extract(pdf).page(2).orElseThrow().text());
            calls.add(() -> extractor.extract(docx).title());
            calls.add(() -> extractor.extract(html).title());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = pool.invokeAll(calls);
            for (int i = 0; i < results.size(); i++) {
                String result = results.get(i).get();
                switch (i % 3) {
                    case 0 -> assertThat(result).contains("eleven thousand people voted");
                    case 1 -> assertThat(result).isEqualTo("Community land trusts");
                    default -> assertThat(result).isEqualTo("Guide to commons partnerships");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsAClasspathThatDoesNotExist() {
        assertThatThrownBy(() -> new ForkedTikaExtractor(ExtractionLimits.defaults(), "/nowhere/tika-lib/*", workDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/nowhere/tika-lib/*");
    }

    static List<String> wordsOf(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    private static ExtractionException failureOf(Path file) {
        ExtractionException failure = catchThrowableOfType(() -> extractor.extract(file), ExtractionException.class);
        assertThat(failure).as("extracting %s should fail", file.getFileName()).isNotNull();
        return failure;
    }

    /**
     * A scan without a text layer: recognised when Tesseract is installed (CI installs it with English,
     * French and Spanish data), otherwise refused with a reason that says recognition is needed.
     */
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
