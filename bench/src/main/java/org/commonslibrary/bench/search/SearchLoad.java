package org.commonslibrary.bench.search;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.commonslibrary.bench.measure.ClosedLoopClients;

/**
 * Sends search calls from a number of concurrent clients, each a thread that sends its next request as soon
 * as the previous answer is read (a closed loop), and records each call's wall time and the OpenSearch time
 * the API reports.
 */
public final class SearchLoad {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final QueryMix mix;
    private final long seed;
    private final HttpClient http;
    private final AtomicReference<String> firstError = new AtomicReference<>();

    public SearchLoad(URI base, QueryMix mix, long seed) {
        this.base = base;
        this.mix = mix;
        this.seed = seed;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    /** Sends {@code warmUp} unrecorded calls, then {@code requests} recorded ones, spread over the clients. */
    public LatencySummary run(int clients, int warmUp, int requests) throws InterruptedException {
        drive(clients, warmUp, seed - clients);
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        List<LatencySample> samples = drive(clients, requests, seed + clients, errors);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (samples.isEmpty()) {
            throw new IllegalStateException("every call failed; first error: " + firstError.get());
        }
        return LatencySummary.of(clients, samples, errors.get(), seconds);
    }

    /** The first failed call's status and body, if any failed. */
    public String firstError() {
        return firstError.get();
    }

    private List<LatencySample> drive(int clients, int calls, long runSeed) throws InterruptedException {
        return drive(clients, calls, runSeed, new AtomicInteger());
    }

    private List<LatencySample> drive(int clients, int calls, long runSeed, AtomicInteger errors)
            throws InterruptedException {
        AtomicInteger left = new AtomicInteger(calls);
        List<LatencySample> samples = Collections.synchronizedList(new ArrayList<>(calls));
        ClosedLoopClients.run(clients, runSeed, random -> {
            while (left.getAndDecrement() > 0) {
                LatencySample sample = call(mix.next(random));
                if (sample == null) {
                    errors.incrementAndGet();
                } else {
                    samples.add(sample);
                }
            }
        });
        return samples;
    }

    private LatencySample call(SearchQuery query) {
        HttpRequest request = HttpRequest.newBuilder(query.uri(base)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double wallMillis = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                firstError.compareAndSet(null, response.statusCode() + " for " + query.uri(base) + ": " + response.body());
                return null;
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                JsonObject body = reader.readObject();
                return new LatencySample(wallMillis, body.getJsonNumber("tookMillis").longValue(),
                        body.getJsonNumber("total").longValue());
            }
        } catch (IOException e) {
            firstError.compareAndSet(null, e + " for " + query.uri(base));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
