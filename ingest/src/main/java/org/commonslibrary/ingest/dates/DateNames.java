package org.commonslibrary.ingest.dates;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonslibrary.ingest.text.ResourceLines;
import org.commonslibrary.ingest.text.TextFolding;

/** The month and weekday names of {@code date-names.txt} that apply to documents of one language. */
final class DateNames {

    private record Entry(String kind, int number, String language, String name, boolean abbreviation) {
    }

    private static final List<Entry> ENTRIES = load();
    /** The languages the data file has names for. */
    static final Set<String> LANGUAGES = ENTRIES.stream().map(Entry::language).collect(Collectors.toUnmodifiableSet());

    private final Map<String, Integer> months = new LinkedHashMap<>();
    private final Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();

    /** @param language two-letter code, or null when unknown (every abbreviation then counts) */
    DateNames(String language) {
        for (Entry entry : ENTRIES) {
            if (entry.abbreviation && language != null && !language.equals(entry.language)) {
                continue;
            }
            if (entry.kind.equals("month")) {
                months.putIfAbsent(entry.name, entry.number);
            } else {
                weekdays.putIfAbsent(entry.name, DayOfWeek.of(entry.number));
            }
        }
    }

    Integer month(String foldedName) {
        return months.get(foldedName);
    }

    DayOfWeek weekday(String foldedName) {
        return weekdays.get(foldedName);
    }

    private static List<Entry> load() {
        List<Entry> entries = new ArrayList<>();
        for (String line : ResourceLines.read(DateNames.class, "date-names.txt")) {
            String[] fields = line.split("\\s+");
            if (fields.length < 4 || !(fields[0].equals("month") || fields[0].equals("weekday"))) {
                throw new IllegalStateException("date-names.txt: cannot read line: " + line);
            }
            int number = Integer.parseInt(fields[1]);
            String language = fields[2].toLowerCase(Locale.ROOT);
            for (int i = 3; i < fields.length; i++) {
                boolean abbreviation = fields[i].endsWith(".");
                String name = TextFolding.fold(abbreviation ? fields[i].substring(0, fields[i].length() - 1) : fields[i]);
                entries.add(new Entry(fields[0], number, language, name, abbreviation));
            }
        }
        return List.copyOf(entries);
    }
}
