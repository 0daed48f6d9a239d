package org.commonslibrary.web.audit;

/** The kinds of change the audit log records; the id is what the API and the audit page show. */
public enum AuditAction {
    SIGNED_IN("session.signed-in"),
    SIGN_IN_REFUSED("session.refused"),
    DOCUMENT_UPLOADED("document.uploaded"),
    DOCUMENT_CORRECTED("document.corrected"),
    DOCUMENT_DELETED("document.deleted"),
    CASE_REVIEWED("case.reviewed"),
    ACCOUNT_SAVED("account.saved"),
    INDEX_REBUILT("index.rebuilt"),
    INDEX_REBUILD_FAILED("index.rebuild-failed");

    private final String id;

    AuditAction(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
