package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Relevance of the library's search on the sample corpus, against a plain BM25 baseline in the same run:
 * the judged queries go to {@code /api/search} and, as a multi-match on title and passage text with no
 * vocabulary, straight to OpenSearch. Reports nDCG@10 and recall@10 overall, for cross-lingual queries
 * and per language, in {@code target/evaluation/relevance.txt}.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@RunAsClient
class RelevanceEvaluationIT {

    private static final int K = 10;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    @Test
    void oursAgainstBm25(DevNodeProcess node) throws Exception {
        ApiClient api = new ApiClient(base);
        Map<String, Long> documentByName = loadCorpus(api);
        List<JudgedQuery> queries = JudgedQuery.read(Path.of(System.getProperty("library.relevance.judgments")));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(40);

        Map<String, List<double[]>> scores = new LinkedHashMap<>();
        for (JudgedQuery query : queries) {
            Map<Long, Integer> grades = new HashMap<>();
            query.grades().forEach((name, grade) -> grades.put(documentByName.get(name), grade));
            double[] ours = score(ours(api, query), grades);
            double[] baseline = score(bm25(node, query.text()), grades);
            for (String group : List.of("all", query.cross() ? "cross" : "same", query.language())) {
                scores.computeIfAbsent(group, g -> new ArrayList<>()).add(new double[] {ours[0], ours[1],
                    baseline[0], baseline[1]});
            }
        }
        String report = report(scores);
        Files.createDirectories(Path.of("target/evaluation"));
        Files.writeString(Path.of("target/evaluation/relevance.txt"), report);
        System.out.println(report);

        double[] all = mean(scores.get("all"));
        double[] cross = mean(scores.get("cross"));
        double[] same = mean(scores.get("same"));
        assertThat(all[0]).as("nDCG@10 of our search").isBetween(0.0, 1.0);
        assertThat(all[0]).as("nDCG@10, ours vs BM25").isGreaterThan(all[2]);
        // The vocabulary must make cross-lingual queries better than words alone can.
        assertThat(cross[0]).as("cross-lingual nDCG@10, ours vs BM25").isGreaterThan(cross[2]);
        // Per-language analysis must not cost what plain BM25 gets right in the query's own language.
        assertThat(same[0]).as("same-language nDCG@10, ours vs BM25").isGreaterThanOrEqualTo(same[2]);
    }

    private static Map<String, Long> loadCorpus(ApiClient api) throws IOException {
        Map<String, Long> byName = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("library.samples.corpus")))) {
            for (Path file : files.sorted().toList()) {
                JsonObject job = api.uploadAndWait(file.getFileName().toString(), Files.readAllBytes(file));
                assertThat(job.getString("state")).as(job.toString()).isIn("done", "duplicate");
                String name = file.getFileName().toString();
                byName.put(name.substring(0, name.lastIndexOf('.')), job.getJsonNumber("documentId").longValue());
            }
        }
        return byName;
    }

    private static List<Long> ours(ApiClient api, JudgedQuery query) {
        HttpResponse<String> response = api.get("api/search?type=document&q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8)
                + "&lang=" + query.language());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getJsonNumber("documentId").longValue()).toList();
    }

    private static List<Long> bm25(DevNodeProcess node, String text) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("size", K).add("_source", false)
                .add("query", Json.createObjectBuilder().add("multi_match", Json.createObjectBuilder()
                        .add("query", text).add("fields", Json.createArrayBuilder().add("title").add("passages.text"))))
                .build().toString();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(node.httpUrl() + "/documents-read/_search"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject().getJsonObject("hits")
                .getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(h -> Long.parseLong(h.getString("_id"))).toList();
    }

    /** nDCG@10 and recall@10 (of the documents graded 2 or 3) for one ranking. */
    static double[] score(List<Long> ranking, Map<Long, Integer> grades) {
        double dcg = 0;
        int found = 0;
        for (int i = 0; i < Math.min(K, ranking.size()); i++) {
            int grade = grades.getOrDefault(ranking.get(i), 0);
            dcg += (Math.pow(2, grade) - 1) / (Math.log(i + 2) / Math.log(2));
            if (grade >= 2) {
                found++;
            }
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(K, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        long relevant = grades.values().stream().filter(g -> g >= 2).count();
        return new double[] {idcg == 0 ? 0 : dcg / idcg, relevant == 0 ? 0 : (double) found / relevant};
    }

    private static double[] mean(List<double[]> rows) {
        double[] sum = new double[4];
        rows.forEach(r -> {
            for (int i = 0; i < 4; i++) {
                sum[i] += r[i];
            }
        });
        for (int i = 0; i < 4; i++) {
            sum[i] /= rows.size();
        }
        return sum;
    }

    private static String report(Map<String, List<double[]>> scores) {
        StringBuilder out = new StringBuilder("Relevance on the sample corpus (nDCG@10, recall@10 of grades 2-3)\n\n");
        out.append(String.format(Locale.ROOT, "%-6s %7s  %-17s %-17s%n", "group", "queries", "ours ndcg/recall",
                "bm25 ndcg/recall"));
        scores.forEach((group, rows) -> {
            double[] m = mean(rows);
            out.append(String.format(Locale.ROOT, "%-6s %7d  %.3f / %.3f     %.3f / %.3f%n", group, rows.size(), m[0],
                    m[1], m[2], m[3]));
        });
        return out.toString();
    }

    /** One query of the judged set, with its graded documents. */
    record JudgedQuery(String id, String language, boolean cross, String text, Map<String, Integer> grades) {

        static List<JudgedQuery> read(Path file) throws IOException {
            Map<String, JudgedQuery> queries = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("Q")) {
                    queries.put(f[1], new JudgedQuery(f[1], f[2], f[3].equals("cross"), f[4], new LinkedHashMap<>()));
                } else if (f[0].equals("J")) {
                    queries.get(f[1]).grades().put(f[2], Integer.parseInt(f[3]));
                }
            }
            return List.copyOf(queries.values());
        }
    }
}
