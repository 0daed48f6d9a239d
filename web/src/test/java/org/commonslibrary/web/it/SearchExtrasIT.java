package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Suggestions, "more like this" and the OpenAPI document on the deployed WAR, with documents that went
 * through the whole ingest (extraction, tagging, places, case proposals).
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class SearchExtrasIT {

    private static final String MARKER = "sx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private static long grenoble;
    private static long paris;
    private static long bologna;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    private JsonObject getJson(String path) {
        HttpResponse<String> response = api().get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private List<JsonObject> suggestions(String text, String lang) {
        return getJson("api/suggest?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&lang=" + lang)
                .getJsonArray("suggestions").getValuesAs(JsonObject.class);
    }

    private static List<Long> ids(JsonObject list, String array) {
        return list.getJsonArray(array).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private long upload(String filename, byte[] content) {
        JsonObject job = api().uploadAndWait(filename, content);
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
        return job.getJsonNumber("documentId").longValue();
    }

    @Test
    @Order(1)
    void documentsAreIngested() {
        grenoble = upload("grenoble-" + MARKER + ".pdf", TestDocuments.pdf("Water back in public hands in Grenoble "
                + MARKER + "g", List.of(
                "A case study of the library, reference " + MARKER + ".",
                "After a corruption scandal the council of Grenoble voted in 2000 for the remunicipalisation of "
                        + "the water service; since 2001 a municipal operator supplies the drinking water.",
                "Ten years on, the remunicipalisation of water in Grenoble had cut the bills of households.")));
        paris = upload("paris-" + MARKER + ".pdf", TestDocuments.pdf("Paris ends its water concessions "
                + MARKER + "p", List.of(
                "A case study of the library, reference " + MARKER + ".",
                "In 2009 the city of Paris decided on the remunicipalisation of its water service, and a single "
                        + "public operator took over drinking water supply in 2010.",
                "The remunicipalisation of water in Paris lowered prices by eight percent for users.")));
        bologna = upload("bologna-" + MARKER + ".html", TestDocuments.html("Pacts for urban commons in Bologna "
                + MARKER + "b", "<p>Residents of Bologna sign collaboration pacts with the municipality to care "
                + "for squares, gardens and empty buildings as urban commons.</p>"));
    }

    @Test
    @Order(2)
    void conceptsAreSuggestedInTheReadersLanguageWhateverLanguageIsTyped() {
        JsonObject spanish = suggestions("remunicipa", "es").get(0);
        assertThat(spanish.getString("type")).isEqualTo("concept");
        assertThat(spanish.getString("label")).isEqualTo("Remunicipalización");
        assertThat(spanish.getString("facet")).isEqualTo("practice");
        assertThat(spanish.getString("value")).isEqualTo("practice.remunicipalisation");

        // a Spanish phrase typed without accent, for a French reader
        JsonObject french = suggestions("AGUA POT", "fr").get(0);
        assertThat(french.getString("label")).isEqualTo("Eau et assainissement");
        assertThat(french.getString("matched")).isEqualTo("agua potable");
        // a French synonym typed without accent, for an English reader
        assertThat(suggestions("retour en REGIE", "en")).extracting(s -> s.getString("label"))
                .contains("Remunicipalisation");
    }

    @Test
    @Order(3)
    void placesOfTheLibrarysDocumentsAreSuggestedWithTheirLabels() {
        JsonObject city = suggestions("grenob", "es").stream().filter(s -> s.getString("type").equals("city"))
                .findFirst().orElseThrow();
        assertThat(city.getString("label")).isEqualTo("Grenoble");
        assertThat(city.getString("detail")).isEqualTo("Francia");
        assertThat(city.getString("query")).isEqualTo("Grenoble");
        JsonObject country = suggestions("franc", "es").stream().filter(s -> s.getString("type").equals("country"))
                .findFirst().orElseThrow();
        assertThat(country.getString("label")).isEqualTo("Francia");
        assertThat(country.getString("facet")).isEqualTo("country");
        assertThat(country.getString("value")).isEqualTo("FR");
    }

    @Test
    @Order(4)
    void titlesAreSuggestedFromTheirWordsBeginnings() {
        List<JsonObject> titles = suggestions("WAT back " + MARKER.substring(0, 6), "en").stream()
                .filter(s -> s.getString("type").equals("title")).toList();
        assertThat(titles).extracting(s -> s.getJsonNumber("documentId").longValue()).containsExactly(grenoble);
        assertThat(titles.get(0).getString("label")).isEqualTo("Water back in public hands in Grenoble " + MARKER + "g");
    }

    @Test
    @Order(5)
    void suggestRefusesTooLongTextAndIgnoresTooShortText() {
        HttpResponse<String> tooLong = api().get("api/suggest?q=" + "w".repeat(101));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(ApiClient.json(tooLong).getString("detail")).contains("100 characters");
        assertThat(suggestions("w", "en")).isEmpty();
        assertThat(api().get("api/suggest?q=water&lang=de").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(6)
    void documentsOnTheSamePracticeAreOfferedAsSimilar() {
        JsonObject similar = getJson("api/documents/" + grenoble + "/similar?lang=fr");
        List<Long> offered = ids(similar, "documents");
        assertThat(offered).contains(paris).doesNotContain(grenoble).hasSizeLessThanOrEqualTo(10);
        if (offered.contains(bologna)) {
            assertThat(offered.indexOf(paris)).isLessThan(offered.indexOf(bologna));
        }
        JsonObject parisEntry = similar.getJsonArray("documents").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonNumber("id").longValue() == paris).findFirst().orElseThrow();
        assertThat(parisEntry.getJsonArray("sharedConcepts").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("label")).contains("Remunicipalisation", "Eau et assainissement");
        assertThat(ids(getJson("api/documents/" + paris + "/similar"), "documents")).contains(grenoble);
    }

    @Test
    @Order(7)
    void similarOfAnUnknownDocumentOrCaseIsNotFound() {
        for (String path : List.of("api/documents/987654321/similar", "api/documents/abc/similar",
                "api/cases/987654321/similar")) {
            HttpResponse<String> response = api().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
        }
        assertThat(api().get("api/documents/" + grenoble + "/similar?lang=de").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(8)
    void anUnpublishedDocumentIsNeitherSuggestedNorOfferedNorOpenToAnonymousCallers() {
        String titleWords = "water back " + MARKER.substring(0, 6);
        assertThat(suggestions(titleWords, "en")).extracting(s -> s.getString("type")).contains("title");
        HttpResponse<String> hidden = api().patchJson("api/documents/" + grenoble, "{\"published\":false}",
                ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(200);
        try {
            assertThat(suggestions(titleWords, "en")).extracting(s -> s.getString("type")).doesNotContain("title");
            assertThat(api().get("api/documents/" + grenoble + "/similar").statusCode()).isEqualTo(404);
            assertThat(api().get("api/documents/" + grenoble + "/similar", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD)
                    .statusCode()).isEqualTo(200);
            assertThat(ids(getJson("api/documents/" + paris + "/similar"), "documents")).doesNotContain(grenoble);
        } finally {
            api().patchJson("api/documents/" + grenoble, "{\"published\":true}", ApiClient.ADMIN,
                    ApiClient.ADMIN_PASSWORD);
        }
    }

    @Test
    @Order(9)
    void confirmedCasesOfTheSamePracticeAreOfferedAsSimilar() {
        long grenobleCase = proposedCase(grenoble, "Grenoble");
        long parisCase = proposedCase(paris, "Paris");
        confirm(grenobleCase);
        // a proposal is for curators only, and so is what is like it
        assertThat(api().get("api/cases/" + parisCase + "/similar").statusCode()).isEqualTo(404);
        assertThat(ids(getJson("api/cases/" + grenobleCase + "/similar"), "cases")).doesNotContain(parisCase);
        JsonObject forCurator = ApiClient.json(api().get("api/cases/" + grenobleCase + "/similar",
                ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        assertThat(ids(forCurator, "cases")).contains(parisCase).doesNotContain(grenobleCase);

        confirm(parisCase);
        JsonObject similar = getJson("api/cases/" + grenobleCase + "/similar?lang=es");
        assertThat(ids(similar, "cases")).contains(parisCase).doesNotContain(grenobleCase);
        JsonObject parisView = similar.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == parisCase).findFirst().orElseThrow();
        assertThat(parisView.getString("country")).isEqualTo("Francia");
    }

    private long proposedCase(long documentId, String city) {
        JsonObject document = ApiClient.json(api().get("api/documents/" + documentId, ApiClient.ADMIN,
                ApiClient.ADMIN_PASSWORD));
        return document.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").contains(city)).findFirst()
                .orElseThrow(() -> new AssertionError("no case proposed for " + city + ": " + document.get("cases")))
                .getJsonNumber("id").longValue();
    }

    private void confirm(long caseId) {
        HttpResponse<String> response = api().postJson("api/cases/" + caseId + "/review", "{\"status\":\"confirmed\"}",
                ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    @Order(10)
    void theOpenApiDocumentDescribesEveryResourceMethod() throws IOException {
        HttpResponse<String> response = api().get("api/openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        JsonObject document = ApiClient.json(response);
        assertThat(document.getString("openapi")).startsWith("3.");
        Set<String> described = document.getJsonObject("paths").keySet();
        assertThat(described).contains("/api/search", "/api/documents", "/api/documents/{id}", "/api/suggest",
                "/api/documents/{id}/similar", "/api/cases/{id}/similar", "/api/openapi");
        // every path the compiled resources declare, found independently of the generator
        assertThat(described).containsAll(declaredPaths());

        HttpResponse<String> yaml = api().get("api/openapi?format=yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/yaml"));
        assertThat(yaml.body()).contains("openapi: 3.").contains("/api/suggest:");
        assertThat(api().get("api/openapi?format=xml").statusCode()).isEqualTo(400);
    }

    /** "/api" + class path + method path of every resource method in the compiled REST package. */
    private static Set<String> declaredPaths() throws IOException {
        Path classes = Path.of("target/classes/org/commonslibrary/web/rest");
        Set<String> paths = new TreeSet<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = "org.commonslibrary.web.rest." + file.getFileName().toString().replace(".class", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, SearchExtrasIT.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (!isResourceMethod(method)) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = "/api/" + strip(root.value()) + (sub == null ? "" : "/" + strip(sub.value()));
                    paths.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
                }
            }
        }
        assertThat(paths).as("resource paths found in " + classes).hasSizeGreaterThan(5);
        return paths;
    }

    private static boolean isResourceMethod(Method method) {
        return Stream.of(method.getAnnotations()).anyMatch(
                a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
    }

    private static String strip(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
