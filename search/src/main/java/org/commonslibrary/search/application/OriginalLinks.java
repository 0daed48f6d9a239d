package org.commonslibrary.search.application;

import org.commonslibrary.model.document.LibraryDocument;

/**
 * Links that open a document's original, at a given page where the viewer can jump there: browsers' PDF
 * viewers honour {@code #page=N}; other formats open at their start.
 */
public final class OriginalLinks {

    private static final String PDF = "application/pdf";

    private OriginalLinks() {
    }

    public static String original(long documentId) {
        return "/api/documents/" + documentId + "/original";
    }

    public static String atPage(LibraryDocument document, int page) {
        String link = original(document.getId());
        return PDF.equals(document.getMediaType()) ? link + "#page=" + page : link;
    }
}
