package org.commonslibrary.ingest.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the hand-labelled evaluation set {@value #RESOURCE}; its header comment documents the format. */
final class LabelledPassages {

    static final String RESOURCE = "/org/commonslibrary/ingest/evaluation/labelled-passages.tsv";
    static final String HEADER = "id\tlang\tconcepts\tplaces\ttext";

    record LabelledPassage(String id, String language, Set<String> concepts, Set<String> places, String text) {
    }

    private LabelledPassages() {
    }

    static List<LabelledPassage> read() {
        try (InputStream in = LabelledPassages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<LabelledPassage> passages = new ArrayList<>();
            boolean headerSeen = false;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!line.equals(HEADER)) {
                        throw new IllegalStateException("line " + number + ": expected the header " + HEADER);
                    }
                    headerSeen = true;
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 5) {
                    throw new IllegalStateException("line " + number + ": expected 5 tab-separated fields, got " + fields.length);
                }
                passages.add(new LabelledPassage(fields[0], fields[1], list(fields[2]), list(fields[3]), fields[4]));
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> list(String field) {
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(field.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
        return values;
    }
}
