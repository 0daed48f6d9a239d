package org.commonslibrary.model.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * Defines the analyzers named in {@link AnalysisNames} in the OpenSearch index settings.
 * Registered in persistence.xml, so every index Hibernate Search creates carries them.
 */
public class LibraryAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

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
    }
}
