package org.commonslibrary.model.search;

/**
 * Names of the analyzers and normalizers the index mapping uses, kept in one place so the mapping
 * annotations and the analysis definitions cannot drift apart.
 */
public final class AnalysisNames {

    /** Full text in any of the library's languages: no stemming, but case and accents folded. */
    public static final String TEXT = "library_text";

    /** Keywords compared without regard to case or accents (sorting titles, matching names). */
    public static final String FOLDED_KEYWORD = "library_folded_keyword";

    /**
     * Titles for suggestions as a person types: every word is indexed with all its beginnings, so the
     * letters typed so far match without a prefix query at search time. Searched with {@link #TEXT}.
     */
    public static final String TITLE_PREFIXES = "library_title_prefixes";

    private AnalysisNames() {
    }
}
