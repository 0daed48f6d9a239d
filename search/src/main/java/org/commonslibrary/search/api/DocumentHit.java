package org.commonslibrary.search.api;

import java.time.LocalDate;
import java.util.List;

/** A document in a result list, with the passages that best show why it matched. */
public record DocumentHit(long documentId, String title, String kind, String language, LocalDate publicationDate,
        List<PassageHit> passages) {
}
