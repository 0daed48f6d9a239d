package org.commonslibrary.ingest.extraction;

/**
 * What an {@link ExtractedPage} number refers to, so a citation can say "page 4", "slide 4" or
 * "section 4" truthfully.
 */
public enum PageUnit {
    /** A printed page of a paginated format (PDF); numbers match the reader's page numbers. */
    PAGE,
    /** A slide of a presentation, including its speaker notes. */
    SLIDE,
    /** A worksheet of a spreadsheet, in workbook order. */
    SHEET,
    /**
     * A section of a format without pages, cut at top-level headings or, failing those, every few
     * thousand characters; the numbering is stable for the same file.
     */
    SECTION
}
