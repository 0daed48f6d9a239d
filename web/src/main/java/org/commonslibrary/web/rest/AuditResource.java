package org.commonslibrary.web.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.commonslibrary.model.audit.AuditEntry;
import org.commonslibrary.web.audit.AuditLog;

/** {@code GET /api/audit}: the audit log, newest first, for admins only. */
@Path("/audit")
@RolesAllowed("admin")
public class AuditResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    AuditLog log;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AuditPage entries(@QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 1 || page > 100_000) {
            throw new InvalidRequestException("page must be between 1 and 100000.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        List<EntryView> entries = log.page((page - 1) * size, size).stream().map(EntryView::of).toList();
        return new AuditPage(log.count(), page, size, entries);
    }

    /** One page of the log. */
    public record AuditPage(long total, int page, int size, List<EntryView> entries) {
    }

    /** One entry as the API shows it. */
    public record EntryView(long id, Instant at, String actor, String action, String target, String detail) {

        static EntryView of(AuditEntry entry) {
            return new EntryView(entry.getId(), entry.getAt(), entry.getActor(), entry.getAction(), entry.getTarget(),
                    entry.getDetail());
        }
    }
}
