package org.commonslibrary.bench.load;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * The documents a visitor can open, read from the running library's own search results (a case's hit names
 * the document it comes from), so the load follows whatever the library holds.
 */
public final class DocumentIds {

    /** Result pages read at most: enough documents to spread the load, few calls before it starts. */
    static final int MAX_PAGES = 10;

    private DocumentIds() {
    }

    /**
     * The documents of the first {@value #MAX_PAGES} pages of an empty search.
     *
     * @throws IOException when the library does not answer a search
     */
    public static List<Long> discover(HttpClient http, URI base) throws IOException, InterruptedException {
        Set<Long> ids = new LinkedHashSet<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            URI uri = base.resolve("api/search?q=&page=" + page);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            if (!ids.addAll(in(response.body()))) {
                break;
            }
        }
        return List.copyOf(ids);
    }

    /**
     * @param searchResponse the JSON of {@code GET /api/search}
     * @return the ids of the documents its hits come from, in the order of the hits, without repeats
     */
    static Set<Long> in(String searchResponse) {
        Set<Long> ids = new LinkedHashSet<>();
        try (JsonReader reader = Json.createReader(new StringReader(searchResponse))) {
            for (JsonValue hit : reader.readObject().getJsonArray("hits")) {
                ids.add(hit.asJsonObject().getJsonNumber("documentId").longValue());
            }
        }
        return ids;
    }
}
