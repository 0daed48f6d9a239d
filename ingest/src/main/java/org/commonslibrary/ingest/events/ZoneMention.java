package org.commonslibrary.ingest.events;

import java.time.ZoneId;

/**
 * A time zone as written in a text.
 *
 * @param start first character
 * @param end   after the last character
 * @param label the text as written ("CEST", "UTC+2", "hora de Europa Central")
 * @param zone  the zone or fixed offset the label stands for
 * @param kind  how it was written, which decides which of several mentions names the zone of a time
 */
record ZoneMention(int start, int end, String label, ZoneId zone, Kind kind) {

    enum Kind {
        /** UTC or GMT, with or without an offset: taken literally. */
        OFFSET,
        /** CET, EST...: the local time of a region. */
        ABBREVIATION,
        /** "Central European Time", "Bogotá time", "heure de Paris". */
        NAME
    }
}
