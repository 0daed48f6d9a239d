package org.commonslibrary.ingest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A calendar date, or a list of days of one month, as written in a text.
 *
 * @param start   first character of the mention in the text
 * @param end     after its last character
 * @param year    the year as written, or 0 when the text leaves it out
 * @param month   1 to 12
 * @param days    the days of the month in written order ("23 et 30 mai" gives 23 and 30); empty when the
 *                text names only a month and a year ("marzo de 2024")
 * @param weekday the day of the week written before the date, or null
 */
public record DateMention(int start, int end, int year, int month, List<Integer> days, DayOfWeek weekday) {

    public DateMention {
        days = List.copyOf(days);
    }

    public boolean hasYear() {
        return year != 0;
    }

    public boolean hasDay() {
        return !days.isEmpty();
    }

    /** The first day in {@code year}, or empty when that day does not exist in that year (29 February). */
    public Optional<LocalDate> firstDateIn(int inYear) {
        return dateIn(inYear, hasDay() ? days.get(0) : 1);
    }

    /** Every listed day in {@code year}, leaving out days that year does not have. */
    public List<LocalDate> datesIn(int inYear) {
        return days.stream().flatMap(day -> dateIn(inYear, day).stream()).toList();
    }

    private Optional<LocalDate> dateIn(int inYear, int day) {
        if (day < 1 || day > YearMonth.of(inYear, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(inYear, month, day));
    }
}
