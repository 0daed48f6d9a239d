package org.commonslibrary.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The blocks of {@code phrases.txt}: sentence, heading, title and actor phrases per language. */
final class Phrases {

    private static final String RESOURCE = "phrases.txt";

    private final Map<String, List<String>> blocks;

    private Phrases(Map<String, List<String>> blocks) {
        this.blocks = blocks;
    }

    static Phrases standard() {
        try (InputStream in = Phrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Phrases parse(List<String> lines) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = blocks.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(RESOURCE + ": phrase outside a block: " + line);
            } else {
                current.add(line);
            }
        }
        return new Phrases(blocks);
    }

    /** @param part e.g. {@code sentence}, {@code heading}, {@code title.report} */
    List<String> of(String language, String part) {
        List<String> phrases = blocks.get(language + "." + part);
        if (phrases == null || phrases.isEmpty()) {
            throw new IllegalArgumentException("no phrases for " + language + "." + part);
        }
        return phrases;
    }
}
