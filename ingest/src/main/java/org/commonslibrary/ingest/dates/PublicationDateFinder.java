package org.commonslibrary.ingest.dates;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commonslibrary.ingest.text.ResourceLines;
import org.commonslibrary.ingest.text.TextFolding;

/**
 * Reads a document's publication date from the text of its first page, where the library's documents state
 * it after a label: "Publication date: 12 March 2024", "Published: 2024-03-12", "Date de publication : 12 mars
 * 2024", "Publié le 12/03/2024", "Fecha de publicación: 12 de marzo de 2024". The labels live in
 * {@code publication-labels.txt}.
 *
 * <p>A date given only to the month ("Publicado: marzo de 2024") is answered with the first day of that
 * month, since the library stores a date and month precision is what such documents offer. A bare year, or a
 * day and month without a year, is not a date the library could store, and is passed over. Unlabelled dates
 * are never taken: a call's first page is full of event dates and deadlines.
 *
 * <p>Thread-safe.
 */
public final class PublicationDateFinder {

    private static final Pattern LABELS = labels();
    // What may stand between a label and its date: "Published on 12 March", "Publié le", "Publicado el".
    private static final Pattern BRIDGE = Pattern.compile("\\s*(?:[:\\-=]\\s*)?(?:(?:on|in|le|en|el|the)\\s+)?");
    private static final int MAX_LABEL_TO_DATE = 3;

    private final DateText dates;

    public PublicationDateFinder() {
        this(null);
    }

    /** @param language the document's language, or null; it decides which abbreviated month names count */
    public PublicationDateFinder(String language) {
        this.dates = DateText.forLanguage(language);
    }

    /** @param firstPageText the text of the document's first page; may be null */
    public Optional<LocalDate> find(String firstPageText) {
        if (firstPageText == null) {
            return Optional.empty();
        }
        String folded = AlignedFolding.fold(firstPageText);
        Matcher label = LABELS.matcher(folded);
        while (label.find()) {
            Matcher bridge = BRIDGE.matcher(folded).region(label.end(), folded.length());
            int valueStart = bridge.lookingAt() ? bridge.end() : label.end();
            Optional<LocalDate> date = dateAt(firstPageText, valueStart);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> dateAt(String text, int valueStart) {
        int lineEnd = text.indexOf('\n', valueStart);
        String value = text.substring(valueStart, lineEnd < 0 ? text.length() : lineEnd);
        List<DateMention> mentions = dates.find(value);
        if (mentions.isEmpty() || mentions.get(0).start() > MAX_LABEL_TO_DATE || !mentions.get(0).hasYear()) {
            return Optional.empty();
        }
        DateMention mention = mentions.get(0);
        return mention.firstDateIn(mention.year());
    }

    private static Pattern labels() {
        String alternation = ResourceLines.read(PublicationDateFinder.class, "publication-labels.txt").stream()
                .map(TextFolding::fold)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(label -> Pattern.quote(label).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + alternation + ")(?![\\p{L}])");
    }
}
