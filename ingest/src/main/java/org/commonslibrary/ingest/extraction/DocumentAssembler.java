package org.commonslibrary.ingest.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.xml.sax.SAXException;

/** Builds an {@link ExtractedDocument} from a successful parse. */
final class DocumentAssembler {

    /** A slide's first line is its title in all but the most unusual layouts, and Tika does not mark it. */
    private static final int MAX_SLIDE_TITLE_CHARS = 150;
    /** Fewer letters than this per page means a PDF of scanned images with, at most, page numbers on top. */
    private static final int MIN_PDF_LETTERS_PER_PAGE = 3;

    private final MetadataReader metadataReader;

    DocumentAssembler(MetadataReader metadataReader) {
        this.metadataReader = metadataReader;
    }

    ExtractedDocument assemble(ParsedFile parsed) throws ExtractionException {
        String mediaType = parsed.mediaType();
        PageUnit unit = AcceptedFormats.pageUnitOf(mediaType);
        List<RawPage> rawPages = read(parsed, unit);
        if (rawPages.isEmpty() && unit != PageUnit.SECTION) {
            unit = PageUnit.SECTION;
            rawPages = read(parsed, unit);
        }
        if (unit == PageUnit.SECTION) {
            rawPages = SectionSplitter.split(rawPages, AcceptedFormats.isPlainText(mediaType));
        } else if (unit == PageUnit.SLIDE) {
            rawPages = withSlideTitles(rawPages);
        }

        long letters = countLetters(rawPages);
        if (letters == 0 || AcceptedFormats.PDF.equals(mediaType)
                && letters < (long) MIN_PDF_LETTERS_PER_PAGE * rawPages.size()) {
            throw Failures.noText(mediaType);
        }

        List<ExtractedPage> pages = new ArrayList<>();
        for (RawPage page : rawPages) {
            if (!page.text().isBlank()) {
                pages.add(new ExtractedPage(page.number(), page.text(), page.headings()));
            }
        }
        Metadata metadata = parsed.metadata();
        String title = metadataReader.title(metadata, rawPages);
        if (title.isEmpty()) {
            title = TextNormalizer.singleLine(pages.get(0).text().lines().findFirst().orElse(""));
        }
        return new ExtractedDocument(mediaType, title, metadataReader.authors(metadata),
                metadataReader.publisher(metadata), metadataReader.publicationDate(metadata), null, pages,
                rawPages.size(), unit, metadataReader.summary(metadata, metadata.get(Metadata.CONTENT_TYPE)));
    }

    private static List<RawPage> read(ParsedFile parsed, PageUnit unit) throws ExtractionException {
        try {
            return XhtmlPageReader.read(parsed.xhtml(), unit);
        } catch (SAXException | IOException e) {
            // Tika wrote this XHTML itself, so failing to read it back is our fault, not the file's.
            throw Failures.internal(e);
        }
    }

    private static List<RawPage> withSlideTitles(List<RawPage> slides) {
        List<RawPage> titled = new ArrayList<>(slides.size());
        for (RawPage slide : slides) {
            if (!slide.headings().isEmpty() || slide.text().isBlank()) {
                titled.add(slide);
                continue;
            }
            String firstLine = slide.text().lines().findFirst().orElse("").strip();
            boolean looksLikeTitle = firstLine.length() <= MAX_SLIDE_TITLE_CHARS
                    && firstLine.codePoints().anyMatch(Character::isLetter);
            titled.add(looksLikeTitle ? new RawPage(slide.number(), slide.text(), List.of(firstLine)) : slide);
        }
        return titled;
    }

    private static long countLetters(List<RawPage> pages) {
        long letters = 0;
        for (RawPage page : pages) {
            letters += page.text().codePoints().filter(Character::isLetter).count();
        }
        return letters;
    }
}
