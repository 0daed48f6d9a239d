package org.commonslibrary.ingest.extraction;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * The formats the library accepts, judged by the type Tika detects from a file's bytes. A file's name says
 * nothing trustworthy about what a parser will be asked to open, so it is never consulted.
 */
final class AcceptedFormats {

    static final String PDF = "application/pdf";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String PPT = "application/vnd.ms-powerpoint";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PLAIN_TEXT = "text/plain";

    private static final Map<String, String> ACCEPTED = new LinkedHashMap<>();

    static {
        ACCEPTED.put(PDF, "PDF");
        ACCEPTED.put("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)");
        ACCEPTED.put("application/msword", "Word 97-2003 (DOC)");
        ACCEPTED.put("application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)");
        ACCEPTED.put("application/rtf", "RTF");
        ACCEPTED.put(PPTX, "PowerPoint (PPTX)");
        ACCEPTED.put(PPT, "PowerPoint 97-2003 (PPT)");
        ACCEPTED.put(XLSX, "Excel (XLSX)");
        ACCEPTED.put("text/html", "HTML");
        ACCEPTED.put("application/xhtml+xml", "XHTML");
        ACCEPTED.put("application/epub+zip", "EPUB");
        ACCEPTED.put(PLAIN_TEXT, "plain text");
        ACCEPTED.put("text/markdown", "Markdown");
        ACCEPTED.put("text/x-web-markdown", "Markdown");
        ACCEPTED.put("message/rfc822", "e-mail (EML)");
    }

    /**
     * What a magic-bytes-only detection reports for files that the full detector in the fork may still
     * resolve to an accepted type: Office and OpenDocument files are zip or OLE2 containers until their
     * entries are inspected, and "unknown" bytes deserve the full detector's opinion.
     */
    private static final Set<String> UNRESOLVED_CONTAINERS = Set.of(
            "application/zip",
            "application/x-tika-ooxml",
            "application/x-tika-msoffice",
            "application/x-tika-ooxml-protected",
            "application/xml",
            "application/octet-stream");

    private static final Set<String> PROTECTED_CONTAINERS = Set.of(
            "application/x-tika-ooxml-protected");

    private static final String ACCEPTED_LIST = "PDF, Word (DOCX, DOC), OpenDocument text (ODT), RTF, "
            + "PowerPoint (PPTX, PPT), Excel (XLSX), HTML, EPUB, plain text, Markdown and e-mail (EML)";

    private AcceptedFormats() {
    }

    static boolean accepts(String mediaType) {
        return ACCEPTED.containsKey(mediaType);
    }

    static boolean mayResolveToAccepted(String sniffedType) {
        return accepts(sniffedType) || UNRESOLVED_CONTAINERS.contains(sniffedType);
    }

    static boolean isPasswordProtectedContainer(String mediaType) {
        return PROTECTED_CONTAINERS.contains(mediaType);
    }

    static PageUnit pageUnitOf(String mediaType) {
        if (PDF.equals(mediaType)) {
            return PageUnit.PAGE;
        }
        if (PPTX.equals(mediaType) || PPT.equals(mediaType)) {
            return PageUnit.SLIDE;
        }
        if (XLSX.equals(mediaType)) {
            return PageUnit.SHEET;
        }
        return PageUnit.SECTION;
    }

    static boolean isPlainText(String mediaType) {
        return PLAIN_TEXT.equals(mediaType) || "text/markdown".equals(mediaType)
                || "text/x-web-markdown".equals(mediaType);
    }

    /** Strips parameters such as {@code ; charset=UTF-8} and normalises case. */
    static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return base.trim().toLowerCase(Locale.ROOT);
    }

    static String acceptedList() {
        return ACCEPTED_LIST;
    }

    /** "Portable Network Graphics (PNG, image/png)", or just the type when Tika has no description for it. */
    static String describe(String mediaType) {
        MimeType type = null;
        try {
            // getRegisteredMimeType, unlike forName, does not add unknown names to the shared registry.
            type = MimeTypes.getDefaultMimeTypes().getRegisteredMimeType(mediaType);
        } catch (MimeTypeException e) {
            // An unparseable type name still deserves to be reported as-is.
        }
        if (type == null || type.getDescription() == null || type.getDescription().isBlank()) {
            return mediaType;
        }
        String acronym = type.getAcronym();
        return type.getDescription() + " ("
                + (acronym == null || acronym.isBlank() ? "" : acronym + ", ") + mediaType + ")";
    }
}
