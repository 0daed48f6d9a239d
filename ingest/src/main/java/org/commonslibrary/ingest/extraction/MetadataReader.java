package org.commonslibrary.ingest.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Reads the descriptive facts a document declares about itself, distrusting what programs fill in by
 * default: empty titles, "Untitled", file names, dates from 1601 or from the future.
 */
final class MetadataReader {

    private static final int MAX_TITLE_CHARS = 200;
    private static final int MIN_TITLE_LETTERS = 3;
    private static final LocalDate EARLIEST_PLAUSIBLE_DATE = LocalDate.of(1900, 1, 1);
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern EMAIL_IN_BRACKETS = Pattern.compile("\\s*<[^>]*@[^>]*>\\s*");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Declared properties worth keeping, under names that do not leak Tika's vocabulary. */
    private static final Map<String, List<String>> SUMMARY_KEYS = new LinkedHashMap<>();

    static {
        SUMMARY_KEYS.put("producer", List.of("pdf:producer"));
        SUMMARY_KEYS.put("creatorTool", List.of("xmp:CreatorTool", "extended-properties:Application"));
        SUMMARY_KEYS.put("created", List.of("dcterms:created"));
        SUMMARY_KEYS.put("modified", List.of("dcterms:modified"));
        SUMMARY_KEYS.put("declaredLanguage", List.of("dc:language"));
        SUMMARY_KEYS.put("keywords", List.of("meta:keyword", "pdf:docinfo:keywords", "dc:subject"));
        SUMMARY_KEYS.put("description", List.of("dc:description"));
        SUMMARY_KEYS.put("company", List.of("extended-properties:Company"));
        SUMMARY_KEYS.put("pdfVersion", List.of("pdf:PDFVersion"));
        SUMMARY_KEYS.put("declaredPageCount", List.of("xmpTPg:NPages"));
    }

    private final PlaceholderValues placeholders;

    MetadataReader(PlaceholderValues placeholders) {
        this.placeholders = placeholders;
    }

    /** The declared title if it is meaningful, else the first heading, else the first line with words. */
    String title(Metadata metadata, List<RawPage> pages) {
        String declared = metadata.get(TikaCoreProperties.TITLE);
        if (declared != null) {
            String singleLine = TextNormalizer.singleLine(declared);
            if (placeholders.isMeaningfulTitle(singleLine)) {
                return shorten(singleLine);
            }
        }
        for (RawPage page : pages) {
            for (String heading : page.headings()) {
                if (hasEnoughLetters(heading) && placeholders.isMeaningfulTitle(heading)) {
                    return shorten(heading);
                }
            }
        }
        for (RawPage page : pages) {
            for (String line : page.text().split("\n")) {
                String candidate = line.strip();
                if (hasEnoughLetters(candidate)) {
                    return shorten(candidate);
                }
            }
        }
        return "";
    }

    List<String> authors(Metadata metadata) {
        Set<String> authors = new LinkedHashSet<>();
        for (String value : metadata.getValues(TikaCoreProperties.CREATOR)) {
            for (String part : value.split(";")) {
                String name = TextNormalizer.singleLine(EMAIL_IN_BRACKETS.matcher(part).replaceAll(" ")).strip();
                if (name.startsWith("\"") && name.endsWith("\"") && name.length() > 1) {
                    name = name.substring(1, name.length() - 1).strip();
                }
                if (placeholders.isMeaningfulAuthor(name)) {
                    authors.add(name);
                }
            }
        }
        return new ArrayList<>(authors);
    }

    String publisher(Metadata metadata) {
        String publisher = metadata.get(TikaCoreProperties.PUBLISHER);
        if (publisher == null) {
            return null;
        }
        String cleaned = TextNormalizer.singleLine(publisher);
        return LETTER.matcher(cleaned).find() ? cleaned : null;
    }

    /**
     * The declared date, else the creation date: for the reports and notes this library holds, the file is
     * usually created when the text is finalised, which is closer to publication than any other date Tika
     * sees.
     */
    LocalDate publicationDate(Metadata metadata) {
        for (String key : List.of("dc:date", "dcterms:issued", TikaCoreProperties.CREATED.getName(),
                "pdf:docinfo:created")) {
            LocalDate date = plausibleDate(metadata.get(key));
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    Map<String, String> summary(Metadata metadata, String contentType) {
        Map<String, String> summary = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> entry : SUMMARY_KEYS.entrySet()) {
            for (String key : entry.getValue()) {
                String[] values = metadata.getValues(key);
                List<String> kept = new ArrayList<>();
                for (String value : values) {
                    String cleaned = TextNormalizer.singleLine(value);
                    if (!cleaned.isEmpty() && !kept.contains(cleaned)) {
                        kept.add(cleaned);
                    }
                }
                if (!kept.isEmpty()) {
                    summary.put(entry.getKey(), String.join("; ", kept));
                    break;
                }
            }
        }
        String charset = charsetOf(contentType);
        if (charset != null) {
            summary.put("charset", charset);
        }
        for (String name : metadata.names()) {
            if (name.startsWith(TikaCoreProperties.TIKA_META_EXCEPTION_PREFIX)
                    && !name.equals(TikaCoreProperties.CONTAINER_EXCEPTION.getName())) {
                summary.put("warning", "Part of the file (an attachment or embedded object) could not be read.");
                break;
            }
        }
        return summary;
    }

    private static LocalDate plausibleDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher iso = ISO_DATE.matcher(value.strip());
        if (!iso.find()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
            LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
            return date.isBefore(EARLIEST_PLAUSIBLE_DATE) || date.isAfter(tomorrow) ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                return pair[1].strip().replace("\"", "");
            }
        }
        return null;
    }

    private static boolean hasEnoughLetters(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_TITLE_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters >= MIN_TITLE_LETTERS;
    }

    private static String shorten(String title) {
        if (title.length() <= MAX_TITLE_CHARS) {
            return title;
        }
        int space = title.lastIndexOf(' ', MAX_TITLE_CHARS);
        int end = space > MAX_TITLE_CHARS / 2 ? space : MAX_TITLE_CHARS;
        return title.substring(0, end).strip() + "…";
    }
}
