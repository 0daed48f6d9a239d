package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * The editors' pages in real headless Chromium: signing in, uploading files (chosen and dropped) with a
 * progress bar each until their jobs are done and search finds them, confirming a proposed case example
 * until readers find it as a case, correcting a document, and reading the audit log; axe-core's WCAG 2.1
 * AA rules on each page.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class AdminPagesBrowserIT {

    private static final String MARKER = "ap" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private static long pdfDocumentId;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    private static void signIn(Browser browser, String next) {
        browser.open(next);
        browser.waitFor(d -> d.getCurrentUrl().contains("login.html"));
        browser.find("#username").sendKeys(ApiClient.ADMIN);
        browser.find("#password").sendKeys(ApiClient.ADMIN_PASSWORD);
        browser.find("#login-form button[type=submit]").click();
        browser.waitFor(d -> !d.getCurrentUrl().contains("login.html"));
        browser.waitFor(d -> browser.find("#signed-in-as").getText().contains(ApiClient.ADMIN));
    }

    private long anonymousTotal(String query) {
        return ApiClient.json(new ApiClient(base).get("api/search?q=" + query)).getJsonNumber("total").longValue();
    }

    @Test
    @Order(1)
    void theLoginPageSignsInAndTheCookieStaysOutOfReachOfScripts() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("admin.html");
            browser.waitFor(d -> d.getCurrentUrl().contains("login.html") && d.getCurrentUrl().contains("next=admin.html"));
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.find("#username").sendKeys(ApiClient.ADMIN);
            browser.find("#password").sendKeys("not-the-password");
            browser.find("#login-form button[type=submit]").click();
            browser.waitFor(d -> browser.find("#login-error").getText().contains("wrong"));
            assertThat(browser.driver().getCurrentUrl()).contains("login.html");
            browser.screenshot("login");

            browser.find("#password").sendKeys(ApiClient.ADMIN_PASSWORD);
            browser.find("#login-form button[type=submit]").click();
            browser.waitFor(d -> d.getCurrentUrl().contains("admin.html"));
            browser.waitFor(d -> browser.find("#signed-in-as").getText().equals("Signed in as " + ApiClient.ADMIN));
            assertThat(String.valueOf(browser.script("return document.cookie;"))).doesNotContain("library_session");

            // Signing out ends the session: the admin page sends the visitor back to the login page.
            browser.find("#sign-out").click();
            browser.waitFor(d -> !d.getCurrentUrl().contains("admin.html"));
            browser.open("admin.html");
            browser.waitFor(d -> d.getCurrentUrl().contains("login.html"));
        }
    }

    @Test
    @Order(2)
    void uploadedFilesShowTheirProgressUntilDoneAndSearchFindsThem() throws IOException {
        Path folder = Files.createTempDirectory("upload-" + MARKER);
        Path pdf = folder.resolve("grenoble-" + MARKER + ".pdf");
        Files.write(pdf, TestDocuments.pdf("Grenoble takes its water back " + MARKER, List.of(
                "Publication date: 3 February 2022. A case study, reference " + MARKER + ".",
                "In 2000 the city of Grenoble decided on the remunicipalisation of its water service (file " + MARKER
                        + "), and a public operator took over drinking water in 2001.",
                "The remunicipalisation of water in Grenoble lowered prices and gave users seats on the board.")));
        try (Browser browser = new Browser(base, "en")) {
            signIn(browser, "admin.html");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.find("#files").sendKeys(pdf.toString());
            // A second file arrives by drag and drop, as the drop zone receives it from the desktop.
            browser.script("const transfer = new DataTransfer();"
                    + "transfer.items.add(new File([arguments[0]], arguments[1], {type: 'text/plain'}));"
                    + "const zone = document.getElementById('drop-zone');"
                    + "zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));"
                    + "zone.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));",
                    "Minutes of the " + MARKER + " assembly: the city of Naples shares the management of its "
                            + "public water company with a citizens' committee.", "naples-" + MARKER + ".txt");

            browser.waitFor(d -> browser.findAll("#uploads .upload").size() == 2);
            for (WebElement bar : browser.findAll("#uploads progress")) {
                browser.waitFor(d -> "100".equals(bar.getAttribute("value")));
            }
            assertThat(browser.findAll("#uploads .upload-name")).extracting(WebElement::getText)
                    .containsExactlyInAnyOrder("grenoble-" + MARKER + ".pdf", "naples-" + MARKER + ".txt");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(150))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> jobStates(browser).equals(List.of("done", "done")));
            assertThat(browser.findAll("#uploads .upload-status")).allSatisfy(s -> assertThat(s.getText()).contains("done"));
            browser.screenshot("upload");

            WebElement curate = browser.findAll("#jobs tbody tr").stream()
                    .filter(row -> row.getText().contains("grenoble-" + MARKER)).findFirst().orElseThrow()
                    .findElement(org.openqa.selenium.By.linkText("Curate"));
            String href = curate.getAttribute("href");
            pdfDocumentId = Long.parseLong(href.replaceAll(".*id=(\\d+).*", "$1"));
        }
        assertThat(anonymousTotal(MARKER + "&type=document")).isEqualTo(2);
    }

    private static List<String> jobStates(Browser browser) {
        return browser.findAll("#jobs tbody tr").stream().filter(row -> row.getText().contains(MARKER))
                .map(row -> row.getAttribute("data-state")).toList();
    }

    @Test
    @Order(3)
    void aProposedCaseConfirmedOnTheCurationPageIsFoundAsACase() {
        assertThat(anonymousTotal(MARKER + "&type=case")).as("readers do not see proposals").isZero();
        try (Browser browser = new Browser(base, "fr")) {
            signIn(browser, "curate.html?id=" + pdfDocumentId);
            browser.waitFor(d -> !browser.findAll("#cases .case-review").isEmpty());
            assertThat(browser.find("#heading").getText()).startsWith("Corriger").contains(MARKER);
            assertThat(browser.find("#cases .case-status").getText()).isEqualTo("proposé");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.find("#cases .confirm-case").click();
            browser.waitFor(d -> browser.find("#cases .case-status").getText().contains("confirmé"));
            assertThat(anonymousTotal(MARKER + "&type=case")).isEqualTo(1);

            // Correct the title and a place, then find the document by its new title.
            WebElement title = browser.find("#title");
            title.clear();
            title.sendKeys("Grenoble reprend son eau " + MARKER);
            browser.find("#add-place").click();
            new org.openqa.selenium.support.ui.Select(browser.findAll(".place-country").get(
                    browser.findAll(".place-country").size() - 1)).selectByValue("SN");
            browser.find("#document-form button[type=submit]").click();
            browser.waitFor(d -> browser.find("#save-status").getText().equals("Enregistré."));
            browser.screenshot("curate");
        }
        JsonObject hit = ApiClient.json(new ApiClient(base).get("api/search?type=document&country=SN&q=reprend+" + MARKER))
                .getJsonArray("hits").getJsonObject(0);
        assertThat(hit.getString("title")).isEqualTo("Grenoble reprend son eau " + MARKER);
    }

    @Test
    @Order(4)
    void theAuditLogShowsWhoDidWhat() {
        try (Browser browser = new Browser(base, "es")) {
            signIn(browser, "audit.html");
            browser.waitFor(d -> !browser.findAll("#audit tbody tr").isEmpty());
            List<String> rows = browser.findAll("#audit tbody tr").stream().map(WebElement::getText).toList();
            assertThat(rows).anyMatch(r -> r.contains("revisión de un caso") && r.contains("proposed → confirmed"));
            assertThat(rows).anyMatch(r -> r.contains("corrección de un documento") && r.contains("document " + pdfDocumentId)
                    && r.contains("Grenoble reprend son eau " + MARKER));
            assertThat(rows).anyMatch(r -> r.contains("envío") && r.contains("naples-" + MARKER + ".txt"));
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("audit");
        }
    }

    @Test
    @Order(5)
    void deletingOnTheCurationPageTakesTheDocumentOutOfSearch() {
        try (Browser browser = new Browser(base, "en")) {
            signIn(browser, "curate.html?id=" + pdfDocumentId);
            browser.find("#delete").click();
            browser.waitFor(d -> {
                try {
                    d.switchTo().alert().accept();
                    return true;
                } catch (org.openqa.selenium.NoAlertPresentException notYet) {
                    return false;
                }
            });
            browser.waitFor(d -> d.getCurrentUrl().contains("admin.html"));
        }
        assertThat(anonymousTotal(MARKER + "&type=document")).isEqualTo(1);
        assertThat(anonymousTotal(MARKER + "&type=case")).isZero();
    }
}
