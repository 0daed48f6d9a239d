package org.commonslibrary.ingest.extraction;

/**
 * What the forked parser reported, kept as the cause of an {@link ExtractionException} so that logs show
 * the parser's own stack trace while users see a plain message.
 */
final class ForkedParserFailure extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DETAIL_CHARS = 8_000;

    ForkedParserFailure(String detail) {
        super(shorten(detail), null, false, false);
    }

    private static String shorten(String detail) {
        if (detail == null) {
            return "(no detail)";
        }
        return detail.length() <= MAX_DETAIL_CHARS ? detail : detail.substring(0, MAX_DETAIL_CHARS) + "...";
    }
}
