package org.commonslibrary.ingest.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code |}-separated lines of this package's data files, whose trailing cells are
 * {@code key: value, value} fields.
 */
final class DataLine {

    private DataLine() {
    }

    static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|")).map(String::strip).toList();
    }

    /**
     * @param cells the line's cells
     * @param from  index of the first field cell
     * @return values per key, in file order; a key given twice keeps both lists' values
     */
    static Map<String, List<String>> fields(List<String> cells, int from, String line) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String cell : cells.subList(from, cells.size())) {
            int colon = cell.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("expected 'key: values' in data line: " + line);
            }
            String key = cell.substring(0, colon).strip();
            List<String> values = fields.computeIfAbsent(key, k -> new ArrayList<>());
            for (String value : cell.substring(colon + 1).split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return fields;
    }
}
