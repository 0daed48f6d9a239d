package org.commonslibrary.ingest.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commonslibrary.ingest.dates.AlignedFolding;
import org.commonslibrary.ingest.dates.DateMention;
import org.commonslibrary.ingest.dates.DateText;

/**
 * Finds the sessions an event call announces: a date (or a list of dates) together with a clock-time range
 * and a time zone, in English, French or Spanish ("Thursdays, May 23 and May 30. 15:00-17:30 CET", "jeudi
 * 23 mai 2024, de 15 h à 17 h 30 (CET)", "el jueves 23 de mayo de 2024, de 15:00 a 17:30 (hora de Europa
 * Central / CET)", "3 pm – 5:30 pm UTC").
 *
 * <p>Time zones. UTC, GMT and written offsets ("UTC+2", "GMT-3") are taken literally. An abbreviation is read
 * as the local time of its region: "CET" and "CEST" both mean the clocks of Paris and Brussels
 * (Europe/Paris), so "15:00 CET" on 23 May 2024 is 13:00 UTC. Calls write "CET" in summer far more often
 * than they mean a fixed UTC+1 in summer, and reading it as local time keeps a series of sessions at the
 * same local time across the change of clocks, as organisers intend. When the text gives both, as in
 * "15:00-17:30 CEST (UTC+2)", the written offset decides and the abbreviation is kept as the label. A range
 * with no zone of its own takes the zone written nearest to it elsewhere in the text; when the text names no
 * zone at all, the range is not reported, since it cannot be placed in time.
 *
 * <p>Years. A date without a year takes it from the list it belongs to ("May 23 and May 30, 2024"); else,
 * when a weekday is written, the year near the reference date in which the date falls on that weekday (see
 * {@code YearInference}); else the reference date's year. The reference date is the document's date, or
 * when that is unknown, the first complete date written in the text, or else today.
 *
 * <p>An end time earlier than the start time means the next day. Only time ranges make sessions: a date
 * with a single time is usually a deadline. Thread-safe.
 */
public final class SessionExtractor {

    private static final ZoneFinder ZONES = new ZoneFinder();

    private final Clock clock;

    public SessionExtractor() {
        this(Clock.systemUTC());
    }

    /** @param clock gives "today" for documents that carry no date at all */
    public SessionExtractor(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param text         the document's text
     * @param language     its language code ("en", "fr", "es"), or null; it decides which abbreviated month
     *                     and weekday names count, full names of all three languages are always recognised
     * @param documentDate the document's publication date, or null; it anchors dates written without a year
     * @return the sessions, sorted by start; one per date when several dates share a time range
     */
    public List<EventSession> extract(String text, String language, LocalDate documentDate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = AlignedFolding.fold(text);
        List<DateMention> mentions = DateText.forLanguage(language).find(text);
        LineIndex lines = new LineIndex(text);
        List<DateGroup> groups = DateGroup.of(mentions.stream().filter(DateMention::hasDay).toList(), folded, lines);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<TimeRange> ranges = TimeRangeFinder.find(folded);
        List<ZoneMention> zones = ZONES.find(text, folded);
        RangeAssignment.assign(groups, ranges, folded, lines, zones);

        LocalDate reference = documentDate != null ? documentDate : firstCompleteDate(mentions).orElse(LocalDate.now(clock));
        Map<List<Instant>, EventSession> sessions = new LinkedHashMap<>();
        for (DateGroup group : groups) {
            List<LocalDate> dates = datesOf(group, reference);
            for (TimeRange range : group.ranges) {
                Optional<RangeZone> zone = RangeZone.of(range, text, lines, ranges, mentions, zones);
                if (zone.isEmpty()) {
                    continue;
                }
                int textStart = Math.min(group.start(), range.start());
                int textEnd = Math.max(group.end(), zone.get().end());
                for (LocalDate date : dates) {
                    EventSession session = session(date, range, zone.get(), text, textStart, textEnd);
                    // A session announced twice (in a summary and in the programme) is one session.
                    sessions.putIfAbsent(List.of(session.start(), session.end()), session);
                }
            }
        }
        List<EventSession> sorted = new ArrayList<>(sessions.values());
        sorted.sort(Comparator.comparing(EventSession::start).thenComparing(EventSession::end));
        return sorted;
    }

    private static EventSession session(LocalDate date, TimeRange range, RangeZone zone, String text, int textStart, int textEnd) {
        Instant start = ZonedDateTime.of(date, range.from(), zone.zone()).toInstant();
        LocalDate endDate = range.crossesMidnight() ? date.plusDays(1) : date;
        Instant end = ZonedDateTime.of(endDate, range.to(), zone.zone()).toInstant();
        return new EventSession(start, end, zone.label(), zone.zone(), textStart, textEnd, text.substring(textStart, textEnd));
    }

    /** The dates of a group, each with its year resolved. */
    private static List<LocalDate> datesOf(DateGroup group, LocalDate reference) {
        List<DateMention> mentions = group.mentions;
        int inferred = 0;
        if (mentions.stream().noneMatch(DateMention::hasYear)) {
            inferred = mentions.stream().filter(m -> m.weekday() != null).findFirst()
                    .flatMap(m -> YearInference.fromWeekday(m, reference))
                    .orElse(reference.getYear());
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            int year = inferred != 0 ? inferred : writtenYearNear(mentions, i);
            dates.addAll(mentions.get(i).datesIn(year));
        }
        return dates;
    }

    /** A list's year is usually written once, after its last date: "May 23 and May 30, 2024". */
    private static int writtenYearNear(List<DateMention> mentions, int index) {
        for (int i = index; i < mentions.size(); i++) {
            if (mentions.get(i).hasYear()) {
                return mentions.get(i).year();
            }
        }
        for (int i = index - 1; i >= 0; i--) {
            if (mentions.get(i).hasYear()) {
                return mentions.get(i).year();
            }
        }
        throw new IllegalStateException("a list with a written year has none");
    }

    private static Optional<LocalDate> firstCompleteDate(List<DateMention> mentions) {
        return mentions.stream().filter(m -> m.hasYear() && m.hasDay()).findFirst().flatMap(m -> m.firstDateIn(m.year()));
    }
}
