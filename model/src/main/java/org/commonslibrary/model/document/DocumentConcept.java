package org.commonslibrary.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A concept a whole document is about. Found by the tagger (with how often its passages mention it) or set
 * by a curator; a curated tag survives a re-run of the tagger.
 */
@Embeddable
public class DocumentConcept {

    @Column(nullable = false, length = 100)
    private String conceptId;

    private int mentions;

    private boolean curated;

    protected DocumentConcept() {
    }

    public DocumentConcept(String conceptId, int mentions, boolean curated) {
        this.conceptId = conceptId;
        this.mentions = mentions;
        this.curated = curated;
    }

    public String getConceptId() {
        return conceptId;
    }

    public int getMentions() {
        return mentions;
    }

    public boolean isCurated() {
        return curated;
    }
}
