package org.commonslibrary.ingest.cases;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a passage gives for a practice ("in 2010", "2012-2013", "since 2011"), ignoring years that
 * name an agenda ("the 2030 Agenda", "Agenda 2030") rather than an event.
 */
final class YearSpan {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(19[5-9]\\d|20[0-4]\\d)(?!\\d)(?![.,]\\d)");
    private static final Pattern AGENDA_AFTER = Pattern.compile("^\\s*(agenda|agende)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENDA_BEFORE = Pattern.compile("(agenda|agende)\\s*$", Pattern.CASE_INSENSITIVE);

    private YearSpan() {
    }

    /** The earliest and latest event years in the text, if it has any. */
    static Optional<int[]> of(String text) {
        OptionalInt first = OptionalInt.empty();
        OptionalInt last = OptionalInt.empty();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 12), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
            if (AGENDA_AFTER.matcher(after).find() || AGENDA_BEFORE.matcher(before).find()) {
                continue;
            }
            int year = Integer.parseInt(m.group(1));
            first = OptionalInt.of(first.isPresent() ? Math.min(first.getAsInt(), year) : year);
            last = OptionalInt.of(last.isPresent() ? Math.max(last.getAsInt(), year) : year);
        }
        return first.isPresent() ? Optional.of(new int[] {first.getAsInt(), last.getAsInt()}) : Optional.empty();
    }
}
