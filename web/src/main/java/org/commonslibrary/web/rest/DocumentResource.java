package org.commonslibrary.web.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.commonslibrary.ingest.application.UploadTooLargeException;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.ingest.IngestJob;
import org.commonslibrary.web.ingest.UploadIntake;

/** Documents: admins upload them ({@code POST}), everyone reads published ones ({@code GET /{id}}). */
@Path("/documents")
public class DocumentResource {

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Inject
    UploadIntake intake;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response upload(List<EntityPart> parts, @Context SecurityContext security) {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("Send the document in a multipart field named 'file'."));
        String filename = file.getFileName().filter(n -> !n.isBlank())
                .orElseThrow(() -> new InvalidRequestException("The 'file' field has no file name."));
        IngestJob job;
        try (InputStream content = file.getContent()) {
            job = intake.accept(filename, content, security.getUserPrincipal().getName());
        } catch (UploadTooLargeException e) {
            throw new InvalidRequestException(Response.Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        } catch (IOException e) {
            throw new InvalidRequestException("The upload could not be read: it may have been interrupted.");
        }
        URI location = uri.getBaseUriBuilder().path(JobResource.class).path(job.getId()).build();
        return Response.accepted(JobView.of(job)).location(location).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public DocumentView document(@PathParam("id") String id) {
        LibraryDocument document = entityManager.find(LibraryDocument.class, parseId(id));
        if (document == null || !document.isPublished()) {
            throw new InvalidRequestException(Response.Status.NOT_FOUND, "There is no document " + id + ".");
        }
        return DocumentView.of(document);
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(Response.Status.NOT_FOUND, "There is no document " + id + ".");
        }
    }
}
