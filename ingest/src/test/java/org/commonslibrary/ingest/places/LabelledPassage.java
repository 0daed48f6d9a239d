package org.commonslibrary.ingest.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-labelled passage of the evaluation files: tab-separated {@code id lang concepts places text}, one
 * header line, {@code #} comment lines; {@code places} is a comma-separated list of {@code country:XX} and
 * {@code city:XX:EnglishName}.
 */
record LabelledPassage(String id, String language, Set<String> places, String text) {

    static final String FOLDER = "/org/commonslibrary/ingest/evaluation/";

    /** @return the passages, or {@code null} when the file is not on the test class path */
    static List<LabelledPassage> read(String fileName) throws IOException {
        try (InputStream in = LabelledPassage.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                return null;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<LabelledPassage> passages = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (header) {
                    if (!line.startsWith("id\tlang\tconcepts\tplaces\ttext")) {
                        throw new IllegalStateException(fileName + ": unexpected header " + line);
                    }
                    header = false;
                    continue;
                }
                if (cells.length < 5) {
                    throw new IllegalStateException(fileName + ": expected 5 columns in " + line);
                }
                Set<String> places = new LinkedHashSet<>();
                for (String place : cells[3].split(",")) {
                    if (!place.isBlank()) {
                        places.add(place.strip());
                    }
                }
                passages.add(new LabelledPassage(cells[0].strip(), cells[1].strip(), places, cells[4].strip()));
            }
            return passages;
        }
    }
}
