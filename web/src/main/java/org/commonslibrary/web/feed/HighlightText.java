package org.commonslibrary.web.feed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain text of a search highlight (HTML-escaped text whose only markup is {@code <mark>}), for places
 * that take text, not markup, such as a feed's summary: the marks go and the escapes become characters again.
 */
public final class HighlightText {

    private static final Pattern MARK = Pattern.compile("</?mark>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|lt|gt|amp|quot|apos);");

    private HighlightText() {
    }

    public static String of(String highlight) {
        String unmarked = MARK.matcher(highlight).replaceAll("");
        Matcher entity = ENTITY.matcher(unmarked);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(text, Matcher.quoteReplacement(character(entity.group(1))));
        }
        entity.appendTail(text);
        return text.toString();
    }

    private static String character(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
                int code = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                        ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
                // A code that XML cannot carry becomes the replacement character rather than breaking the feed.
                yield Character.isValidCodePoint(code) && isXmlCharacter(code)
                        ? new String(Character.toChars(code)) : "\uFFFD";
            }
        };
    }

    static boolean isXmlCharacter(int code) {
        return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF)
                || (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
    }
}
