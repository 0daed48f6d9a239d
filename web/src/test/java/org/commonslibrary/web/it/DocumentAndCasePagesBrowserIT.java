package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.UUID;

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
import org.openqa.selenium.WebElement;

/**
 * A document's page and a case example's page in real headless Chromium: reached from the search, their
 * facts and links, the text by page, the language switch, and axe-core's WCAG 2.1 AA rules.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class DocumentAndCasePagesBrowserIT {

    private static final String MARKER = "dp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private static long documentId;
    private static long caseId;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    @Test
    @Order(1)
    void aCaseStudyWithAConfirmedCase() {
        ApiClient api = new ApiClient(base);
        JsonObject job = api.uploadAndWait("grenoble-" + MARKER + ".pdf", TestDocuments.pdf(
                "Grenoble takes its water back " + MARKER, List.of(
                        "Publication date: 3 February 2022. A case study, reference " + MARKER + ".",
                        "In 2000 the city of Grenoble decided on the remunicipalisation of its water service, and a "
                                + "public operator took over drinking water in 2001.",
                        "The remunicipalisation of water in Grenoble lowered prices and gave users seats on the "
                                + "board.")));
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
        documentId = job.getJsonNumber("documentId").longValue();
        JsonObject curated = ApiClient.json(api.get("api/documents/" + documentId, ApiClient.ADMIN,
                ApiClient.ADMIN_PASSWORD));
        caseId = curated.getJsonArray("cases").getJsonObject(0).getJsonNumber("id").longValue();
        var confirmed = api.postJson("api/cases/" + caseId + "/review", "{\"status\":\"confirmed\"}",
                ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void theDocumentPageIsReachedFromTheSearchAndShowsItsTextByPage() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("?type=document&q=" + MARKER);
            browser.find("#hits .hit h3 a").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("document.html?id=" + documentId));
            assertThat(browser.find("h1").getText()).isEqualTo("Grenoble takes its water back " + MARKER);
            browser.waitFor(d -> !browser.find("#facts").getText().isEmpty());
            assertThat(browser.find("#facts").getText()).contains("Case study").contains("2022-02-03");
            assertThat(browser.findAll("#page-index li")).hasSize(3);
            assertThat(browser.find("#page-2").getText()).contains("Page 2").contains("public operator");
            assertThat(browser.find("#page-2 a").getAttribute("href"))
                    .endsWith("api/documents/" + documentId + "/original#page=2");
            assertThat(browser.find("#original").getAttribute("href"))
                    .endsWith("api/documents/" + documentId + "/original");

            WebElement concept = browser.findAll("#concepts a").stream()
                    .filter(a -> a.getText().equals("Remunicipalisation")).findFirst().orElseThrow();
            assertThat(concept.getAttribute("href")).contains("practice=practice.remunicipalisation");
            assertThat(browser.findAll("#cases a")).extracting(WebElement::getText).hasSize(1);

            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("document");

            browser.find("button[data-lang=es]").click();
            browser.waitFor(d -> browser.find("#pages-heading").getText().equals("Texto por página"));
            // The headings change at once; the facts once the document has been fetched again in Spanish.
            browser.waitFor(d -> browser.find("#facts").getText().contains("Estudio de caso"));
        }
    }

    @Test
    @Order(3)
    void theCasePageShowsItsFieldsAndCitesItsSource() {
        try (Browser browser = new Browser(base, "fr")) {
            browser.open("case.html?id=" + caseId);
            browser.waitFor(d -> !browser.find("#facts").getText().isEmpty());
            assertThat(browser.find(".eyebrow").getText()).isEqualToIgnoringCase("Exemple de cas");
            String facts = browser.find("#facts").getText();
            assertThat(facts).contains("Confirmé").contains("Grenoble, France").contains("Remunicipalisation");
            WebElement source = browser.find("#sources li a");
            assertThat(source.getText()).startsWith("page ");
            assertThat(source.getAttribute("href")).contains("document.html?id=" + documentId).contains("#page-");
            assertThat(browser.find("#document-link").getText()).isEqualTo("Grenoble takes its water back " + MARKER);

            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("case");

            source.click();
            browser.waitFor(d -> d.getCurrentUrl().contains("document.html"));
            browser.waitFor(d -> !browser.findAll("#page-index li").isEmpty());
        }
    }

    @Test
    @Order(4)
    void anUnknownDocumentOrCaseSaysSo() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("document.html?id=999999999");
            browser.waitFor(d -> browser.find("#status").getText().equals("There is no such document."));
            browser.open("case.html?id=abc");
            browser.waitFor(d -> browser.find("#status").getText().equals("There is no such case."));
        }
    }
}
