package org.commonslibrary.model.search;

import java.util.List;

/**
 * Names of the analyzers and normalizers the index mapping uses, kept in one place so the mapping
 * annotations and the analysis definitions cannot drift apart.
 */
public final class AnalysisNames {

    /** Full text in any of the library's languages: no stemming, but case and accents folded. */
    public static final String TEXT = "library_text";

    /** English text: possessives and stopwords dropped, light stemming, accents folded. */
    public static final String TEXT_EN = "library_text_en";

    /** French text: elisions ("l'", "qu'") and stopwords dropped, light stemming, accents folded. */
    public static final String TEXT_FR = "library_text_fr";

    /** Spanish text: stopwords dropped, light stemming, accents folded. */
    public static final String TEXT_ES = "library_text_es";

    /** The languages with an analyzer of their own; each text field has a variant per language. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es");

    /** Keywords compared without regard to case or accents (sorting titles, matching names). */
    public static final String FOLDED_KEYWORD = "library_folded_keyword";

    /**
     * Titles for suggestions as a person types: every word is indexed with all its beginnings, so the
     * letters typed so far match without a prefix query at search time. Searched with {@link #TEXT}.
     */
    public static final String TITLE_PREFIXES = "library_title_prefixes";

    private AnalysisNames() {
    }

    /** The name of {@code field}'s variant analysed as {@code language} (one of {@link #LANGUAGES}). */
    public static String languageField(String field, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("No analyzer for language " + language);
        }
        return field + "_" + language;
    }
}
