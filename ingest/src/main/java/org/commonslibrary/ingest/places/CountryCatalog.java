package org.commonslibrary.ingest.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.commonslibrary.ingest.text.ResourceLines;

/**
 * Builds the countries and the names they can be found by: the JDK's display names in English, French and
 * Spanish, lightly cleaned ("Myanmar (Burma)" is also "Myanmar", "Bosnia &amp; Herzegovina" also "Bosnia
 * and Herzegovina"), plus {@code country-names.txt}. Taking names from the JDK keeps the list complete
 * and current without a data file for the 250 codes; the file adds what people actually write.
 */
final class CountryCatalog {

    /** Kosovo is not in ISO 3166-1, but documents name it and the JDK knows it by this user-assigned code. */
    static final String KOSOVO = "XK";

    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Map<String, String> AND = Map.of("en", "and", "fr", "et", "es", "y");
    private static final Map<String, Locale> LOCALES = Map.of(
            "en", Locale.ENGLISH, "fr", Locale.FRENCH, "es", Locale.forLanguageTag("es"));

    final Map<String, Country> countries = new LinkedHashMap<>();
    final List<PlaceName> names = new ArrayList<>();

    CountryCatalog() {
        Set<String> codes = new TreeSet<>(Set.of(Locale.getISOCountries()));
        codes.add(KOSOVO);
        for (String code : codes) {
            Map<String, String> display = new LinkedHashMap<>();
            for (String language : Languages.SERVED) {
                display.put(language, new Locale("", code).getDisplayCountry(LOCALES.get(language)));
            }
            countries.put(code, new Country(code, display));
        }
        Map<String, Set<String>> extra = new HashMap<>();
        Map<String, Set<String>> removed = new HashMap<>();
        readVariants(extra, removed);

        Map<String, Set<String>> codesByJdkKey = new HashMap<>();
        Map<String, Set<String>> jdkForms = new LinkedHashMap<>();
        for (Country country : countries.values()) {
            Set<String> forms = new LinkedHashSet<>();
            country.names().forEach((language, name) -> forms.addAll(cleanedForms(name, language)));
            jdkForms.put(country.code(), forms);
            for (String form : forms) {
                codesByJdkKey.computeIfAbsent(key(form), k -> new HashSet<>()).add(country.code());
            }
        }
        for (Country country : countries.values()) {
            Set<String> notWanted = removed.getOrDefault(country.code(), Set.of());
            Set<String> own = extra.getOrDefault(country.code(), Set.of());
            Set<String> ownKeys = new HashSet<>();
            own.forEach(form -> ownKeys.add(key(form)));
            for (String form : jdkForms.get(country.code())) {
                String key = key(form);
                // Two countries sharing a JDK-derived name ("Saint-Martin" once its "(partie néerlandaise)" is
                // cut) cannot be told apart: the name is dropped unless the variants file claims it.
                boolean shared = codesByJdkKey.get(key).size() > 1 && !ownKeys.contains(key);
                if (!notWanted.contains(key) && !shared && !key.isEmpty()) {
                    names.add(PlaceName.ofCountry(form, country));
                }
            }
            for (String form : own) {
                names.add(PlaceName.ofCountry(form, country));
            }
        }
    }

    private void readVariants(Map<String, Set<String>> extra, Map<String, Set<String>> removed) {
        for (String line : ResourceLines.read(CountryCatalog.class, "country-names.txt")) {
            List<String> cells = DataLine.cells(line);
            String code = cells.get(0);
            if (!countries.containsKey(code)) {
                throw new IllegalStateException("country-names.txt names an unknown country code: " + line);
            }
            DataLine.fields(cells, 1, line).forEach((field, values) -> {
                if (field.equals("not")) {
                    values.forEach(v -> removed.computeIfAbsent(code, c -> new HashSet<>()).add(key(v)));
                } else if (field.equals("all") || Languages.SERVED.contains(field)) {
                    extra.computeIfAbsent(code, c -> new LinkedHashSet<>()).addAll(values);
                } else {
                    throw new IllegalStateException("unknown field '" + field + "' in country-names.txt: " + line);
                }
            });
        }
    }

    /** The JDK writes some names for display rather than for reading in running text. */
    static Set<String> cleanedForms(String name, String language) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        String withoutParenthesis = PARENTHESIS.matcher(name).replaceAll("").strip();
        forms.add(withoutParenthesis);
        for (String form : List.copyOf(forms)) {
            if (form.contains("&")) {
                forms.add(form.replace("&", AND.get(language)));
            }
            if (form.startsWith("St. ")) {
                forms.add("Saint " + form.substring(4));
            }
        }
        return forms;
    }

    private static String key(String form) {
        return String.join(" ", WordScanner.foldedWords(form));
    }
}
