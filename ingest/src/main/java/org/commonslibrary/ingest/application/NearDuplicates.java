package org.commonslibrary.ingest.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.commonslibrary.ingest.fingerprint.NearDuplicateDetector;
import org.commonslibrary.ingest.fingerprint.TextFingerprint;

/**
 * Finds an earlier document with the same text in another format. A linear pass over the stored
 * fingerprints: a few hundred bytes per document, so tens of thousands of documents compare in well under
 * a second, once per ingest.
 */
@ApplicationScoped
public class NearDuplicates {

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    private final NearDuplicateDetector detector = new NearDuplicateDetector();

    public Optional<Long> earlierDocumentWithSameText(String encodedFingerprint) {
        TextFingerprint fingerprint = TextFingerprint.decode(encodedFingerprint);
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        Long best = null;
        double bestSimilarity = 0;
        for (Object[] row : entityManager.createQuery(
                "select d.id, d.textFingerprint from LibraryDocument d where d.textFingerprint is not null "
                        + "order by d.id", Object[].class).getResultList()) {
            TextFingerprint other = TextFingerprint.decode((String) row[1]);
            double similarity = fingerprint.similarity(other);
            if (detector.isNearDuplicate(fingerprint, other) && similarity > bestSimilarity) {
                best = (Long) row[0];
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }
}
