package org.commonslibrary.ingest.events;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commonslibrary.ingest.text.ResourceLines;
import org.commonslibrary.ingest.text.TextFolding;

/** Finds the time zones written in a text, from {@code time-zones.txt} and the UTC/GMT offset forms. */
final class ZoneFinder {

    private static final Pattern OFFSET = Pattern.compile(
            "(?<![\\p{L}\\d])(?:utc|gmt)(?:\\s?(?<sign>[+-])\\s?(?<h>\\d{1,2})(?:[:.h]?(?<m>[0-5]\\d))?)?(?![\\p{L}\\d])");

    private final Map<String, ZoneId> abbreviations = new HashMap<>();
    private final Map<String, ZoneId> names = new HashMap<>();
    private final Map<String, ZoneId> cities;
    private final Pattern abbreviationPattern;
    private final Pattern namePattern;

    ZoneFinder() {
        Map<String, ZoneId> cityZones = new HashMap<>();
        for (String line : ResourceLines.read(ZoneFinder.class, "time-zones.txt")) {
            String[] fields = line.split("\\s+", 3);
            if (fields.length < 3) {
                throw new IllegalStateException("time-zones.txt: cannot read line: " + line);
            }
            switch (fields[0]) {
                case "abbreviation" -> abbreviations.put(fields[1], ZoneId.of(fields[2].strip()));
                case "name" -> phrases(fields[2]).forEach(phrase -> names.put(phrase, ZoneId.of(fields[1])));
                case "city" -> phrases(fields[2]).forEach(city -> cityZones.put(city, ZoneId.of(fields[1])));
                default -> throw new IllegalStateException("time-zones.txt: unknown kind of line: " + line);
            }
        }
        this.abbreviationPattern = Pattern.compile("(?<![\\p{L}\\d])(?<abbr>" + alternation(abbreviations.keySet()) + ")(?![\\p{L}\\d])");
        String cityNames = alternation(cityZones.keySet());
        this.namePattern = Pattern.compile("(?<![\\p{L}])(?:(?<cityBefore>" + cityNames + ")\\s+(?:local\\s+)?time"
                + "|(?:heure|hora|horario)(?:\\s+locale?)?\\s+(?:de\\s+la\\s+|de\\s+l'|de\\s+|d'|du\\s+|en\\s+)?(?<cityAfter>" + cityNames + ")"
                + "|(?<phrase>" + alternation(names.keySet()) + "))(?![\\p{L}])");
        this.cities = Map.copyOf(cityZones);
    }

    /**
     * @param text   the original text, where abbreviations are matched in capitals
     * @param folded its {@code AlignedFolding} copy, where names and offsets are matched
     * @return the mentions in text order
     */
    List<ZoneMention> find(String text, String folded) {
        List<ZoneMention> mentions = new ArrayList<>();
        Matcher offset = OFFSET.matcher(folded);
        while (offset.find()) {
            toOffset(offset).ifPresent(zone ->
                    mentions.add(new ZoneMention(offset.start(), offset.end(), text.substring(offset.start(), offset.end()), zone,
                            ZoneMention.Kind.OFFSET)));
        }
        Matcher abbreviation = abbreviationPattern.matcher(text);
        while (abbreviation.find()) {
            mentions.add(new ZoneMention(abbreviation.start(), abbreviation.end(), abbreviation.group(),
                    abbreviations.get(abbreviation.group()), ZoneMention.Kind.ABBREVIATION));
        }
        Matcher name = namePattern.matcher(folded);
        while (name.find()) {
            ZoneId zone = name.group("phrase") != null ? names.get(name.group("phrase"))
                    : cities.get(name.group("cityBefore") != null ? name.group("cityBefore") : name.group("cityAfter"));
            mentions.add(new ZoneMention(name.start(), name.end(), text.substring(name.start(), name.end()), zone, ZoneMention.Kind.NAME));
        }
        mentions.sort(Comparator.comparingInt(ZoneMention::start));
        return mentions;
    }

    private static Optional<ZoneId> toOffset(Matcher matcher) {
        if (matcher.group("sign") == null) {
            return Optional.of(ZoneOffset.UTC);
        }
        int hours = Integer.parseInt(matcher.group("h"));
        int minutes = matcher.group("m") == null ? 0 : Integer.parseInt(matcher.group("m"));
        if (hours > 14) {
            return Optional.empty();
        }
        int sign = matcher.group("sign").equals("-") ? -1 : 1;
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }

    private static List<String> phrases(String list) {
        List<String> phrases = new ArrayList<>();
        for (String phrase : list.split(";")) {
            if (!phrase.isBlank()) {
                phrases.add(TextFolding.fold(phrase.strip()).replaceAll("\\s+", " "));
            }
        }
        return phrases;
    }

    private static String alternation(Iterable<String> words) {
        List<String> sorted = new ArrayList<>();
        words.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted.stream().map(word -> Pattern.quote(word).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }
}
