package org.commonslibrary.model.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * Defines the analyzers named in {@link AnalysisNames} in the OpenSearch index settings.
 * Registered in persistence.xml, so every index Hibernate Search creates carries them.
 *
 * <p>The language analyzers fold accents before stemming, so a word typed without its accents
 * ("regie", "gestion publica") reaches the same stem as the accented word in the text. Their stopwords are
 * removed before folding, because the stopword lists are written with accents ("él", "más", "où").
 * Stemmers are the light ones: they merge plurals and feminine forms without conflating unrelated words.
 */
public class LibraryAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

    private static final String ELISION_FR = "library_elision_fr";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        // Folding accents lets "gestion publica" find "gestión pública": officials often type without accents.
        context.analyzer(AnalysisNames.TEXT).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
        // Beginnings of 1 to 20 letters; a longer word typed in full still matches through its original form.
        context.tokenFilter("library_word_beginnings").type("edge_ngram")
                .param("min_gram", 1).param("max_gram", 20).param("preserve_original", true);
        context.analyzer(AnalysisNames.TITLE_PREFIXES).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "library_word_beginnings");
        context.normalizer(AnalysisNames.FOLDED_KEYWORD).custom()
                .tokenFilters("lowercase", "asciifolding");

        context.tokenFilter("library_possessive_en").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("library_stop_en").type("stop").param("stopwords", "_english_");
        context.tokenFilter("library_stem_en").type("stemmer").param("language", "light_english");
        context.analyzer(AnalysisNames.TEXT_EN).custom()
                .tokenizer("standard")
                .tokenFilters("library_possessive_en", "lowercase", "library_stop_en", "asciifolding",
                        "library_stem_en");

        // "l'eau" is one token to the standard tokenizer; the article goes, "eau" stays.
        context.tokenFilter(ELISION_FR).type("elision").param("articles_case", true)
                .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu",
                        "puisqu");
        context.tokenFilter("library_stop_fr").type("stop").param("stopwords", "_french_");
        context.tokenFilter("library_stem_fr").type("stemmer").param("language", "light_french");
        context.analyzer(AnalysisNames.TEXT_FR).custom()
                .tokenizer("standard")
                .tokenFilters(ELISION_FR, "lowercase", "library_stop_fr", "asciifolding", "library_stem_fr");

        context.tokenFilter("library_stop_es").type("stop").param("stopwords", "_spanish_");
        context.tokenFilter("library_stem_es").type("stemmer").param("language", "light_spanish");
        context.analyzer(AnalysisNames.TEXT_ES).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "library_stop_es", "asciifolding", "library_stem_es");
    }
}
