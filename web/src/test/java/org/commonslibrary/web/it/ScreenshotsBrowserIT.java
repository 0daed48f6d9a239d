package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.Dimension;

/**
 * The README's screenshots, made from the sample corpus as a visitor and an editor see it, in real Chromium.
 * Other test classes share the database, so this one runs first (see junit-platform.properties), while the
 * library holds the samples alone; each screenshot is taken only once the page shows what it should, and the
 * phone layout must not scroll sideways.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
@Order(1)
class ScreenshotsBrowserIT {

    private static final Map<String, Long> DOCUMENTS = new HashMap<>();
    private static long confirmedCase;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    private static String summary(Browser browser) {
        return browser.find("#summary").getText();
    }

    @Test
    @Order(1)
    void theSamplesAreLoadedAndTheirCaseStudiesConfirmed() throws IOException {
        ApiClient api = new ApiClient(base);
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("library.samples.corpus")))) {
            for (Path file : files.sorted().toList()) {
                JsonObject job = api.uploadAndWait(file.getFileName().toString(), Files.readAllBytes(file));
                assertThat(job.getString("state")).as(job.toString()).isIn("done", "duplicate");
                DOCUMENTS.put(file.getFileName().toString(), job.getJsonNumber("documentId").longValue());
            }
        }
        // An editor's review: the best proposal of each case study becomes a confirmed case.
        for (Map.Entry<String, Long> sample : DOCUMENTS.entrySet()) {
            if (!sample.getKey().startsWith("case-")) {
                continue;
            }
            List<JsonObject> cases = ApiClient.json(api.get("api/documents/" + sample.getValue(), ApiClient.ADMIN,
                    ApiClient.ADMIN_PASSWORD)).getJsonArray("cases").getValuesAs(JsonObject.class);
            cases.stream().filter(c -> c.getString("status").equals("proposed")).findFirst().ifPresent(c -> {
                long id = c.getJsonNumber("id").longValue();
                assertThat(api.postJson("api/cases/" + id + "/review", "{\"status\":\"confirmed\"}", ApiClient.ADMIN,
                        ApiClient.ADMIN_PASSWORD).statusCode()).isEqualTo(200);
            });
            if (sample.getKey().equals("case-naples-water-en.odt")) {
                confirmedCase = ApiClient.json(api.get("api/documents/" + sample.getValue())).getJsonArray("cases")
                        .getJsonObject(0).getJsonNumber("id").longValue();
            }
        }
        assertThat(confirmedCase).isPositive();
    }

    @Test
    @Order(2)
    void theSearchPageOnADesktopAndOnAPhone() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("?q=water&lang=en");
            browser.waitFor(d -> summary(browser).matches("\\d+ results"));
            assertThat(Integer.parseInt(summary(browser).split(" ")[0])).isGreaterThanOrEqualTo(5);
            assertThat(browser.findAll("#hits .hit")).isNotEmpty();
            assertThat(browser.findAll("#world-map path.has-results").size()).isGreaterThanOrEqualTo(3);
            browser.documentationScreenshot("search");
            browser.script("document.getElementById('world-map').scrollIntoView()");
            browser.documentationScreenshot("search-map");

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("?q=agua&lang=es");
            browser.waitFor(d -> summary(browser).matches("\\d+ resultados"));
            long pageWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            long viewport = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
            assertThat(pageWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(viewport);
            browser.documentationScreenshot("search-phone");
        }
    }

    @Test
    @Order(3)
    void aDocumentACaseAndTheEvents() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("document.html?id=" + DOCUMENTS.get("concept-note-peer-learning-en.pdf") + "&lang=en");
            browser.waitFor(d -> !browser.find("#title").getText().isEmpty());
            assertThat(browser.findAll("#page-index li")).isNotEmpty();
            browser.documentationScreenshot("document");

            browser.open("case.html?id=" + confirmedCase + "&lang=fr");
            browser.waitFor(d -> !browser.find("h1").getText().isEmpty());
            assertThat(browser.find("h1").getText()).containsIgnoringCase("Na");
            browser.documentationScreenshot("case");

            browser.open("events.html?lang=en");
            browser.waitFor(d -> !browser.findAll(".session").isEmpty());
            browser.documentationScreenshot("events");
        }
    }

    @Test
    @Order(4)
    void theEditorsPages() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("login.html?lang=en");
            browser.find("#username").sendKeys(ApiClient.ADMIN);
            browser.documentationScreenshot("login");
            browser.find("#password").sendKeys(ApiClient.ADMIN_PASSWORD);
            browser.find("#login-form button[type=submit]").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("admin.html"));
            browser.waitFor(d -> browser.findAll("#jobs tbody tr").size() > 5);
            browser.documentationScreenshot("upload");

            browser.open("curate.html?id=" + DOCUMENTS.get("case-paris-water-fr.pdf") + "&lang=fr");
            browser.waitFor(d -> !browser.findAll("#cases .case-review").isEmpty());
            browser.documentationScreenshot("curate");

            browser.open("audit.html?lang=en");
            browser.waitFor(d -> browser.findAll("#audit tbody tr").size() > 5);
            browser.documentationScreenshot("audit");
        }
    }
}
