package org.commonslibrary.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.commonslibrary.bench.measure.ClosedLoopClients;

/**
 * Concurrent visitors for a fixed time: each client is a thread that sends its next call of the mix as soon as
 * the previous answer is read (a closed loop), first through an unrecorded warm-up, then for the measured
 * time. Calls are timed until the whole answer is read.
 */
public final class MixedLoad {

    /** A call still unanswered after this long counts as failed. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int ERROR_BODY_CHARACTERS = 300;

    private final VisitorMix mix;
    private final long seed;
    private final HttpClient http;

    public MixedLoad(VisitorMix mix, long seed) {
        this.mix = mix;
        this.seed = seed;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    public LoadReport run(int clients, Duration warmUp, Duration measured) throws InterruptedException {
        long measuredFrom = System.nanoTime() + warmUp.toNanos();
        long end = measuredFrom + measured.toNanos();
        LoadRecorder recorder = new LoadRecorder(measuredFrom);
        ClosedLoopClients.run(clients, seed, random -> {
            while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
                LoadRequest request = mix.next(random);
                long started = System.nanoTime();
                String error = call(request.uri());
                recorder.record(request.kind(), started, System.nanoTime(), error);
            }
        });
        return recorder.report();
    }

    /** @return null when the call succeeded, else what went wrong */
    private String call(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            String body = response.body();
            return response.statusCode() + " for " + uri + ": "
                    + (body.length() > ERROR_BODY_CHARACTERS ? body.substring(0, ERROR_BODY_CHARACTERS) + "…" : body);
        } catch (IOException e) {
            return e + " for " + uri;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted for " + uri;
        }
    }
}
