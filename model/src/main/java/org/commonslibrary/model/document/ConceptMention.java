package org.commonslibrary.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * Evidence that a passage speaks of a concept of the vocabulary: which words, and where in the passage.
 */
@Embeddable
public class ConceptMention {

    @KeywordField
    @Column(nullable = false, length = 100)
    private String conceptId;

    @Column(nullable = false, length = 300)
    private String matchedText;

    private int startOffset;

    private int endOffset;

    protected ConceptMention() {
    }

    public ConceptMention(String conceptId, String matchedText, int startOffset, int endOffset) {
        this.conceptId = conceptId;
        this.matchedText = matchedText.length() > 300 ? matchedText.substring(0, 300) : matchedText;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
    }

    public String getConceptId() {
        return conceptId;
    }

    public String getMatchedText() {
        return matchedText;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }
}
