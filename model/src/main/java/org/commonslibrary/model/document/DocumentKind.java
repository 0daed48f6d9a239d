package org.commonslibrary.model.document;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of document the library holds; the id is what the index and the API carry. */
public enum DocumentKind {
    CONCEPT_NOTE("concept-note"),
    POLICY_PAPER("policy-paper"),
    CASE_STUDY("case-study"),
    REPORT("report"),
    LEGAL_INSTRUMENT("legal-instrument"),
    EVENT_CALL("event-call"),
    PRESENTATION("presentation");

    private final String id;

    DocumentKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DocumentKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
