package org.commonslibrary.web.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** A small HTTP client for the library's API, as an outside caller sees it. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public ApiClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    /** The admin that arquillian.xml gives the test server. */
    public static final String ADMIN = "it-admin";
    public static final String ADMIN_PASSWORD = "it-admin-password-1";
    static final Duration JOB_TIMEOUT = Duration.ofSeconds(150);

    /** Polls a job until it is no longer queued, running or waiting for the index. */
    public JsonObject awaitJob(String id) {
        java.time.Instant deadline = java.time.Instant.now().plus(JOB_TIMEOUT);
        while (true) {
            HttpResponse<String> response = get("api/jobs/" + id);
            if (response.statusCode() != 200) {
                throw new AssertionError("Job " + id + " cannot be read: " + response.body());
            }
            JsonObject job = json(response);
            if (!java.util.List.of("queued", "running", "indexing").contains(job.getString("state"))) {
                return job;
            }
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("Job " + id + " did not finish in " + JOB_TIMEOUT + ": " + job);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Uploads one document as the test admin and waits for its job to end. */
    public JsonObject uploadAndWait(String filename, byte[] content) {
        HttpResponse<String> response = upload(filename, content, ADMIN, ADMIN_PASSWORD);
        if (response.statusCode() != 202) {
            throw new AssertionError("Upload of " + filename + " refused: " + response.body());
        }
        return awaitJob(json(response).getString("id"));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(request(path).header("Authorization", basic(user, password)).GET().build());
    }

    public HttpResponse<String> postJson(String path, String json, String user, String password) {
        return send(request(path).header("Authorization", basic(user, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpResponse<String> delete(String path, String user, String password) {
        return send(request(path).header("Authorization", basic(user, password)).DELETE().build());
    }

    /** Sends a request the caller shapes itself (cookies, CSRF and origin headers), relative to the base. */
    public HttpResponse<String> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> shape) {
        return send(shape.apply(request(path)).build());
    }

    public HttpResponse<String> patchJson(String path, String json, String user, String password) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            builder.header("Authorization", basic(user, password));
        }
        return send(builder.build());
    }

    public HttpResponse<String> upload(String filename, byte[] content, String user, String password) {
        Multipart body = new Multipart().file("file", filename, content);
        HttpRequest.Builder builder = request("api/documents")
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (user != null) {
            builder.header("Authorization", basic(user, password));
        }
        return send(builder.build());
    }

    /** Uploads {@code size} bytes generated on the fly, so a huge upload needs no huge array. */
    public HttpResponse<String> uploadStream(String filename, long size, String user, String password) {
        String boundary = "library-" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        java.util.function.Supplier<java.io.InputStream> body = () -> new java.io.SequenceInputStream(
                java.util.Collections.enumeration(java.util.List.of(new java.io.ByteArrayInputStream(head),
                        new RepeatingInputStream((byte) 'x', size), new java.io.ByteArrayInputStream(tail))));
        return send(request("api/documents").header("Authorization", basic(user, password))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(body),
                        head.length + size + tail.length))
                .timeout(Duration.ofSeconds(120)).build());
    }

    /** The test admin's Authorization header. */
    public static String adminBasic() {
        return basic(ADMIN, ADMIN_PASSWORD);
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted: " + request.uri(), e);
        }
    }

    /** The Authorization header of HTTP Basic for these credentials. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
