package org.commonslibrary.bench.search;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One {@code GET /api/search} call: words, label language and facet filters. */
public record SearchQuery(String words, String language, List<Map.Entry<String, String>> filters) {

    public SearchQuery {
        filters = List.copyOf(filters);
    }

    public URI uri(URI base) {
        StringBuilder query = new StringBuilder("api/search?q=").append(encode(words))
                .append("&lang=").append(encode(language));
        for (Map.Entry<String, String> filter : filters) {
            query.append('&').append(encode(filter.getKey())).append('=').append(encode(filter.getValue()));
        }
        return base.resolve(query.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
