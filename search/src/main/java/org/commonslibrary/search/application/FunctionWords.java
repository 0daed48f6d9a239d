package org.commonslibrary.search.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The function words of English, French and Spanish listed in {@code function-words.txt}, read once. */
final class FunctionWords {

    private static final class Standard {
        static final List<String> WORDS = load();
    }

    private FunctionWords() {
    }

    static List<String> all() {
        return Standard.WORDS;
    }

    private static List<String> load() {
        Set<String> words = new TreeSet<>();
        try (InputStream in = FunctionWords.class.getResourceAsStream("function-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing function-words.txt next to " + FunctionWords.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    words.addAll(List.of(content.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read function-words.txt", e);
        }
        return List.copyOf(words);
    }
}
