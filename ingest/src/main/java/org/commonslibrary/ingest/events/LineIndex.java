package org.commonslibrary.ingest.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Line numbers of a text's offsets, for rules such as "the time is on the date's line or the next one". */
final class LineIndex {

    private final String text;
    private final int[] starts;
    private final boolean[] blank;

    LineIndex(String text) {
        this.text = text;
        List<Integer> found = new ArrayList<>();
        found.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                found.add(i + 1);
            }
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
        blank = new boolean[starts.length];
        for (int line = 0; line < starts.length; line++) {
            blank[line] = text.substring(starts[line], end(line)).isBlank();
        }
    }

    int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** The offset of the end of {@code line}, before its line break. */
    int end(int line) {
        return line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    }

    /** Whether {@code later} is {@code earlier} or the first non-blank line after it. */
    boolean sameOrNext(int earlier, int later) {
        if (later < earlier) {
            return false;
        }
        for (int line = earlier + 1; line < later; line++) {
            if (!blank[line]) {
                return false;
            }
        }
        return true;
    }
}
