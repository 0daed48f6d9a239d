package org.commonslibrary.ingest.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonslibrary.ingest.text.ResourceLines;

/**
 * Builds the cities from {@code cities.tsv} (derived from GeoNames by tools/gazetteer/derive-cities) and
 * their other names from {@code city-names.txt}.
 */
final class CityCatalog {

    private static final String TABLE = "cities.tsv";
    private static final List<String> COLUMNS = List.of("geonames_id", "name", "ascii_name", "country", "population");
    /** GeoNames gives a few bilingual cities as "Gasteiz / Vitoria". */
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s+/\\s+");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");

    final Map<String, City> cities = new LinkedHashMap<>();
    final List<PlaceName> names = new ArrayList<>();

    CityCatalog(Set<String> countryCodes) {
        List<String[]> rows = readTable();
        Map<String, Map<String, List<String>>> extra = readOtherNames(rows);
        for (String[] row : rows) {
            String id = row[0];
            if (!countryCodes.contains(row[3])) {
                throw new IllegalStateException(TABLE + " gives city " + id + " an unknown country " + row[3]);
            }
            Map<String, List<String>> fields = extra.getOrDefault(id, Map.of());
            String canonical = fields.containsKey("name") ? fields.get("name").get(0) : row[1];
            Map<String, String> localised = new HashMap<>();
            for (String language : Languages.SERVED) {
                List<String> values = fields.getOrDefault(language, List.of());
                if (!values.isEmpty() && !values.get(0).equals(canonical)) {
                    localised.put(language, values.get(0));
                }
            }
            City city = new City(id, canonical, row[2], row[3], Long.parseLong(row[4]), localised);
            cities.put(id, city);

            Set<String> forms = new LinkedHashSet<>();
            forms.add(canonical);
            for (String part : ALTERNATIVES.split(row[1])) {
                forms.add(part);
                forms.add(PARENTHESIS.matcher(part).replaceAll("").strip());
            }
            forms.add(row[2]);
            fields.forEach((field, values) -> {
                if (!field.equals("name")) {
                    forms.addAll(values);
                }
            });
            Set<String> keys = new LinkedHashSet<>();
            for (String form : forms) {
                PlaceName name = PlaceName.ofCity(form, city);
                // The ASCII name mostly folds to the same words as the name; one entry per way of writing is enough.
                if (!name.words().isEmpty() && keys.add(name.key() + (name.acronym() ? "/A" : ""))) {
                    names.add(name);
                }
            }
        }
    }

    private static List<String[]> readTable() {
        try (InputStream in = CityCatalog.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + TABLE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header) {
                    if (!List.of(cells).equals(COLUMNS)) {
                        throw new IllegalStateException(TABLE + " has columns " + List.of(cells) + ", expected " + COLUMNS);
                    }
                    header = false;
                    continue;
                }
                if (cells.length != COLUMNS.size()) {
                    throw new IllegalStateException(TABLE + " has a malformed line: " + line);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
    }

    private static Map<String, Map<String, List<String>>> readOtherNames(List<String[]> rows) {
        Map<String, String> namesById = new HashMap<>();
        rows.forEach(row -> namesById.put(row[0], row[1]));
        Map<String, Map<String, List<String>>> byId = new HashMap<>();
        for (String line : ResourceLines.read(CityCatalog.class, "city-names.txt")) {
            List<String> cells = DataLine.cells(line);
            String id = cells.get(0);
            if (!cells.get(1).equals(namesById.get(id))) {
                throw new IllegalStateException("city-names.txt line does not match " + TABLE + " (which has "
                        + namesById.get(id) + " for " + id + "): " + line);
            }
            Map<String, List<String>> fields = DataLine.fields(cells, 2, line);
            for (String field : fields.keySet()) {
                if (!field.equals("name") && !field.equals("all") && !Languages.SERVED.contains(field)) {
                    throw new IllegalStateException("unknown field '" + field + "' in city-names.txt: " + line);
                }
            }
            if (byId.put(id, fields) != null) {
                throw new IllegalStateException("city-names.txt has two lines for " + id);
            }
        }
        return byId;
    }
}
