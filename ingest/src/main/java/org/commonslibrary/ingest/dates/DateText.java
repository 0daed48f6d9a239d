package org.commonslibrary.ingest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written in English, French or Spanish: "Thursday 23 May 2024", "May 23, 2024", "Thursdays, May
 * 23", "jeudi 23 mai 2024", "1er mars 2024", "les jeudis 23 et 30 mai", "el jueves 23 de mayo de 2024",
 * "2024-03-12", "12/03/2024", and month-and-year forms such as "March 2024" or "marzo de 2024". The names
 * live in {@code date-names.txt}, the one place every date reader of the module takes them from.
 *
 * <p>All-numeric dates are read day first (12/03/2024 is 12 March), as French, Spanish and British English
 * write them; they are read month first only when the second number cannot be a month (05/23/2024 is 23 May).
 *
 * <p>Thread-safe; one instance per language is kept.
 */
public final class DateText {

    private static final Map<String, DateText> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final String ALL_LANGUAGES = "*";

    // A day number must not be the hour of a time ("May 23, 15:00" must not read the 15 as a second day).
    private static final String DAY = "(?<!\\d)\\d{1,2}(?:er|re|st|nd|rd|th|º|°)?(?![\\d\\p{L}])"
            + "(?!\\s?[:h]\\s?\\d|\\.\\d|\\s?h(?![\\p{L}])|\\s?[ap]\\.?\\s?m(?![\\p{L}]))";
    // Bounded: Java's regex engine recurses once per repetition of a group, and no list of days is longer.
    private static final String DAY_LIST = DAY + "(?:(?:\\s*,\\s*|\\s+(?:and|et|y|&)\\s+)" + DAY + "){0,15}";
    private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?!\\d)";
    private static final Pattern DIGITS = Pattern.compile("\\d{1,2}");

    private static final String WORD_START = "(?<![\\p{L}\\d])";
    // Names are matched as any word and looked up afterwards: a regex alternation of a hundred names, tried at
    // every word of a long document, costs several times more than the lookup.
    private static final String WEEKDAY = "(?<wd>\\p{L}+)\\.?,?\\s+";
    private static final String MONTH = "(?<mon>\\p{L}+)\\.?";
    private static final List<Pattern> PATTERNS = List.of(
            // 23 May 2024, jeudi 23 mai, 23 de mayo de 2024, Thursday the 23rd of May
            Pattern.compile(WORD_START + "(?:" + WEEKDAY + "(?:(?:the|le|el)\\s+)?)?(?<days>" + DAY_LIST + ")\\s+(?:(?:de|of)\\s+)?"
                    + MONTH + "(?:,?\\s+(?:(?:de|del)\\s+)?" + YEAR + ")?"),
            // May 23, 2024; Thursdays, May 23 and 30
            Pattern.compile(WORD_START + "(?:" + WEEKDAY + "(?:the\\s+)?)?" + MONTH + "\\s+(?:the\\s+)?(?<days>" + DAY_LIST + ")"
                    + "(?:,?\\s+" + YEAR + ")?"),
            // 2024-03-12
            Pattern.compile("(?<![\\p{L}\\d/.-])(?:" + WEEKDAY + ")?(?<year>(?:19|20)\\d{2})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?![\\d-])"),
            // 12/03/2024, 12.03.2024, 12-03-2024
            Pattern.compile("(?<![\\p{L}\\d/.-])(?:" + WEEKDAY + ")?(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>" + YEAR),
            // March 2024, marzo de 2024, en mars 2024
            Pattern.compile(WORD_START + MONTH + ",?\\s+(?:(?:de|del)\\s+)?" + YEAR));

    private final DateNames names;

    private DateText(String language) {
        this.names = new DateNames(language);
    }

    /**
     * @param language the document's language code ("en", "fr-FR", ...); null, "und" or a language without
     *                 names in the data file means unknown, and then every abbreviation is accepted
     */
    public static DateText forLanguage(String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        // "und" (undetermined), other languages and odd input count as unknown; this also bounds the cache.
        String key = DateNames.LANGUAGES.contains(code) ? code : ALL_LANGUAGES;
        return BY_LANGUAGE.computeIfAbsent(key, k -> new DateText(k.equals(ALL_LANGUAGES) ? null : k));
    }

    /** The dates written in {@code text}, in text order, leaving out impossible ones (31 April). */
    public List<DateMention> find(CharSequence text) {
        String folded = AlignedFolding.fold(text);
        List<Candidate> candidates = new ArrayList<>();
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(folded);
            int from = 0;
            while (from < folded.length() && matcher.find(from)) {
                Optional<Candidate> candidate = toCandidate(matcher);
                candidate.ifPresent(candidates::add);
                from = candidate.isPresent() ? matcher.end() : matcher.start() + 1;
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed()));
        List<DateMention> mentions = new ArrayList<>();
        int covered = 0;
        for (Candidate candidate : candidates) {
            // An impossible date still covers its text, so "31 April 2024" does not shrink to "April 2024".
            if (candidate.start() >= covered) {
                candidate.mention().ifPresent(mentions::add);
                covered = candidate.end();
            }
        }
        return mentions;
    }

    private record Candidate(int start, int end, Optional<DateMention> mention) {
    }

    /** The first full date (with day, month and year) in {@code text}. */
    public Optional<LocalDate> firstDate(CharSequence text) {
        for (DateMention mention : find(text)) {
            if (mention.hasYear() && mention.hasDay()) {
                return mention.firstDateIn(mention.year());
            }
        }
        return Optional.empty();
    }

    public Optional<Integer> month(String name) {
        return Optional.ofNullable(names.month(AlignedFolding.fold(name.strip())));
    }

    public Optional<DayOfWeek> weekday(String name) {
        return Optional.ofNullable(names.weekday(AlignedFolding.fold(name.strip())));
    }

    /** Empty when the words are not names of months; a candidate without a mention when the date is impossible. */
    private Optional<Candidate> toCandidate(Matcher matcher) {
        String monthName = group(matcher, "mon");
        Integer namedMonth = monthName == null ? null : names.month(monthName);
        if (monthName != null && namedMonth == null) {
            return Optional.empty();
        }
        String weekdayName = group(matcher, "wd");
        DayOfWeek weekday = weekdayName == null ? null : names.weekday(weekdayName);
        // A word before the date that is not a weekday ("on", "in") is not part of the date.
        int start = weekdayName != null && weekday == null ? firstNumberOrMonth(matcher) : matcher.start();
        int year = group(matcher, "year") == null ? 0 : Integer.parseInt(matcher.group("year"));
        int month;
        List<Integer> days = new ArrayList<>();
        if (namedMonth != null) {
            month = namedMonth;
            String dayList = group(matcher, "days");
            if (dayList != null) {
                Matcher digits = DIGITS.matcher(dayList);
                while (digits.find()) {
                    days.add(Integer.parseInt(digits.group()));
                }
            }
        } else if (group(matcher, "m") != null) {
            month = Integer.parseInt(matcher.group("m"));
            days.add(Integer.parseInt(matcher.group("d")));
        } else {
            int first = Integer.parseInt(matcher.group("a"));
            int second = Integer.parseInt(matcher.group("b"));
            boolean monthFirst = first <= 12 && second > 12;
            month = monthFirst ? first : second;
            days.add(monthFirst ? second : first);
        }
        boolean possible = month >= 1 && month <= 12 && daysExist(days, month, year);
        Optional<DateMention> mention = possible
                ? Optional.of(new DateMention(start, matcher.end(), year, month, days, weekday)) : Optional.empty();
        return Optional.of(new Candidate(start, matcher.end(), mention));
    }

    private static boolean daysExist(List<Integer> days, int month, int year) {
        // Without a year, 29 February must stay possible: a leap year may be inferred later.
        int length = YearMonth.of(year == 0 ? 2024 : year, month).lengthOfMonth();
        return days.stream().allMatch(day -> day >= 1 && day <= length);
    }

    private static int firstNumberOrMonth(Matcher matcher) {
        int first = matcher.end();
        for (String name : List.of("days", "mon", "year", "a")) {
            if (group(matcher, name) != null) {
                first = Math.min(first, matcher.start(name));
            }
        }
        return first;
    }

    private static String group(Matcher matcher, String name) {
        return matcher.pattern().pattern().contains("(?<" + name + ">") ? matcher.group(name) : null;
    }
}
