package org.commonslibrary.web.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.commonslibrary.ingest.application.ArchiveRejectedException;
import org.commonslibrary.ingest.application.UploadTooLargeException;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.ingest.IngestJob;
import org.commonslibrary.search.application.SimilarDocuments;
import org.commonslibrary.web.audit.AuditAction;
import org.commonslibrary.web.audit.AuditLog;
import org.commonslibrary.web.curation.DocumentRemoval;
import org.commonslibrary.web.ingest.UploadIntake;
import org.commonslibrary.web.search.ChangesToIndex;

/**
 * Documents: editors upload ({@code POST}) and correct ({@code PATCH}) them, admins delete them; everyone reads published
 * ones ({@code GET /{id}}).
 */
@Path("/documents")
public class DocumentResource {

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Inject
    UploadIntake intake;

    @Inject
    SimilarDocuments similarDocuments;

    @Inject
    DocumentRemoval removal;

    @Inject
    AuditLog audit;

    @Inject
    ChangesToIndex changesToIndex;

    @Context
    UriInfo uri;

    /**
     * One or more files in multipart fields named {@code file}; a zip archive of documents counts as its
     * documents. A single document answers with its job (and its address in {@code Location}); anything
     * else answers with the list of jobs.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @UploadSizeLimit
    public Response upload(List<EntityPart> parts, @Context SecurityContext security) {
        List<EntityPart> files = parts.stream().filter(p -> "file".equals(p.getName())).toList();
        if (files.isEmpty()) {
            throw new InvalidRequestException("Send the documents in multipart fields named 'file'.");
        }
        if (files.size() == 1) {
            List<IngestJob> jobs = accept(files.get(0), security);
            if (jobs.size() == 1) {
                URI location = uri.getBaseUriBuilder().path(JobResource.class).path(jobs.get(0).getId()).build();
                return Response.accepted(JobView.of(jobs.get(0))).location(location).build();
            }
            return Response.accepted(new JobBatchView(jobs.stream().map(JobView::of).toList(), List.of())).build();
        }
        // Several files: one refused file must not hide the jobs the others started.
        List<JobView> jobs = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (EntityPart file : files) {
            try {
                accept(file, security).forEach(job -> jobs.add(JobView.of(job)));
            } catch (InvalidRequestException e) {
                rejected.add(new Rejection(file.getFileName().orElse(""),
                        String.valueOf(((Problem) e.getResponse().getEntity()).detail())));
            }
        }
        return Response.accepted(new JobBatchView(jobs, rejected)).build();
    }

    private List<IngestJob> accept(EntityPart file, SecurityContext security) {
        String filename = file.getFileName().filter(n -> !n.isBlank())
                .orElseThrow(() -> new InvalidRequestException("A 'file' field has no file name."));
        try (InputStream content = file.getContent()) {
            String actor = security.getUserPrincipal().getName();
            List<IngestJob> jobs = intake.accept(filename, content, actor);
            for (IngestJob job : jobs) {
                audit.record(actor, AuditAction.DOCUMENT_UPLOADED, "job " + job.getId(), job.getOriginalFilename());
            }
            return jobs;
        } catch (UploadTooLargeException e) {
            throw new InvalidRequestException(Response.Status.REQUEST_ENTITY_TOO_LARGE, filename + ": " + e.getMessage());
        } catch (ArchiveRejectedException e) {
            throw new InvalidRequestException(filename + ": " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidRequestException(filename + ": the upload could not be read; it may have been interrupted.");
        }
    }

    /** A file of a multi-file upload that was refused, and why. */
    public record Rejection(String filename, String reason) {
    }

    /** The jobs one upload request created. */
    public record JobBatchView(List<JobView> jobs, List<Rejection> rejected) {
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public DocumentView document(@PathParam("id") String id, @QueryParam("lang") @DefaultValue("en") String lang,
            @Context SecurityContext security) {
        LibraryDocument document = entityManager.find(LibraryDocument.class, parseId(id));
        boolean curator = security.isUserInRole("editor");
        if (document == null || (!document.isPublished() && !curator)) {
            throw new InvalidRequestException(Response.Status.NOT_FOUND, "There is no document " + id + ".");
        }
        return DocumentView.of(document, new Labels(lang), curator);
    }

    /**
     * Up to ten published documents like this one (shared words, concepts and countries), best first; an
     * unpublished document has none for anyone but an admin.
     */
    @GET
    @Path("/{id}/similar")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public SimilarDocumentList similar(@PathParam("id") String id, @QueryParam("lang") @DefaultValue("en") String lang,
            @Context SecurityContext security) {
        Labels labels = new Labels(lang);
        LibraryDocument document = entityManager.find(LibraryDocument.class, parseId(id));
        if (document == null || !document.isPublished() && !security.isUserInRole("admin")) {
            throw new InvalidRequestException(Response.Status.NOT_FOUND, "There is no document " + id + ".");
        }
        return new SimilarDocumentList(document.getId(), similarDocuments.similarTo(entityManager, document).stream()
                .map(similar -> SimilarDocumentView.of(similar, document, labels)).toList());
    }

    /** The documents like one document. */
    public record SimilarDocumentList(long documentId, List<SimilarDocumentView> documents) {
    }

    /**
     * An admin's corrections: any of {@code title}, {@code kind}, {@code language}, {@code concepts} (the
     * complete list of concept ids the document is about) and {@code published}. Fields left out stay as
     * they are. The document is re-indexed when the transaction commits.
     */
    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Transactional
    public DocumentView correct(@PathParam("id") String id, DocumentCorrection correction,
            @Context SecurityContext security) {
        LibraryDocument document = entityManager.find(LibraryDocument.class, parseId(id));
        if (document == null) {
            throw new InvalidRequestException(Response.Status.NOT_FOUND, "There is no document " + id + ".");
        }
        if (correction == null) {
            throw new InvalidRequestException("Send the corrections as a JSON object.");
        }
        List<String> changes = correction.applyTo(document);
        if (!changes.isEmpty()) {
            // An unpublished document must leave search before the admin is told it has.
            changesToIndex.expect(LibraryDocument.class, document.getId());
            audit.record(security.getUserPrincipal().getName(), AuditAction.DOCUMENT_CORRECTED,
                    "document " + document.getId(), String.join("; ", changes));
        }
        return DocumentView.of(document, new Labels("en"), true);
    }

    /**
     * Deletes a document with its pages, cases and sessions, and its original. When the call returns, the
     * document no longer appears in search.
     */
    @DELETE
    @Path("/{id}")
    @RolesAllowed("admin")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        long documentId = parseId(id);
        if (removal.remove(documentId, security.getUserPrincipal().getName()).isEmpty()) {
            throw new InvalidRequestException(Response.Status.NOT_FOUND, "There is no document " + id + ".");
        }
        return Response.noContent().build();
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(Response.Status.NOT_FOUND, "There is no document " + id + ".");
        }
    }
}
