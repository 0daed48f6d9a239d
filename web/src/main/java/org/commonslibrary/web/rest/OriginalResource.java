package org.commonslibrary.web.rest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

import org.commonslibrary.ingest.application.OriginalStore;
import org.commonslibrary.model.document.LibraryDocument;

/**
 * {@code GET /api/documents/{id}/original}: the file as it was uploaded. Following OWASP's rules for serving
 * uploads, the name in {@code Content-Disposition} is ours (never the uploader's), the type is the one
 * detected from the content, browsers may not guess another, and only PDFs open in the browser (so a link can
 * jump to a page with {@code #page=N}); everything else, HTML above all, is downloaded, never shown as a page.
 */
@jakarta.ws.rs.Path("/documents/{id}/original")
public class OriginalResource {

    private static final String PDF = "application/pdf";
    private static final Pattern SAFE_EXTENSION = Pattern.compile("[a-z0-9]{1,5}");

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Inject
    OriginalStore store;

    @GET
    @Transactional
    public Response original(@PathParam("id") String id, @Context SecurityContext security) {
        LibraryDocument document = findVisible(id, security);
        Path file = store.path(document.getStorageKey());
        if (!Files.isRegularFile(file)) {
            throw new InvalidRequestException(Response.Status.NOT_FOUND,
                    "The original of document " + id + " is not in the store.");
        }
        boolean pdf = PDF.equals(document.getMediaType());
        String disposition = (pdf ? "inline" : "attachment") + "; filename=\"" + downloadName(document) + "\"";
        var response = Response.ok((StreamingOutput) out -> Files.copy(file, out))
                .type(document.getMediaType())
                .header("Content-Disposition", disposition)
                .header("Content-Length", document.getSizeBytes())
                .header("Cache-Control", "private, max-age=300");
        if (!pdf) {
            // Should a browser render it anyway, it runs no script and loads nothing.
            response.header("Content-Security-Policy", "sandbox; default-src 'none'");
        }
        return response.build();
    }

    private LibraryDocument findVisible(String id, SecurityContext security) {
        LibraryDocument document = null;
        try {
            document = entityManager.find(LibraryDocument.class, Long.parseLong(id));
        } catch (NumberFormatException e) {
            // answered as not found below
        }
        boolean curator = security != null && security.isUserInRole("editor");
        if (document == null || (!document.isPublished() && !curator)) {
            throw new InvalidRequestException(Response.Status.NOT_FOUND, "There is no document " + id + ".");
        }
        return document;
    }

    /** {@code document-42.pdf}: the extension of the uploaded name if it is plain, else none. */
    static String downloadName(LibraryDocument document) {
        String uploaded = document.getOriginalFilename();
        int dot = uploaded == null ? -1 : uploaded.lastIndexOf('.');
        String extension = dot < 0 ? "" : uploaded.substring(dot + 1).toLowerCase(Locale.ROOT);
        return "document-" + document.getId() + (SAFE_EXTENSION.matcher(extension).matches() ? "." + extension : "");
    }
}
