package org.commonslibrary.ingest.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a text out the way text extracted from a PDF of it comes back: lines broken at a fixed width, some
 * long words hyphenated at the line end, some line breaks lost so that two words are glued
 * ("drinkingwater"), a running header and a page number between pages, typographic apostrophes.
 */
final class PdfLikeLayout {

    private static final int WIDTH = 70;
    private static final int LINES_PER_PAGE = 12;
    private static final int HYPHENATE_EVERY = 2;
    private static final int GLUE_EVERY = 9;

    private PdfLikeLayout() {
    }

    static String of(String text, String runningHeader) {
        List<String> lines = new ArrayList<>();
        int breaks = 0;
        // A compound split at a line end whose break the extractor dropped.
        String glued = text.replace("drinking water", "drinkingwater");
        for (String paragraph : glued.split("\\n\\s*\\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                    breaks++;
                    if (breaks % HYPHENATE_EVERY == 0 && word.length() >= 7 && word.chars().allMatch(Character::isLetter)) {
                        int cut = word.length() / 2;
                        lines.add(line + " " + word.substring(0, cut) + "-");
                        line = new StringBuilder(word.substring(cut));
                        continue;
                    }
                    if (breaks % GLUE_EVERY == 0) {
                        line.append(word);
                        continue;
                    }
                    lines.add(line.toString());
                    line = new StringBuilder();
                }
                line.append(line.length() == 0 ? "" : " ").append(word);
            }
            lines.add(line.toString());
            lines.add("");
        }
        StringBuilder out = new StringBuilder(runningHeader).append('\n');
        for (int i = 0; i < lines.size(); i++) {
            out.append(lines.get(i).replace('\'', '’')).append('\n');
            if ((i + 1) % LINES_PER_PAGE == 0) {
                out.append('\n').append((i + 1) / LINES_PER_PAGE).append("\n\f").append(runningHeader).append('\n');
            }
        }
        return out.toString();
    }

    /** The text as a word processor holds it: one line per paragraph, nothing else. */
    static String docxLike(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            out.append(paragraph.strip().replaceAll("\\s+", " ")).append('\n');
        }
        return out.toString();
    }
}
