package org.commonslibrary.ingest.events;

import java.time.LocalTime;

/**
 * A clock-time range as written ("15:00-17:30", "de 15 h à 17 h 30", "3 pm – 5:30 pm").
 *
 * @param start      first character
 * @param end        after the last character
 * @param from       the starting time
 * @param to         the ending time; 00:00 when the text says "24:00"
 * @param toMidnight whether the text ends the range at "24:00", the end of the day
 */
record TimeRange(int start, int end, LocalTime from, LocalTime to, boolean toMidnight) {

    /** Whether the range ends on the day after it starts ("22:00-01:00", "20:00-24:00"). */
    boolean crossesMidnight() {
        return toMidnight || to.isBefore(from);
    }
}
