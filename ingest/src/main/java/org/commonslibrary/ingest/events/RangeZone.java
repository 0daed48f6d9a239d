package org.commonslibrary.ingest.events;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.commonslibrary.ingest.dates.DateMention;

/**
 * The time zone a time range is given in.
 *
 * @param label as written; an abbreviation when there is one ("CEST" in "CEST (UTC+2)")
 * @param zone  a written offset when there is one, since it is the most literal statement; else the zone of
 *              the label
 * @param end   where the text naming the zone ends, for the quoted passage
 */
record RangeZone(String label, ZoneId zone, int end) {

    private static final int WINDOW = 80;

    /**
     * The zone written right after the range, before the end of its line and before the next date or time.
     * Failing that, the zone written nearest to the range elsewhere ("All times are CET."); empty when the
     * text names none.
     */
    static Optional<RangeZone> of(TimeRange range, String text, LineIndex lines, List<TimeRange> ranges,
                                  List<DateMention> mentions, List<ZoneMention> zones) {
        int windowEnd = Math.min(lines.end(lines.lineOf(range.end())), range.end() + WINDOW);
        for (TimeRange other : ranges) {
            if (other.start() >= range.end()) {
                windowEnd = Math.min(windowEnd, other.start());
                break;
            }
        }
        for (DateMention mention : mentions) {
            if (mention.start() >= range.end()) {
                windowEnd = Math.min(windowEnd, mention.start());
                break;
            }
        }
        List<ZoneMention> near = new ArrayList<>();
        for (ZoneMention zone : zones) {
            if (zone.start() >= range.end() && zone.end() <= windowEnd) {
                near.add(zone);
            }
        }
        if (near.isEmpty()) {
            return nearest(range, zones).map(zone -> new RangeZone(zone.label(), zone.zone(), range.end()));
        }
        Optional<ZoneMention> offset = near.stream().filter(z -> z.kind() == ZoneMention.Kind.OFFSET).findFirst();
        ZoneMention label = near.stream().filter(z -> z.kind() == ZoneMention.Kind.ABBREVIATION).findFirst()
                .or(() -> offset)
                .orElse(near.get(0));
        int end = near.stream().mapToInt(ZoneMention::end).max().orElse(range.end());
        return Optional.of(new RangeZone(label.label(), offset.orElse(label).zone(), closingBracketAfter(text, end)));
    }

    /** Keeps "(UTC+2)" whole in the quoted passage. */
    private static int closingBracketAfter(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && (text.charAt(i) == ')' || text.charAt(i) == ']') ? i + 1 : end;
    }

    private static Optional<ZoneMention> nearest(TimeRange range, List<ZoneMention> zones) {
        return zones.stream().min(Comparator.comparingInt(zone ->
                zone.start() >= range.end() ? zone.start() - range.end() : range.start() - zone.end()));
    }
}
