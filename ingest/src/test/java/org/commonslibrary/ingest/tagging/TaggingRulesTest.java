package org.commonslibrary.ingest.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.junit.jupiter.api.Test;

class TaggingRulesTest {

    @Test
    void standardRulesLoad() {
        TaggingRules rules = TaggingRules.standard();
        assertThat(rules.isExact("Commons")).isTrue();
        assertThat(rules.isIgnored("gestion publique")).isTrue();
        assertThat(rules.allows("sol", "fr", "es")).isFalse();
        assertThat(rules.allows("sol", "fr", "fr")).isTrue();
        assertThat(rules.allows("water", "en", "fr")).isTrue();
        assertThat(rules.blockingPhrases()).contains("House of Commons");
    }

    @Test
    void withoutRulesStemmedLabelsCatchEverydayWords() {
        ConceptTagger bare = new ConceptTagger(ConceptScheme.standard(), TaggingRules.none());
        assertThat(bare.conceptIds("a common approach", "en")).containsExactly("practice.commoning");
        assertThat(ConceptTagger.standard().conceptIds("a common approach", "en")).isEmpty();
    }

    @Test
    void rejectsMalformedRules() {
        assertThatThrownBy(() -> TaggingRules.parse(List.of("exact commons"))).hasMessageContaining("expected 'rule: label'");
        assertThatThrownBy(() -> TaggingRules.parse(List.of("prefer: commons"))).hasMessageContaining("unknown rule 'prefer'");
        assertThatThrownBy(() -> TaggingRules.parse(List.of("native: sol"))).hasMessageContaining("needs a language");
        assertThatThrownBy(() -> TaggingRules.parse(List.of("block:  "))).hasMessageContaining("empty label");
    }
}
