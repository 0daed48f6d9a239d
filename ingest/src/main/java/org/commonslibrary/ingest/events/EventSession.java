package org.commonslibrary.ingest.events;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One session of an event, as announced in a document.
 *
 * @param start      when it begins
 * @param end        when it ends (on the next day when the text's end time is earlier than its start time)
 * @param zoneLabel  the time zone as the text writes it ("CET", "UTC+2", "hora de Europa Central")
 * @param zone       the zone or fixed offset the instants were computed in; a fixed offset when the text gives
 *                   one ("CEST (UTC+2)"), otherwise the region an abbreviation stands for (CET: Europe/Paris)
 * @param textStart  first character of the passage the session was read from
 * @param textEnd    after the last character of that passage
 * @param sourceText that passage, for showing where the session comes from
 */
public record EventSession(Instant start, Instant end, String zoneLabel, ZoneId zone, int textStart, int textEnd,
                           String sourceText) {
}
