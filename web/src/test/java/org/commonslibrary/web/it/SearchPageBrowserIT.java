package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The search page in real headless Chromium, on the deployed application with a real OpenSearch node. */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class SearchPageBrowserIT {

    private static final String MARKER = "sp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    @Test
    @Order(1)
    void uploads() {
        ApiClient api = new ApiClient(base);
        upload(api, "water-" + MARKER + ".pdf", TestDocuments.pdf("Water back in public hands " + MARKER, List.of(
                "The council took the water service back into public management (" + MARKER + ").",
                "A public operator now reports to a citizens' observatory.")));
        upload(api, "eau-" + MARKER + ".html", TestDocuments.html("L'eau en régie " + MARKER,
                "<p>La ville a repris la gestion de l'eau en régie publique (" + MARKER + ").</p>"));
        // Markup written as text inside a document must reach the reader as text, never run.
        upload(api, "payload-" + MARKER + ".txt", ("Notes on procurement " + MARKER
                + " <img src=x onerror=\"window.injected=1\"> <script>window.injected=2</script> end.")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void upload(ApiClient api, String name, byte[] content) {
        JsonObject job = api.uploadAndWait(name, content);
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
    }

    @Test
    @Order(2)
    void searchPickAFacetAndComeBack() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("?q=" + MARKER + "&type=document");
            browser.waitFor(d -> summary(browser).equals("3 results"));
            assertThat(browser.findAll("#hits .hit")).hasSize(3);

            WebElement french = browser.find("#facets input[name=language][value=fr]");
            french.click();
            browser.waitFor(d -> summary(browser).equals("1 result"));
            assertThat(browser.driver().getCurrentUrl()).contains("language=fr");
            assertThat(browser.find("#hits .hit h3").getText()).isEqualTo("L'eau en régie " + MARKER);

            browser.driver().navigate().back();
            browser.waitFor(d -> summary(browser).equals("3 results"));
            assertThat(browser.find("#facets input[name=language][value=fr]").isSelected()).isFalse();
        }
    }

    @Test
    @Order(3)
    void aPassageLinksToItsPageOfTheOriginal() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("?q=observatory+" + MARKER);
            browser.find("#hits .hit a.page");
            WebElement link = browser.findAll("#hits .hit a.page").stream()
                    .filter(a -> a.getText().equals("page 2")).findFirst().orElseThrow();
            assertThat(link.getAttribute("href")).matches(".*/api/documents/\\d+/original#page=2");
        }
    }

    @Test
    @Order(4)
    void theInterfaceFollowsTheBrowserAndTheSwitch() {
        try (Browser browser = new Browser(base, "es")) {
            browser.open("?q=" + MARKER);
            browser.waitFor(d -> summary(browser).equals("3 resultados"));
            assertThat(browser.find("h1").getText()).isEqualTo("Biblioteca de los comunes");
            browser.find("button[data-lang=fr]").click();
            browser.waitFor(d -> summary(browser).equals("3 résultats"));
            assertThat(browser.find("h1").getText()).isEqualTo("Bibliothèque des communs");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
            assertThat(browser.find("#facet-language").getText()).isEqualTo("Langue");
            assertThat(browser.driver().getCurrentUrl()).contains("lang=fr");
        }
    }

    @Test
    @Order(5)
    void theSearchPageWorksWithTheKeyboardAlone() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("");
            browser.waitFor(d -> !summary(browser).isEmpty());
            Actions keys = new Actions(browser.driver());
            keys.sendKeys(Keys.TAB).perform();
            assertThat(active(browser).getAttribute("class")).contains("skip-link");
            // through the language switch to the query box, type, and submit with Enter
            WebElement query = browser.find("#q");
            for (int i = 0; i < 10 && !active(browser).equals(query); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertThat(active(browser)).isEqualTo(query);
            keys.sendKeys(MARKER).sendKeys(Keys.ENTER).perform();
            browser.waitFor(d -> summary(browser).equals("3 results"));
            // on to the first facet value, which the space bar ticks
            for (int i = 0; i < 10 && !"checkbox".equals(active(browser).getAttribute("type")); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            WebElement box = active(browser);
            assertThat(box.getAttribute("type")).isEqualTo("checkbox");
            String chosen = box.getAttribute("name") + "=" + box.getAttribute("value");
            keys.sendKeys(Keys.SPACE).perform();
            browser.waitFor(d -> d.getCurrentUrl().contains(chosen));
        }
    }

    @Test
    @Order(6)
    void markupInADocumentIsShownAsTextAndNeverRuns() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("?q=procurement+" + MARKER);
            WebElement passage = browser.find("#hits .hit .passage");
            assertThat(passage.getText()).contains("<img src=x onerror=\"window.injected=1\">")
                    .contains("<script>window.injected=2</script>");
            assertThat(browser.findAll("#hits img")).isEmpty();
            assertThat(browser.findAll("#hits script")).isEmpty();
            assertThat(browser.script("return window.injected === undefined")).isEqualTo(true);
            assertThat(passage.findElements(By.tagName("mark"))).isNotEmpty();
        }
    }

    @Test
    @Order(7)
    void theSearchPageHasNoSeriousAccessibilityViolations() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("?q=" + MARKER);
            browser.waitFor(d -> summary(browser).equals("3 results"));
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("search");
        }
    }

    @Test
    @Order(8)
    void chosenFiltersShowAsChipsThatRemoveThemAndSortAndExportsFollowTheSearch() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("?q=" + MARKER + "&language=fr");
            browser.waitFor(d -> summary(browser).equals("1 result"));
            WebElement chip = browser.find("#chips button.chip");
            assertThat(chip.getText()).isEqualTo("French ×");
            assertThat(chip.getAttribute("aria-label")).isEqualTo("Remove filter: French");
            assertThat(browser.findAll("#exports a")).extracting(a -> a.getText())
                    .containsExactly("CSV", "BibTeX", "RIS", "CSL-JSON");
            assertThat(browser.find("#exports a").getAttribute("href"))
                    .contains("api/search/export?").contains("q=" + MARKER).contains("language=fr")
                    .contains("format=csv");

            chip.click();
            browser.waitFor(d -> summary(browser).equals("3 results"));
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("language=fr");
            assertThat(browser.findAll("#chips button")).isEmpty();

            new Select(browser.find("#sort")).selectByValue("newest");
            browser.waitFor(d -> d.getCurrentUrl().contains("sort=newest"));
            browser.waitFor(d -> browser.find("#exports a").getAttribute("href").contains("sort=newest"));
        }
    }

    @Test
    @Order(9)
    void suggestionsAreChosenWithTheKeyboard() {
        try (Browser browser = new Browser(base, "fr")) {
            browser.open("");
            WebElement query = browser.find("#q");
            query.sendKeys("remunic");
            browser.waitFor(d -> browser.find("#suggestions").isDisplayed()
                    && !browser.findAll("#suggestions [role=option]").isEmpty());
            assertThat(query.getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(browser.findAll("#suggestions [role=option]")).extracting(WebElement::getText)
                    .anySatisfy(text -> assertThat(text).startsWith("Remunicipalisation"));
            query.sendKeys(Keys.ARROW_DOWN);
            assertThat(query.getAttribute("aria-activedescendant")).isEqualTo("suggestion-0");
            query.sendKeys(Keys.ENTER);
            browser.waitFor(d -> d.getCurrentUrl().contains("practice=practice.remunicipalisation"));
            assertThat(browser.find("#suggestions").isDisplayed()).isFalse();
        }
    }

    private static String summary(Browser browser) {
        return browser.find("#summary").getText();
    }

    private static WebElement active(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }
}
