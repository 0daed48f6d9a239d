package org.commonslibrary.web.curation;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.commonslibrary.ingest.application.OriginalStore;
import org.commonslibrary.model.cases.CaseExample;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.web.audit.AuditAction;
import org.commonslibrary.web.audit.AuditLog;
import org.commonslibrary.web.search.ChangesToIndex;

/**
 * Deletes a document with its pages, passages, cases and sessions, and then its stored original. The
 * database rows and the audit entry go in one transaction; the answer waits (bounded) until the deletion
 * has reached the index, so the document is gone from search at once; the file goes last,
 * once nothing refers to it, so a failed transaction never leaves a document without its original.
 */
@ApplicationScoped
public class DocumentRemoval {

    private static final Logger LOG = Logger.getLogger(DocumentRemoval.class.getName());

    @Inject
    OriginalStore originals;

    @Inject
    RemovalTransaction transaction;

    /** The deleted document's title, or empty when there was no such document. */
    public Optional<String> remove(long documentId, String actor) {
        Optional<RemovalTransaction.Removed> removed = transaction.removeRows(documentId, actor);
        removed.ifPresent(r -> {
            try {
                originals.delete(r.storageKey());
            } catch (IOException e) {
                // The document is gone already; a left-over file is harmless and the log names it for cleaning.
                LOG.log(Level.WARNING, "The original " + r.storageKey() + " of deleted document " + documentId
                        + " could not be removed", e);
            }
        });
        return removed.map(RemovalTransaction.Removed::title);
    }

    /** The transactional part, a bean of its own so the transaction interceptor applies. */
    @ApplicationScoped
    public static class RemovalTransaction {

        @PersistenceContext(unitName = "library")
        EntityManager entityManager;

        @Inject
        AuditLog audit;

        @Inject
        ChangesToIndex changesToIndex;

        record Removed(String title, String storageKey) {
        }

        @Transactional
        public Optional<Removed> removeRows(long documentId, String actor) {
            LibraryDocument document = entityManager.find(LibraryDocument.class, documentId);
            if (document == null) {
                return Optional.empty();
            }
            Removed removed = new Removed(document.getTitle(), document.getStorageKey());
            changesToIndex.expect(LibraryDocument.class, documentId);
            changesToIndex.expect(CaseExample.class, document.getCases().stream().map(CaseExample::getId).toList());
            entityManager.remove(document);
            audit.record(actor, AuditAction.DOCUMENT_DELETED, "document " + documentId, document.getTitle());
            return Optional.of(removed);
        }
    }
}
