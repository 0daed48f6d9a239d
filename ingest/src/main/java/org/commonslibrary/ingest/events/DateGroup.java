package org.commonslibrary.ingest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonslibrary.ingest.dates.DateMention;

/**
 * Dates written as one list ("Thursdays, May 23 and May 30", "jeudi 14 ou vendredi 15 novembre"), which
 * share the time range that follows them, and the time ranges assigned to them.
 */
final class DateGroup {

    private static final Pattern LIST_GAP = Pattern.compile("[\\s,;]*(?:(?:and|et|y|or|ou|o|&|/|-)[\\s,;]*)?");

    final List<DateMention> mentions = new ArrayList<>();
    final List<TimeRange> ranges = new ArrayList<>();
    /** Set when a time range written before the dates was given to them ("from 3 pm to 5 pm UTC on 4 June"). */
    boolean takenForward;
    /** The line of the last thing read into the group, after which a time range may still follow. */
    int lastLine;

    int start() {
        return mentions.get(0).start();
    }

    int end() {
        return mentions.get(mentions.size() - 1).end();
    }

    /** @param mentions dates with at least a day, in text order */
    static List<DateGroup> of(List<DateMention> mentions, String folded, LineIndex lines) {
        List<DateGroup> groups = new ArrayList<>();
        DateGroup current = null;
        for (DateMention mention : mentions) {
            if (current == null || !LIST_GAP.matcher(folded.substring(current.end(), mention.start())).matches()) {
                current = new DateGroup();
                groups.add(current);
            }
            current.mentions.add(mention);
            current.lastLine = lines.lineOf(mention.end());
        }
        return groups;
    }
}
