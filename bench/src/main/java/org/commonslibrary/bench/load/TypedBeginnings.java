package org.commonslibrary.bench.load;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.commonslibrary.bench.search.QueryMix;

/**
 * The suggestion calls of a visit: the first 2 to 6 characters of a vocabulary label, as the search box sends
 * them while someone types, in the language of the page.
 */
final class TypedBeginnings {

    static final int MIN_CHARACTERS = 2;
    static final int MAX_CHARACTERS = 6;

    private final URI base;
    private final Function<String, List<String>> labelsByLanguage;

    TypedBeginnings(URI base, Function<String, List<String>> labelsByLanguage) {
        this.base = base;
        this.labelsByLanguage = labelsByLanguage;
    }

    URI next(Random random) {
        String language = QueryMix.LANGUAGES.get(random.nextInt(QueryMix.LANGUAGES.size()));
        List<String> labels = labelsByLanguage.apply(language);
        String typed = beginning(labels.get(random.nextInt(labels.size())), random);
        return base.resolve("api/suggest?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&lang=" + language);
    }

    /**
     * 2 to 6 characters from the start of the label; a beginning that ends in a space is lengthened, since the
     * API counts the characters of the stripped text and answers nothing for fewer than two.
     */
    static String beginning(String label, Random random) {
        int length = Math.min(label.length(), MIN_CHARACTERS + random.nextInt(MAX_CHARACTERS - MIN_CHARACTERS + 1));
        String typed = label.substring(0, length);
        while (typed.strip().length() < MIN_CHARACTERS && length < label.length()) {
            typed = label.substring(0, ++length);
        }
        return typed;
    }
}
