package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Suggestions and "more like this" on the sample corpus: whether the best similar document of each sample
 * shares a practice or sector with it, and how long both calls take through the API. Writes
 * {@code target/evaluation/suggest-similar.txt}.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@RunAsClient
class SampleCorpusExtrasIT {

    /** Beginnings a person might type, in the three languages. */
    private static final List<String> TYPED = List.of("wa", "wat", "water", "agu", "agua pot", "eau", "remun",
            "régie", "colla", "pacte", "pacto de", "comm", "commons", "bien", "ener", "énergie", "barc", "paris",
            "fra", "espa", "procur", "compra púb", "logement", "hous", "waste", "residu", "seo", "city", "urban co",
            "gestion publ");
    private static final int ROUNDS = 5;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    @Test
    void similarDocumentsShareASubjectAndBothCallsAreFast() throws IOException {
        ApiClient api = new ApiClient(base);
        List<Long> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("library.samples.corpus")))) {
            for (Path file : files.sorted().toList()) {
                JsonObject job = api.uploadAndWait(file.getFileName().toString(), Files.readAllBytes(file));
                assertThat(job.getString("state")).as(job.toString()).isIn("done", "duplicate");
                ids.add(job.getJsonNumber("documentId").longValue());
            }
        }
        StringBuilder report = new StringBuilder();
        int withSubjects = 0;
        int topSharesSubject = 0;
        for (long id : ids) {
            JsonObject document = ApiClient.json(api.get("api/documents/" + id));
            Set<String> subjects = subjects(document.getJsonArray("concepts").getValuesAs(JsonObject.class));
            List<JsonObject> similar = ApiClient.json(api.get("api/documents/" + id + "/similar"))
                    .getJsonArray("documents").getValuesAs(JsonObject.class);
            assertThat(similar).extracting(s -> s.getJsonNumber("id").longValue()).doesNotContain(id);
            report.append(document.getString("title")).append('\n');
            similar.stream().limit(3).forEach(s -> report.append("    ").append(s.getString("title")).append('\n'));
            if (!subjects.isEmpty() && !similar.isEmpty()) {
                withSubjects++;
                JsonObject top = ApiClient.json(api.get("api/documents/" + similar.get(0).getJsonNumber("id")));
                Set<String> topSubjects = subjects(top.getJsonArray("concepts").getValuesAs(JsonObject.class));
                if (topSubjects.stream().anyMatch(subjects::contains)) {
                    topSharesSubject++;
                }
            }
        }
        double share = withSubjects == 0 ? 0 : (double) topSharesSubject / withSubjects;
        report.insert(0, String.format("best similar document shares a practice or sector: %d of %d (%.2f)%n%n",
                topSharesSubject, withSubjects, share));

        List<Long> suggestTimes = new ArrayList<>();
        int answered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String typed : TYPED) {
                long start = System.nanoTime();
                HttpResponse<String> response = api.get("api/suggest?lang=es&q="
                        + URLEncoder.encode(typed, StandardCharsets.UTF_8));
                suggestTimes.add(System.nanoTime() - start);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                if (round == 0 && !ApiClient.json(response).getJsonArray("suggestions").isEmpty()) {
                    answered++;
                }
            }
        }
        List<Long> similarTimes = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (long id : ids) {
                long start = System.nanoTime();
                assertThat(api.get("api/documents/" + id + "/similar").statusCode()).isEqualTo(200);
                similarTimes.add(System.nanoTime() - start);
            }
        }
        report.insert(0, String.format("GET /api/suggest (%d calls, %d texts, %d with suggestions): %s%n"
                + "GET /api/documents/{id}/similar (%d calls): %s%n", suggestTimes.size(), TYPED.size(), answered,
                percentiles(suggestTimes), similarTimes.size(), percentiles(similarTimes)));
        Files.createDirectories(Path.of("target/evaluation"));
        Files.writeString(Path.of("target/evaluation/suggest-similar.txt"), report);
        System.out.println(report);

        assertThat(answered).isGreaterThanOrEqualTo(TYPED.size() * 3 / 4);
        assertThat(share).isGreaterThanOrEqualTo(0.8);
    }

    private static Set<String> subjects(List<JsonObject> concepts) {
        return concepts.stream().map(c -> c.getString("id"))
                .filter(id -> id.startsWith("practice.") || id.startsWith("sector."))
                .collect(Collectors.toSet());
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", at(sorted, 0.50), at(sorted, 0.95),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
