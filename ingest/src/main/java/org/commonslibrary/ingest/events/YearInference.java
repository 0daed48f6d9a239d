package org.commonslibrary.ingest.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.commonslibrary.ingest.dates.DateMention;

/**
 * Chooses the year of a date written without one. A weekday settles it: "Thursday, May 23" is 2024 and not
 * 2025, because a given day of the year falls on a given weekday only every few years. So the answer is the
 * year, within {@value #SEARCH_YEARS} years of the reference date, in which the date has the written weekday,
 * the nearest to the reference date when two qualify.
 */
final class YearInference {

    static final int SEARCH_YEARS = 3;

    private YearInference() {
    }

    /** @return the year in which {@code mention}'s first day has its written weekday, if there is one nearby */
    static Optional<Integer> fromWeekday(DateMention mention, LocalDate reference) {
        DayOfWeek weekday = mention.weekday();
        if (weekday == null || !mention.hasDay()) {
            return Optional.empty();
        }
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = reference.getYear() + SEARCH_YEARS; year >= reference.getYear() - SEARCH_YEARS; year--) {
            Optional<LocalDate> date = mention.firstDateIn(year);
            if (date.isPresent() && date.get().getDayOfWeek() == weekday) {
                // Counting down makes the later year win a tie: calls announce what is coming.
                long distance = Math.abs(ChronoUnit.DAYS.between(reference, date.get()));
                if (distance < bestDistance) {
                    best = year;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
