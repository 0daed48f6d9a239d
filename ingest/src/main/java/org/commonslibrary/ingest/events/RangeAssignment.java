package org.commonslibrary.ingest.events;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives each time range to the dates it belongs to. A range usually follows its dates on the same line or
 * the next ("Thursdays, May 23 and May 30. 15:00-17:30 CET"); in prose it may come first ("from 3 pm to 5 pm
 * UTC on Tuesday 4 June"). A further range for dates that already have one is a session of its own
 * (a programme with a morning and an afternoon), unless the text presents it as the same time elsewhere:
 * "10 h 00-12 h 30 GMT, soit 11 h 00-13 h 30 à Paris", or in brackets.
 */
final class RangeAssignment {

    private static final Pattern FORWARD_GAP = Pattern.compile("[\\s,;:()\\[\\]/-]*(?:(?:on|le|el|the)\\s+)?");
    private static final Pattern RESTATEMENT = Pattern.compile("(?<![\\p{L}])(?:soit|i\\.\\s?e|that is|which is|es decir|o sea"
            + "|c'est-a-dire|equivalent\\p{L}*|equivale\\p{L}*|correspond\\p{L}*)(?![\\p{L}])");

    private RangeAssignment() {
    }

    static void assign(List<DateGroup> groups, List<TimeRange> ranges, String folded, LineIndex lines, List<ZoneMention> zones) {
        for (int i = 0; i < ranges.size(); i++) {
            TimeRange range = ranges.get(i);
            int nextRangeStart = i + 1 < ranges.size() ? ranges.get(i + 1).start() : folded.length();
            DateGroup before = lastEndingBefore(groups, range.start());
            DateGroup after = firstStartingAfter(groups, range.end());
            boolean afterOnLine = after != null && after.ranges.isEmpty() && after.start() < nextRangeStart
                    && lines.lineOf(after.start()) == lines.lineOf(range.end());
            if (afterOnLine && FORWARD_GAP.matcher(withoutZones(folded, range.end(), after.start(), zones)).matches()) {
                takeForward(after, range, lines);
            } else if (before != null && !before.takenForward && lines.sameOrNext(before.lastLine, lines.lineOf(range.start()))) {
                if (before.ranges.isEmpty() || !restates(before.ranges.get(before.ranges.size() - 1), range, folded)) {
                    before.ranges.add(range);
                    before.lastLine = lines.lineOf(range.end());
                }
            } else if (afterOnLine) {
                takeForward(after, range, lines);
            }
        }
    }

    private static void takeForward(DateGroup group, TimeRange range, LineIndex lines) {
        group.ranges.add(range);
        group.takenForward = true;
        group.lastLine = Math.max(group.lastLine, lines.lineOf(range.end()));
    }

    private static boolean restates(TimeRange previous, TimeRange range, String folded) {
        String gap = folded.substring(previous.end(), range.start());
        long opened = gap.chars().filter(c -> c == '(' || c == '[').count();
        long closed = gap.chars().filter(c -> c == ')' || c == ']').count();
        return opened > closed || RESTATEMENT.matcher(gap).find();
    }

    private static DateGroup lastEndingBefore(List<DateGroup> groups, int offset) {
        DateGroup found = null;
        for (DateGroup group : groups) {
            if (group.end() <= offset) {
                found = group;
            }
        }
        return found;
    }

    private static DateGroup firstStartingAfter(List<DateGroup> groups, int offset) {
        for (DateGroup group : groups) {
            if (group.start() >= offset) {
                return group;
            }
        }
        return null;
    }

    private static String withoutZones(String folded, int from, int to, List<ZoneMention> zones) {
        StringBuilder gap = new StringBuilder(folded.substring(from, to));
        for (ZoneMention zone : zones) {
            for (int i = Math.max(zone.start(), from); i < Math.min(zone.end(), to); i++) {
                gap.setCharAt(i - from, ' ');
            }
        }
        return gap.toString();
    }
}
