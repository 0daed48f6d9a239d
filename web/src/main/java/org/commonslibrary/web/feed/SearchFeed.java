package org.commonslibrary.web.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.commonslibrary.search.api.FacetValue;
import org.commonslibrary.search.api.SearchHit;
import org.commonslibrary.search.api.SearchResults;
import org.commonslibrary.search.api.YearRange;

/**
 * What a saved search's feed says: the newest matches as entries linking to their pages, under a title in
 * the reader's language that names the words and filters of the search.
 *
 * <p>Entry ids are tag URIs ({@code tag:<host>,<day added>:document/42}, RFC 4151): they stay the same
 * whichever search, language or order lists the item, so a feed reader shows each item once.
 */
public final class SearchFeed {

    private static final Map<String, String> NAME = Map.of(
            "en", "Commons Knowledge Library",
            "fr", "Bibliothèque des communs",
            "es", "Biblioteca de los comunes");
    private static final Map<String, String> NEWLY_ADDED = Map.of(
            "en", "newly added",
            "fr", "nouveautés",
            "es", "novedades");

    private final URI siteBase;
    private final String language;

    /**
     * @param siteBase where the library's pages are ({@code http://host/}), for links and tag ids
     * @param language the reader's language (en, fr or es)
     */
    public SearchFeed(URI siteBase, String language) {
        this.siteBase = siteBase;
        this.language = language;
    }

    /**
     * @param self       the feed's own address
     * @param pageParams the search's parameters as the search page takes them
     */
    public AtomFeed of(SearchResults results, String query, YearRange years, URI self,
            Map<String, List<String>> pageParams) {
        URI alternate = withQuery(siteBase, pageParams);
        List<AtomFeed.Entry> entries = new ArrayList<>();
        Instant updated = null;
        for (SearchHit hit : results.hits()) {
            entries.add(entry(hit));
            updated = updated == null || hit.addedAt().isAfter(updated) ? hit.addedAt() : updated;
        }
        // With nothing found yet, the feed is as new as the question.
        return new AtomFeed(alternate.toASCIIString(), title(results, query, years), language, NAME.get(language),
                self, alternate, updated == null ? Instant.now() : updated, entries);
    }

    private AtomFeed.Entry entry(SearchHit hit) {
        boolean isCase = "case".equals(hit.type());
        String path = isCase ? "case.html" : "document.html";
        URI link = siteBase.resolve(path + "?id=" + hit.id() + "&lang=" + language);
        String day = hit.addedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String id = "tag:" + siteBase.getHost() + "," + day + ":" + (isCase ? "case/" : "document/") + hit.id();
        String summary = hit.passages().isEmpty() ? null : HighlightText.of(hit.passages().get(0).highlight());
        return new AtomFeed.Entry(id, hit.title(), hit.addedAt(), link, summary);
    }

    /** The address with the parameters as its query, each value encoded as a form value. */
    static URI withQuery(URI address, Map<String, List<String>> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, values) -> values.forEach(value ->
                query.add(encode(name) + "=" + encode(value))));
        return query.length() == 0 ? address : URI.create(address + "?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** "Commons Knowledge Library, newly added: water · Remunicipalisation · 2010–2020". */
    private String title(SearchResults results, String query, YearRange years) {
        List<String> parts = new ArrayList<>();
        if (!query.isBlank()) {
            parts.add("“" + query + "”");
        }
        results.facets().forEach(facet -> facet.values().stream().filter(FacetValue::selected)
                .forEach(value -> parts.add(value.label())));
        if (!years.isAny()) {
            parts.add(bound(years.from()) + "–" + bound(years.to()));
        }
        String title = NAME.get(language) + ", " + NEWLY_ADDED.get(language);
        return parts.isEmpty() ? title : title + ": " + String.join(" · ", parts);
    }

    private static String bound(Integer year) {
        return year == null ? "…" : year.toString();
    }
}
