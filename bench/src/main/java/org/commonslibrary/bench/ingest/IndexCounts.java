package org.commonslibrary.bench.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonReader;

/**
 * Counts what the library's OpenSearch indexes hold (documents and passages), read through the indexes'
 * read aliases: the figure the ingest's passages per second are computed from.
 */
public final class IndexCounts {

    private final URI openSearch;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public IndexCounts(URI openSearch) {
        this.openSearch = openSearch;
    }

    public long documents() throws IOException, InterruptedException {
        return count("documents-read");
    }

    public long passages() throws IOException, InterruptedException {
        return count("passages-read");
    }

    private long count(String index) throws IOException, InterruptedException {
        // A refresh first, so that what the ingest has just written is counted.
        http.send(HttpRequest.newBuilder(openSearch.resolve(index + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(openSearch.resolve(index + "/_count")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("OpenSearch answered " + response.statusCode() + " to " + index + "/_count: "
                    + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonNumber("count").longValue();
        }
    }
}
