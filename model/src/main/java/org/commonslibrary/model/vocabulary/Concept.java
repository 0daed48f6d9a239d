package org.commonslibrary.model.vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the concept scheme: a language-neutral id with preferred and alternative labels in the
 * library's working languages.
 *
 * @param id        stable id, {@code <type>.<name>}, e.g. {@code sector.water}
 * @param type      the branch of the vocabulary
 * @param broaderId id of the parent concept, or null for a top concept
 * @param labels    preferred label per language code; always has {@value #DEFAULT_LANGUAGE}
 * @param altLabels synonyms and variants per language code, in file order
 */
public record Concept(String id, ConceptType type, String broaderId, Map<String, String> labels,
                      Map<String, List<String>> altLabels) {

    /** The working languages of UCLG, which every concept is labelled in. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es");
    public static final String DEFAULT_LANGUAGE = "en";

    public Concept {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        labels = Map.copyOf(labels);
        if (!labels.containsKey(DEFAULT_LANGUAGE)) {
            throw new IllegalArgumentException("concept " + id + " has no " + DEFAULT_LANGUAGE + " label");
        }
        Map<String, List<String>> copied = new LinkedHashMap<>();
        altLabels.forEach((lang, list) -> copied.put(lang, List.copyOf(list)));
        altLabels = Map.copyOf(copied);
    }

    /** The preferred label in the given language, or the English one when that language has none. */
    public String label(String language) {
        String label = language == null ? null : labels.get(language);
        return label != null ? label : labels.get(DEFAULT_LANGUAGE);
    }

    public List<String> altLabels(String language) {
        return altLabels.getOrDefault(language, List.of());
    }

    /** Preferred label first, then the alternative labels, of one language. */
    public List<String> allLabels(String language) {
        List<String> all = new ArrayList<>();
        String preferred = labels.get(language);
        if (preferred != null) {
            all.add(preferred);
        }
        all.addAll(altLabels(language));
        return all;
    }
}
