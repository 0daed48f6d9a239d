package org.commonslibrary.ingest.events;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds clock-time ranges in a folded text ({@code AlignedFolding}): "15:00-17:30", "9:00 to 11:30",
 * "15 h 00-17 h 30", "de 15 h à 17 h 30", "de las 15:00 a las 17:30", "3 pm – 5:30 pm", "entre las 15 y las
 * 17 h". Single times are left out on purpose: in calls they are deadlines far more often than sessions.
 *
 * <p>A bare number is a time only when the other end of the range is unmistakably one, which keeps page
 * ranges ("pages 12-15"), year spans ("1999-2013") and article numbers out.
 */
final class TimeRangeFinder {

    // Spanish puts an article before each hour: "de las 15:00 a las 17:30".
    private static final String ARTICLE = "(?:(?:las|la)\\s+)?";
    private static final Pattern RANGE = Pattern.compile(time(1) + "\\s*(?<conn>-+|(?<![\\p{L}])(?:to|till|until|through|a|au|hasta|and|et|y)(?![\\p{L}]))\\s*"
            + ARTICLE + time(2));
    private static final Pattern OPENS_RANGE = Pattern.compile("(?<![\\p{L}])(?:from|de|desde|between|entre)\\s+" + ARTICLE + "$");
    private static final Pattern OPENS_BETWEEN = Pattern.compile("(?<![\\p{L}])(?:between|entre)\\s+" + ARTICLE + "$");
    private static final int LOOK_BEHIND = 16;

    /** The parts of one written time, and how sure we are that it is a time at all. */
    private record WrittenTime(int hour, int minute, Character meridiem, boolean strong, boolean weak, boolean hourStyle) {

        boolean bare() {
            return !strong && !weak;
        }
    }

    private TimeRangeFinder() {
    }

    static List<TimeRange> find(String folded) {
        List<TimeRange> ranges = new ArrayList<>();
        Matcher matcher = RANGE.matcher(folded);
        int from = 0;
        while (from < folded.length() && matcher.find(from)) {
            Optional<TimeRange> range = accept(matcher, folded);
            if (range.isPresent()) {
                ranges.add(range.get());
                from = matcher.end();
            } else {
                from = matcher.start() + 1;
            }
        }
        return ranges;
    }

    private static String time(int n) {
        return "(?<![\\d:.,/])(?<h" + n + ">\\d{1,2})"
                + "(?:(?<sep" + n + ">[:.]|\\s?h\\s?)(?<m" + n + ">[0-5]\\d))?"
                + "(?<suf" + n + ">\\s?h(?:eures?|oras?|rs?|s)?(?![\\p{L}\\d]))?"
                + "(?<ap" + n + ">\\s?[ap]\\.?\\s?m\\.?(?![\\p{L}]))?"
                + "(?!\\d|[:.]\\d)";
    }

    private static Optional<TimeRange> accept(Matcher matcher, String folded) {
        WrittenTime first = writtenTime(matcher, 1);
        WrittenTime second = writtenTime(matcher, 2);
        String before = folded.substring(Math.max(0, matcher.start() - LOOK_BEHIND), matcher.start());
        boolean opened = OPENS_RANGE.matcher(before).find();
        if (!(first.strong || second.strong || (first.weak && second.weak))) {
            return Optional.empty();
        }
        // "3 - 5 pm" and "de 15 à 17 h" leave the first time bare; "May 23 - 15:00" must not become a range.
        if (first.bare() && !(second.meridiem != null || second.hourStyle || opened)) {
            return Optional.empty();
        }
        if (second.bare() && !first.strong) {
            return Optional.empty();
        }
        String conn = matcher.group("conn");
        if ((conn.equals("and") || conn.equals("et") || conn.equals("y")) && !OPENS_BETWEEN.matcher(before).find()) {
            return Optional.empty();
        }
        Optional<int[]> hours = twentyFourHour(first, second);
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        int fromHour = hours.get()[0];
        int toHour = hours.get()[1];
        if (fromHour > 23 || toHour > 24 || (toHour == 24 && second.minute != 0)) {
            return Optional.empty();
        }
        boolean toMidnight = toHour == 24;
        return Optional.of(new TimeRange(matcher.start(), matcher.end(), LocalTime.of(fromHour, first.minute),
                LocalTime.of(toMidnight ? 0 : toHour, second.minute), toMidnight));
    }

    /** Applies am/pm; an am/pm written at one end only also governs the other ("3 – 5:30 pm"). */
    private static Optional<int[]> twentyFourHour(WrittenTime first, WrittenTime second) {
        if (first.meridiem == null && second.meridiem == null) {
            return Optional.of(new int[] {first.hour, second.hour});
        }
        if (!twelveHour(first) || !twelveHour(second)) {
            return Optional.empty();
        }
        if (first.meridiem != null && second.meridiem != null) {
            return Optional.of(new int[] {convert(first.hour, first.meridiem), convert(second.hour, second.meridiem)});
        }
        if (first.meridiem == null) {
            int to = convert(second.hour, second.meridiem);
            int from = convert(first.hour, second.meridiem);
            if (from * 60 + first.minute > to * 60 + second.minute) {
                from = convert(first.hour, opposite(second.meridiem));
            }
            return Optional.of(new int[] {from, to});
        }
        int from = convert(first.hour, first.meridiem);
        int to = convert(second.hour, first.meridiem);
        if (to * 60 + second.minute < from * 60 + first.minute) {
            to = convert(second.hour, opposite(first.meridiem));
        }
        return Optional.of(new int[] {from, to});
    }

    private static boolean twelveHour(WrittenTime time) {
        return time.hour >= 1 && time.hour <= 12;
    }

    private static int convert(int hour, char meridiem) {
        return meridiem == 'a' ? hour % 12 : hour % 12 + 12;
    }

    private static char opposite(char meridiem) {
        return meridiem == 'a' ? 'p' : 'a';
    }

    private static WrittenTime writtenTime(Matcher matcher, int n) {
        int hour = Integer.parseInt(matcher.group("h" + n));
        String minutes = matcher.group("m" + n);
        String sep = matcher.group("sep" + n);
        String suffix = matcher.group("suf" + n);
        String ap = matcher.group("ap" + n);
        Character meridiem = ap == null ? null : ap.strip().charAt(0);
        boolean hourStyle = suffix != null || (sep != null && sep.contains("h"));
        boolean strong = hourStyle || meridiem != null || ":".equals(sep);
        boolean weak = ".".equals(sep);
        return new WrittenTime(hour, minutes == null ? 0 : Integer.parseInt(minutes), meridiem, strong, weak, hourStyle);
    }
}
