package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
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

/**
 * The search page's facets in real headless Chromium: long facets folded behind "show more", the practice
 * facet as the tree of its broader and narrower practices, the year facet as a histogram whose range is
 * picked with the pointer or the keyboard, and the feed link. Only this class's own documents are counted.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class SearchPageFacetsBrowserIT {

    private static final String MARKER = "fb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final List<String> SECTORS = List.of("sector.water", "sector.energy", "sector.waste",
            "sector.digital", "sector.housing-land", "sector.transport", "sector.health-care");

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
        long many = upload(api, "many-" + MARKER + ".pdf", "Seven services and a pact " + MARKER,
                "Publication date: 14 March 2011. Services run together, reference " + MARKER + ".");
        upload(api, "middle-" + MARKER + ".pdf", "A report in the middle " + MARKER,
                "Publication date: 2 May 2016. A report, reference " + MARKER + ".");
        upload(api, "late-" + MARKER + ".pdf", "A late report " + MARKER,
                "Publication date: 9 June 2021. A report, reference " + MARKER + ".");
        // Concepts set by hand, so the facets hold exactly what the tests expect of this document.
        String concepts = "[\"practice.collaboration-pact\"," + String.join(",",
                SECTORS.stream().map(s -> "\"" + s + "\"").toList()) + "]";
        HttpResponse<String> patched = api.patchJson("api/documents/" + many, "{\"concepts\":" + concepts + "}",
                ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    }

    private static long upload(ApiClient api, String name, String title, String text) {
        JsonObject job = api.uploadAndWait(name, TestDocuments.pdf(title, List.of(text)));
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
        long id = job.getJsonNumber("documentId").longValue();
        JsonObject document = ApiClient.json(api.get("api/documents/" + id));
        assertThat(document.getString("publicationDate", "")).as(document.toString()).isNotEmpty();
        return id;
    }

    @Test
    @Order(2)
    void showMoreRevealsTheValuesBeyondTheFirstFiveAndAChosenValueAlwaysShows() {
        String hiddenValue;
        try (Browser browser = new Browser(base, "en")) {
            browser.open("?q=" + MARKER + "&type=document");
            browser.waitFor(d -> summary(browser).equals("3 results"));
            assertThat(sectorBoxes(browser)).hasSize(SECTORS.size());
            assertThat(shownSectors(browser)).hasSize(5);
            WebElement more = browser.find(".facet-sector button.show-more");
            assertThat(more.getText()).isEqualTo("Show 2 more");
            assertThat(more.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(more.getAttribute("aria-controls")).isEqualTo("facet-values-sector");
            assertThat(browser.find("#facet-values-sector").getTagName()).isEqualTo("ul");
            hiddenValue = sectorBoxes(browser).stream().filter(box -> !box.isDisplayed()).findFirst().orElseThrow()
                    .getAttribute("value");

            // from the keyboard: focus the button and press Enter
            browser.script("arguments[0].focus()", more);
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.waitFor(d -> "true".equals(more.getAttribute("aria-expanded")));
            assertThat(shownSectors(browser)).hasSize(SECTORS.size());
            assertThat(more.getText()).isEqualTo("Show fewer");
            more.click();
            browser.waitFor(d -> shownSectors(browser).size() == 5);
        }
        try (Browser browser = new Browser(base, "fr")) {
            browser.open("?q=" + MARKER + "&type=document&sector=" + hiddenValue);
            browser.waitFor(d -> summary(browser).equals("1 résultat"));
            WebElement chosen = browser.find(".facet-sector input[value='" + hiddenValue + "']");
            assertThat(chosen.isSelected()).isTrue();
            assertThat(chosen.isDisplayed()).isTrue();
            assertThat(shownSectors(browser)).hasSize(6);
            assertThat(browser.find(".facet-sector button.show-more").getText()).isEqualTo("Afficher 1 de plus");
        }
    }

    @Test
    @Order(3)
    void aNarrowerPracticeNestsUnderItsBroaderOne() {
        try (Browser browser = new Browser(base, "es")) {
            browser.open("?q=" + MARKER + "&type=document");
            browser.waitFor(d -> summary(browser).equals("3 resultados"));
            String under = "//li[label/input[@value='%s']]/ul/li/label/input[@value='%s']";
            assertThat(browser.driver().findElements(By.xpath(under.formatted("practice.co-creation-agreement",
                    "practice.collaboration-pact")))).hasSize(1);
            assertThat(browser.driver().findElements(By.xpath(under.formatted("practice.co-management",
                    "practice.co-creation-agreement")))).hasSize(1);
            assertThat(browser.driver().findElements(By.xpath(under.formatted("practice.commoning",
                    "practice.co-management")))).hasSize(1);
            assertThat(browser.driver().findElements(By.xpath(
                    "//ul[@id='facet-values-practice']/li/label/input[@value='practice.commoning']"))).hasSize(1);

            // the nested boxes keep their meaning: ticking one filters by it
            browser.find("input[value='practice.collaboration-pact']").click();
            browser.waitFor(d -> summary(browser).equals("1 resultado"));
            assertThat(browser.driver().getCurrentUrl()).contains("practice=practice.collaboration-pact");

            // Among the later reports no practice is counted; the chosen one stays, and with its broader
            // practices absent from the answer, it stands at the top.
            browser.open("?q=" + MARKER + "&type=document&yearFrom=2016&practice=practice.collaboration-pact&lang=es");
            browser.waitFor(d -> summary(browser).equals("Nada coincide. Pruebe con otras palabras."));
            assertThat(browser.findAll(".facet-practice input[type=checkbox]")).singleElement()
                    .satisfies(box -> assertThat(box.getAttribute("value")).isEqualTo("practice.collaboration-pact"));
            assertThat(browser.driver().findElements(By.xpath(
                    "//ul[@id='facet-values-practice']/li/label/input[@value='practice.collaboration-pact']")))
                    .hasSize(1);
        }
    }

    @Test
    @Order(4)
    void aYearRangeTypedWithTheKeyboardNarrowsTheResultsAndTheBackButtonUndoesIt() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("?q=" + MARKER + "&type=document");
            browser.waitFor(d -> summary(browser).equals("3 results"));
            WebElement histogram = browser.find(".facet-year svg.histogram");
            assertThat(histogram.getAttribute("role")).isEqualTo("img");
            assertThat(histogram.getAttribute("aria-label")).isEqualTo("Results per year, 2011 to 2021");
            assertThat(bars(browser)).hasSize(11);
            assertThat(browser.find("#year-histogram-counts").getAttribute("textContent"))
                    .isEqualTo("2011: 1 result; 2016: 1 result; 2021: 1 result");

            browser.find("#year-from").sendKeys("2015");
            browser.find("#year-to").sendKeys("2022", Keys.ENTER);
            browser.waitFor(d -> summary(browser).equals("2 results"));
            assertThat(browser.driver().getCurrentUrl()).contains("yearFrom=2015").contains("yearTo=2022");
            assertThat(browser.findAll("#chips button.chip")).extracting(WebElement::getText)
                    .containsExactlyInAnyOrder("Documents ×", "2015–2022 ×");
            // the histogram keeps every year, and marks those in the range
            assertThat(bars(browser)).hasSize(11);
            assertThat(inRange(browser)).containsExactly("2015", "2016", "2017", "2018", "2019", "2020", "2021");
            assertThat(browser.find("#year-from").getAttribute("value")).isEqualTo("2015");
            browser.script("arguments[0].scrollIntoView()", browser.find(".facet-year"));
            browser.screenshot("search-years");

            browser.driver().navigate().back();
            browser.waitFor(d -> summary(browser).equals("3 results"));
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("yearFrom");
            assertThat(browser.find("#year-from").getAttribute("value")).isEmpty();
            assertThat(inRange(browser)).isEmpty();

            browser.driver().navigate().forward();
            browser.waitFor(d -> summary(browser).equals("2 results"));
            WebElement clear = browser.findAll(".year-range button").stream()
                    .filter(b -> b.getText().equals("Clear")).findFirst().orElseThrow();
            browser.script("arguments[0].focus()", clear);
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            browser.waitFor(d -> summary(browser).equals("3 results"));
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("yearFrom").doesNotContain("yearTo");
        }
    }

    @Test
    @Order(5)
    void aClickOnABarPicksItsYearAndADragPicksARange() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open("?q=" + MARKER + "&type=document");
            browser.waitFor(d -> summary(browser).equals("3 results"));
            new Actions(browser.driver()).click(bar(browser, "2016")).perform();
            browser.waitFor(d -> summary(browser).equals("1 result"));
            assertThat(browser.driver().getCurrentUrl()).contains("yearFrom=2016").contains("yearTo=2016");

            new Actions(browser.driver()).clickAndHold(bar(browser, "2011")).moveToElement(bar(browser, "2016"))
                    .release().perform();
            browser.waitFor(d -> summary(browser).equals("2 results"));
            assertThat(browser.driver().getCurrentUrl()).contains("yearFrom=2011").contains("yearTo=2016");
        }
    }

    @Test
    @Order(6)
    void theFeedLinkFollowsTheSearchAndThePageStaysAccessible() {
        try (Browser browser = new Browser(base, "fr")) {
            browser.open("?q=" + MARKER + "&type=document&yearTo=2016&sort=newest&lang=fr");
            browser.waitFor(d -> summary(browser).equals("2 résultats"));
            WebElement feed = browser.find("#feed-link");
            assertThat(feed.getText()).isEqualTo("S’abonner (Atom)");
            assertThat(feed.getAttribute("href")).contains("api/search/feed?").contains("q=" + MARKER)
                    .contains("yearTo=2016").contains("lang=fr").doesNotContain("sort=");
            WebElement alternate = browser.find("link[rel=alternate][type='application/atom+xml']");
            assertThat(alternate.getAttribute("href")).isEqualTo(feed.getAttribute("href"));
            browser.find(".facet-sector button.show-more").click();
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("search-facets");
        }
    }

    private static String summary(Browser browser) {
        return browser.find("#summary").getText();
    }

    private static List<WebElement> sectorBoxes(Browser browser) {
        return browser.findAll(".facet-sector input[type=checkbox]");
    }

    private static List<WebElement> shownSectors(Browser browser) {
        return sectorBoxes(browser).stream().filter(WebElement::isDisplayed).toList();
    }

    private static List<WebElement> bars(Browser browser) {
        return browser.findAll(".facet-year svg rect.bar");
    }

    private static WebElement bar(Browser browser, String year) {
        return browser.find(".facet-year svg rect[data-year='" + year + "']");
    }

    private static List<String> inRange(Browser browser) {
        return browser.findAll(".facet-year svg rect.in-range").stream().map(r -> r.getAttribute("data-year"))
                .toList();
    }
}
