package org.commonslibrary.bench.corpus;

import java.util.List;

/**
 * The text of one generated document, before it is written to a file.
 *
 * @param sections the first section has no heading of its own: the title heads it
 */
record GeneratedDocument(DocumentProfile profile, String title, String publishedLine, List<Section> sections) {

    record Section(String heading, List<String> paragraphs) {
    }

    String fileName() {
        return String.format("doc-%05d-%s.html", profile.number(), profile.language());
    }

    int paragraphCount() {
        return sections.stream().mapToInt(s -> s.paragraphs().size()).sum();
    }
}
