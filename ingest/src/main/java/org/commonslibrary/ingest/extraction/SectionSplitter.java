package org.commonslibrary.ingest.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts formats without pages into sections a reader can be pointed to: plain text at Markdown {@code #} and
 * {@code ##} headings (Markdown is only recognisable as plain text from its bytes), and any section longer
 * than {@link #MAX_CHARS} into pieces of about {@link #TARGET_CHARS} at paragraph, line, sentence or word
 * boundaries. The cuts depend only on the text, so the same file always gets the same section numbers.
 */
final class SectionSplitter {

    static final int TARGET_CHARS = 4_000;
    static final int MAX_CHARS = 6_000;

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})[ \\t]+(\\S.*?)[ \\t#]*$");

    private SectionSplitter() {
    }

    static List<RawPage> split(List<RawPage> sections, boolean plainText) {
        List<RawPage> byHeadings = plainText ? splitAtMarkdownHeadings(sections) : sections;
        List<RawPage> result = new ArrayList<>();
        for (RawPage section : byHeadings) {
            if (section.text().length() <= MAX_CHARS) {
                result.add(new RawPage(result.size() + 1, section.text(), section.headings()));
                continue;
            }
            List<String> pieces = cut(section.text());
            List<List<String>> headingsPerPiece = assignHeadings(section.headings(), pieces);
            for (int i = 0; i < pieces.size(); i++) {
                result.add(new RawPage(result.size() + 1, pieces.get(i), headingsPerPiece.get(i)));
            }
        }
        return result;
    }

    private static List<RawPage> splitAtMarkdownHeadings(List<RawPage> sections) {
        List<RawPage> result = new ArrayList<>();
        for (RawPage section : sections) {
            StringBuilder text = new StringBuilder();
            List<String> headings = new ArrayList<>(section.headings());
            for (String line : section.text().split("\n", -1)) {
                Matcher heading = MARKDOWN_HEADING.matcher(line);
                if (heading.matches()) {
                    if (heading.group(1).length() <= 2 && !text.toString().isBlank()) {
                        result.add(new RawPage(0, TextNormalizer.normalize(text), headings));
                        text.setLength(0);
                        headings = new ArrayList<>();
                    }
                    headings.add(heading.group(2));
                }
                text.append(line).append('\n');
            }
            result.add(new RawPage(0, TextNormalizer.normalize(text), headings));
        }
        return result;
    }

    private static List<String> cut(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > MAX_CHARS) {
            int end = breakBefore(text, start + TARGET_CHARS / 2, start + TARGET_CHARS);
            pieces.add(text.substring(start, end).strip());
            start = end;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        pieces.add(text.substring(start).strip());
        return pieces;
    }

    /** The best place to end a piece within [from, to]: a paragraph end, a line end, a sentence end, a space. */
    private static int breakBefore(String text, int from, int to) {
        int paragraph = text.lastIndexOf("\n\n", to);
        if (paragraph >= from) {
            return paragraph;
        }
        int line = text.lastIndexOf('\n', to);
        if (line >= from) {
            return line;
        }
        for (int i = to; i > from; i--) {
            char previous = text.charAt(i - 1);
            if (text.charAt(i) == ' ' && (previous == '.' || previous == '!' || previous == '?')) {
                return i;
            }
        }
        int space = text.lastIndexOf(' ', to);
        if (space >= from) {
            return space;
        }
        // One unbroken run of characters (a long URL or a table cell): cut it, but not inside a surrogate pair.
        return Character.isLowSurrogate(text.charAt(to)) ? to - 1 : to;
    }

    private static List<List<String>> assignHeadings(List<String> headings, List<String> pieces) {
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            result.add(new ArrayList<>());
        }
        int searchFrom = 0;
        for (String heading : headings) {
            int found = -1;
            for (int i = searchFrom; i < pieces.size() && found < 0; i++) {
                if (pieces.get(i).contains(heading)) {
                    found = i;
                }
            }
            int target = found < 0 ? searchFrom : found;
            result.get(target).add(heading);
            searchFrom = target;
        }
        return result;
    }
}
