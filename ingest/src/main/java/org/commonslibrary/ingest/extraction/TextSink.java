package org.commonslibrary.ingest.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the text of one page while the XHTML is read. Breaks between blocks are recorded lazily and only
 * written once more text follows, so empty elements never pile up blank lines.
 */
final class TextSink {

    static final int CELL = 1;
    static final int LINE = 2;
    static final int PARAGRAPH = 3;

    private final StringBuilder text = new StringBuilder();
    private final List<String> headings = new ArrayList<>();
    private int pendingBreak;
    private boolean visible;

    void append(char[] chars, int start, int length) {
        if (length == 0) {
            return;
        }
        // Whitespace between block elements is only indentation; the pending break already separates them.
        if ((pendingBreak > 0 || text.length() == 0) && isBlank(chars, start, length)) {
            return;
        }
        if (pendingBreak > 0 && text.length() > 0) {
            text.append(pendingBreak == PARAGRAPH ? "\n\n" : pendingBreak == LINE ? "\n" : "\t");
        }
        pendingBreak = 0;
        text.append(chars, start, length);
        if (!visible) {
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(chars[i])) {
                    visible = true;
                    break;
                }
            }
        }
    }

    private static boolean isBlank(char[] chars, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    void appendParagraph(String paragraph) {
        breakAt(PARAGRAPH);
        append(paragraph.toCharArray(), 0, paragraph.length());
        breakAt(PARAGRAPH);
    }

    void breakAt(int level) {
        pendingBreak = Math.max(pendingBreak, level);
    }

    void addHeading(String heading) {
        headings.add(heading);
    }

    boolean hasVisibleText() {
        return visible;
    }

    CharSequence text() {
        return text;
    }

    List<String> headings() {
        return headings;
    }

    void prepend(TextSink earlier) {
        if (!earlier.visible) {
            return;
        }
        text.insert(0, visible ? "\n\n" : "").insert(0, earlier.text);
        headings.addAll(0, earlier.headings);
        visible = true;
    }
}
