package org.commonslibrary.bench.corpus;

import java.util.ArrayList;
import java.util.List;

import org.commonslibrary.ingest.text.PassageSplitter;

/**
 * How many passages the ingest will make of a generated document, by running its own passage splitter on
 * each section the way the HTML reader pages them (one page per {@code h1}/{@code h2} section).
 */
final class PassageEstimate {

    private final PassageSplitter splitter = new PassageSplitter();

    int of(GeneratedDocument document) {
        int count = 0;
        int page = 1;
        for (String text : pageTexts(document)) {
            count += splitter.splitPage(page++, text, count).size();
        }
        return count;
    }

    static List<String> pageTexts(GeneratedDocument document) {
        List<String> pages = new ArrayList<>();
        for (GeneratedDocument.Section section : document.sections()) {
            List<String> blocks = new ArrayList<>();
            if (section.heading() == null) {
                blocks.add(document.title());
                blocks.add(document.publishedLine());
            } else {
                blocks.add(section.heading());
            }
            blocks.addAll(section.paragraphs());
            pages.add(String.join("\n\n", blocks));
        }
        return pages;
    }
}
