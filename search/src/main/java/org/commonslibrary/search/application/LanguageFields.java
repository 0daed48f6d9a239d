package org.commonslibrary.search.application;

import java.util.ArrayList;
import java.util.List;

import org.commonslibrary.model.search.AnalysisNames;

/**
 * The text fields a query reads and how much each counts: the folded fields match words as written in any
 * language; each language's stemmed fields add inflected forms, and those of the query's own language count
 * most. Titles count more than the text, since a word in the title says what the whole document is about.
 */
final class LanguageFields {

    static final String TITLE = "title";
    static final String PASSAGE_TEXT = "text";

    static final float TITLE_BOOST = 2.0f;
    static final float FOLDED_BOOST = 1.0f;
    static final float OWN_LANGUAGE_BOOST = 1.5f;
    static final float OTHER_LANGUAGE_BOOST = 0.1f;

    private LanguageFields() {
    }

    /** A field with its boost. */
    record WeightedField(String name, float boost) {
    }

    /** The document-level fields, title and passage text, analysed as {@code language} (null: folded). */
    static List<WeightedField> documentFields(String language) {
        String title = language == null ? TITLE : AnalysisNames.languageField(TITLE, language);
        return List.of(new WeightedField(title, TITLE_BOOST), new WeightedField("passages." + passageField(language), 1f));
    }

    /** The passage text field analysed as {@code language}, or the folded one when it is null. */
    static String passageField(String language) {
        return language == null ? PASSAGE_TEXT : AnalysisNames.languageField(PASSAGE_TEXT, language);
    }

    /** Every analysis of the text: folded first, then each language, with the query language weighted up. */
    static List<String> analyses() {
        List<String> all = new ArrayList<>();
        all.add(null);
        all.addAll(AnalysisNames.LANGUAGES);
        return all;
    }

    static float weight(String analysis, String queryLanguage) {
        if (analysis == null) {
            return FOLDED_BOOST;
        }
        return analysis.equals(queryLanguage) ? OWN_LANGUAGE_BOOST : OTHER_LANGUAGE_BOOST;
    }
}
