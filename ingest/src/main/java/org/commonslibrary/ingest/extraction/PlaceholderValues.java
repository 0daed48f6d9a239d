package org.commonslibrary.ingest.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonslibrary.ingest.text.ResourceLines;
import org.commonslibrary.ingest.text.TextFolding;

/**
 * Recognises the values that editing programs fill in by themselves ("Untitled", "PowerPoint
 * Presentation", "Microsoft Office User") so they are not shown as a document's real title or author.
 */
final class PlaceholderValues {

    private static final Pattern FILE_NAME = Pattern.compile(
            ".*\\.(pdf|docx?|dotx?|odt|rtf|pptx?|xlsx?|ods|odp|txt|md|html?|epub|eml|msg|indd|tex)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROGRAM_PREFIX = Pattern.compile(
            "^(microsoft\\s+(word|powerpoint|excel)|word|powerpoint)\\s+-\\s+.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final Set<String> titles;
    private final Set<String> authors;

    PlaceholderValues() {
        this.titles = folded(ResourceLines.read(PlaceholderValues.class, "placeholder-titles.txt"));
        this.authors = folded(ResourceLines.read(PlaceholderValues.class, "placeholder-authors.txt"));
    }

    boolean isMeaningfulTitle(String title) {
        if (title == null || title.isBlank() || !LETTER.matcher(title).find()) {
            return false;
        }
        String trimmed = title.strip();
        return !titles.contains(TextFolding.fold(trimmed))
                && !FILE_NAME.matcher(trimmed).matches()
                && !PROGRAM_PREFIX.matcher(trimmed).matches();
    }

    boolean isMeaningfulAuthor(String author) {
        return author != null && LETTER.matcher(author).find()
                && !authors.contains(TextFolding.fold(author.strip()));
    }

    private static Set<String> folded(List<String> lines) {
        Set<String> set = new HashSet<>();
        for (String line : lines) {
            set.add(TextFolding.fold(line));
        }
        return set;
    }
}
