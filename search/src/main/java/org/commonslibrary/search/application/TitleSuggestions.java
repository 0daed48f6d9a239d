package org.commonslibrary.search.application;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.search.api.Suggestion;
import org.hibernate.search.mapper.orm.Search;

/**
 * Titles of published documents in which every typed word begins a word: "wat pub" finds "Water back in
 * public hands". The {@code title_suggest} field holds every beginning of every title word, so this is a plain
 * match on the index, as fast as any term lookup.
 */
final class TitleSuggestions {

    List<Suggestion> matching(EntityManager entityManager, String query, int limit) {
        return Search.session(entityManager).search(LibraryDocument.class)
                .select(f -> f.composite().from(f.id(Long.class), f.field("title", String.class)).asList())
                .where(f -> f.bool()
                        .must(f.match().field("title_suggest").matching(query).minimumShouldMatchPercent(100))
                        .filter(f.match().field("published").matching(true)))
                .sort(f -> f.score().then().field("title_sort"))
                .fetchHits(limit)
                .stream()
                .map(hit -> Suggestion.document((String) hit.get(1), (Long) hit.get(0)))
                .toList();
    }
}
