package org.commonslibrary.web.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.commonslibrary.model.cases.CaseExample;
import org.commonslibrary.model.cases.CaseStatus;
import org.commonslibrary.search.application.SimilarCases;
import org.commonslibrary.web.audit.AuditAction;
import org.commonslibrary.web.audit.AuditLog;
import org.commonslibrary.web.search.ChangesToIndex;

/**
 * Case examples: anyone reads confirmed ones; curators also see proposals and review them (confirm, edit
 * the title, or reject).
 */
@Path("/cases")
public class CaseResource {

    static final int PAGE_SIZE = 50;

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    ChangesToIndex changesToIndex;

    @Inject
    SimilarCases similarCases;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public CaseList list(@QueryParam("status") @DefaultValue("confirmed") String status,
            @QueryParam("document") Long documentId, @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("lang") @DefaultValue("en") String lang, @Context SecurityContext security) {
        CaseStatus wanted = parseStatus(status);
        if (wanted != CaseStatus.CONFIRMED && !security.isUserInRole("editor")) {
            throw new InvalidRequestException(Response.Status.FORBIDDEN,
                    "Only curators may see proposed or rejected cases.");
        }
        if (page < 1) {
            throw new InvalidRequestException("page must be 1 or more.");
        }
        Labels labels = new Labels(lang);
        String where = "c.status = :status and c.document.published = true"
                + (documentId == null ? "" : " and c.document.id = :document");
        var query = entityManager.createQuery("select c from CaseExample c where " + where
                + " order by c.confidence desc, c.id", CaseExample.class).setParameter("status", wanted);
        var count = entityManager.createQuery("select count(c) from CaseExample c where " + where, Long.class)
                .setParameter("status", wanted);
        if (documentId != null) {
            query.setParameter("document", documentId);
            count.setParameter("document", documentId);
        }
        List<CaseView> cases = query.setFirstResult((page - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultStream().map(c -> CaseView.of(c, labels)).toList();
        return new CaseList(count.getSingleResult(), page, PAGE_SIZE, cases);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public CaseView get(@PathParam("id") long id, @QueryParam("lang") @DefaultValue("en") String lang,
            @Context SecurityContext security) {
        CaseExample example = find(id);
        if (example.getStatus() != CaseStatus.CONFIRMED && !security.isUserInRole("editor")) {
            throw notFound(id);
        }
        return CaseView.of(example, new Labels(lang));
    }

    /**
     * Up to ten cases like this one (same practice, sector, country or region), best first: confirmed ones,
     * and for curators proposed ones too; never rejected ones.
     */
    @GET
    @Path("/{id}/similar")
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public SimilarCaseList similar(@PathParam("id") long id, @QueryParam("lang") @DefaultValue("en") String lang,
            @Context SecurityContext security) {
        Labels labels = new Labels(lang);
        CaseExample example = find(id);
        boolean curator = security.isUserInRole("editor");
        if (example.getStatus() != CaseStatus.CONFIRMED && !curator) {
            throw notFound(id);
        }
        return new SimilarCaseList(id, similarCases.similarTo(entityManager, example, curator).stream()
                .map(c -> CaseView.of(c, labels)).toList());
    }

    /** The cases like one case. */
    public record SimilarCaseList(long caseId, List<CaseView> cases) {
    }

    /** {@code {"status": "confirmed" | "rejected" | "proposed", "title": "optional new title"}} */
    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("editor")
    @Transactional
    public CaseView review(@PathParam("id") long id, Review review, @Context SecurityContext security) {
        if (review == null || review.status() == null) {
            throw new InvalidRequestException("Send a status: confirmed, rejected or proposed.");
        }
        CaseStatus status = parseStatus(review.status());
        CaseExample example = find(id);
        Instant now = Instant.now();
        List<String> changes = new ArrayList<>();
        if (review.title() != null) {
            String title = review.title().strip();
            if (title.isEmpty() || title.length() > 300) {
                throw new InvalidRequestException("A title has 1 to 300 characters.");
            }
            if (!title.equals(example.getTitle())) {
                changes.add("title: \"" + example.getTitle() + "\" → \"" + title + "\"");
            }
            example.retitle(title, now);
        }
        if (status != example.getStatus()) {
            changes.add("status: " + example.getStatus().name().toLowerCase(Locale.ROOT) + " → "
                    + status.name().toLowerCase(Locale.ROOT));
        }
        example.review(status, now);
        // A confirmed case must be findable, and a rejected one gone, when the reviewer is told so.
        changesToIndex.expect(CaseExample.class, example.getId());
        audit.record(security.getUserPrincipal().getName(), AuditAction.CASE_REVIEWED, "case " + id,
                changes.isEmpty() ? "reviewed unchanged" : String.join("; ", changes));
        return CaseView.of(example, new Labels("en"));
    }

    private CaseExample find(long id) {
        CaseExample example = entityManager.find(CaseExample.class, id);
        if (example == null || !example.getDocument().isPublished()) {
            throw notFound(id);
        }
        return example;
    }

    private static InvalidRequestException notFound(long id) {
        return new InvalidRequestException(Response.Status.NOT_FOUND, "There is no case " + id + ".");
    }

    private static CaseStatus parseStatus(String status) {
        try {
            return CaseStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status must be proposed, confirmed or rejected.");
        }
    }

    /** What a curator decides about a case. */
    public record Review(String status, String title) {
    }

    /** One page of cases. */
    public record CaseList(long total, int page, int pageSize, List<CaseView> cases) {
    }
}
