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

    /** The document's title analysed as {@code analysis} (a language, or null for the folded field). */
    static String title(String analysis) {
        return analysis == null ? TITLE : AnalysisNames.languageField(TITLE, analysis);
    }

    /** The text of all the document's passages, as the document index holds it, analysed as {@code analysis}. */
    static String documentText(String analysis) {
        return "passages." + passageField(analysis);
    }

    /** A passage's text field analysed as {@code analysis} (a language, or null for the folded field). */
    static String passageField(String analysis) {
        return analysis == null ? PASSAGE_TEXT : AnalysisNames.languageField(PASSAGE_TEXT, analysis);
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
