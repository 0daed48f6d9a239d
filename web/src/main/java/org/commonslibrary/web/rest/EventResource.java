package org.commonslibrary.web.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.commonslibrary.model.events.EventSession;

/**
 * {@code GET /api/events}: the peer-learning events the library's published calls announce, each with its
 * sessions as instants (UTC) and the time zone the call wrote, so that a page can show them in the reader's
 * own zone. Events come in the order of their first session.
 */
@Path("/events")
public class EventResource {

    /** Far more sessions than the programme holds; a bound, so the answer stays small whatever is uploaded. */
    static final int MAX_SESSIONS = 1000;

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    /** An event call and its sessions. */
    public record EventView(long documentId, String title, String language, List<SessionView> sessions) {
    }

    /** One session: when it starts and ends, the zone the call wrote, and the page that says so. */
    public record SessionView(Instant start, Instant end, String zoneAsWritten, int page) {
    }

    /** The events, oldest first session first. */
    public record EventList(List<EventView> events) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public EventList events() {
        List<EventSession> sessions = entityManager.createQuery("select s from EventSession s join fetch s.document"
                + " where s.document.published = true order by s.startsAt, s.id", EventSession.class)
                .setMaxResults(MAX_SESSIONS).getResultList();
        Map<Long, List<SessionView>> byDocument = new LinkedHashMap<>();
        Map<Long, EventSession> first = new LinkedHashMap<>();
        for (EventSession session : sessions) {
            long documentId = session.getDocument().getId();
            first.putIfAbsent(documentId, session);
            byDocument.computeIfAbsent(documentId, id -> new ArrayList<>()).add(new SessionView(
                    session.getStartsAt(), session.getEndsAt(), session.getZoneLabel(), session.getPageNumber()));
        }
        List<EventView> events = new ArrayList<>();
        first.forEach((documentId, session) -> events.add(new EventView(documentId, session.getDocument().getTitle(),
                session.getDocument().getLanguage(), byDocument.get(documentId))));
        return new EventList(events);
    }
}
