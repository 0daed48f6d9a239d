package org.commonslibrary.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The two calls of the library's API an import needs: upload a file, and read a job. */
final class LibraryApi {

    /** Either the jobs an upload started, or why it was refused. */
    record UploadResult(List<String> jobIds, String refusal) {
    }

    /** A job's state and, when it failed, the reason. */
    record Job(String state, String reason) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    LibraryApi(URI base, String user, char[] password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + new String(password)).getBytes(StandardCharsets.UTF_8));
    }

    UploadResult upload(Path file) throws IOException {
        String boundary = "library-import-" + UUID.randomUUID();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        String safeName = file.getFileName().toString().replace("\"", "'").replace("\r", "").replace("\n", "");
        head.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + safeName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.size() + Files.size(file) + tail.length;
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/documents"))
                .header("Authorization", authorization)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> body(head.toByteArray(), file, tail)), length))
                .timeout(Duration.ofMinutes(10))
                .build();
        HttpResponse<String> response = send(request);
        JsonObject json = parse(response);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IOException("the library refused the credentials (" + detail(json) + ")");
        }
        if (response.statusCode() != 202) {
            return new UploadResult(List.of(), detail(json));
        }
        if (json.containsKey("jobs")) {
            return new UploadResult(json.getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
                    .map(j -> j.getString("id")).toList(), null);
        }
        return new UploadResult(List.of(json.getString("id")), null);
    }

    Job job(String id) throws IOException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("api/jobs/" + id))
                .header("Authorization", authorization).timeout(Duration.ofSeconds(30)).GET().build());
        JsonObject json = parse(response);
        if (response.statusCode() != 200) {
            throw new IOException("job " + id + " could not be read: " + detail(json));
        }
        JsonValue reason = json.get("reason");
        return new Job(json.getString("state"),
                reason == null || reason.getValueType() != JsonValue.ValueType.STRING ? null : json.getString("reason"));
    }

    private static InputStream body(byte[] head, Path file, byte[] tail) {
        try {
            return new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                    new java.io.ByteArrayInputStream(head), Files.newInputStream(file),
                    new java.io.ByteArrayInputStream(tail))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static JsonObject parse(HttpResponse<String> response) throws IOException {
        try {
            return Json.createReader(new StringReader(response.body())).readObject();
        } catch (RuntimeException notJson) {
            throw new IOException("unexpected answer from " + response.uri() + " (HTTP " + response.statusCode() + ")");
        }
    }

    private static String detail(JsonObject json) {
        return json.containsKey("detail") ? json.getString("detail") : json.toString();
    }
}
