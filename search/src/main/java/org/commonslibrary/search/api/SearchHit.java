package org.commonslibrary.search.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One result: a document, or a case example found in one. Either way it names the document the passages
 * come from, so every hit can be cited.
 *
 * @param type        {@code document} or {@code case}
 * @param id          the document's or the case's id
 * @param documentId  the document itself, or the one the case comes from
 * @param authors     the document's authors as extracted, or null
 * @param caseExample the case's fields; null for a document
 * @param addedAt     when it came into the library: the document's upload, the case's proposal
 */
public record SearchHit(String type, long id, long documentId, String title, String kind, String language,
        LocalDate publicationDate, String publisher, String authors, List<PassageHit> passages, CaseSummary caseExample,
        Instant addedAt) {
}
