package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The search page's world map in real headless Chromium: drawn from the map data in the WAR, shaded by the
 * country facet of the search, and a way to choose a country with the mouse or the keyboard.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class WorldMapBrowserIT {

    private static final String MARKER = "wm" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final String SEARCH = "?q=" + MARKER + "&type=document";

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
        upload(api, "grenoble-" + MARKER + ".html", "Water in Grenoble " + MARKER,
                "<p>The city of Grenoble took its water service back into public management (" + MARKER + ").</p>");
        upload(api, "lyon-" + MARKER + ".html", "Canteens in Lyon " + MARKER,
                "<p>Lyon buys food for its school canteens from local cooperatives (" + MARKER + ").</p>");
        upload(api, "medellin-" + MARKER + ".html", "Libraries in Medellín " + MARKER,
                "<p>Medellín, in Colombia, built library parks with its neighbourhoods (" + MARKER + ").</p>");
    }

    private static void upload(ApiClient api, String name, String title, String body) {
        JsonObject job = api.uploadAndWait(name, TestDocuments.html(title, body));
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
    }

    @Test
    @Order(2)
    void theCountriesOfTheResultsAreShadedButtonsAndTheOthersAreNot() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open(SEARCH);
            browser.waitFor(d -> summary(browser).equals("3 results"));
            WebElement france = country(browser, "FR");
            WebElement colombia = country(browser, "CO");

            assertThat(browser.findAll("#world-map [role=button]")).extracting(e -> e.getAttribute("data-country"))
                    .containsExactly("FR", "CO");
            assertThat(france.getAttribute("aria-label")).isEqualTo("France: 2 results");
            assertThat(colombia.getAttribute("aria-label")).isEqualTo("Colombia: 1 result");
            assertThat(france.getAttribute("tabindex")).isEqualTo("0");
            assertThat(france.getAttribute("aria-pressed")).isEqualTo("false");
            // the more results, the darker; every other country is drawn grey and cannot be chosen
            assertThat(shade(france)).isGreaterThan(shade(colombia));
            assertThat(browser.findAll("#world-map path.country:not([role])")).hasSizeGreaterThan(150);
            assertThat(browser.findAll("#world-map path.country:not([role])[tabindex]")).isEmpty();
            assertThat(browser.find("#world-map svg title").getAttribute("textContent"))
                    .isEqualTo("World map of the results by country");
            assertThat(browser.findAll("#world-map .world-map-legend li")).extracting(WebElement::getText)
                    .contains("1", "2", "no results");
        }
    }

    @Test
    @Order(3)
    void clickingACountryFiltersByItAndTheBackButtonUndoesIt() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open(SEARCH);
            browser.waitFor(d -> summary(browser).equals("3 results"));
            country(browser, "CO").click();
            browser.waitFor(d -> summary(browser).equals("1 result"));
            assertThat(browser.driver().getCurrentUrl()).contains("country=CO");
            assertThat(browser.find("#hits .hit h3").getText()).isEqualTo("Libraries in Medellín " + MARKER);
            browser.waitFor(d -> "true".equals(country(browser, "CO").getAttribute("aria-pressed")));
            assertThat(browser.findAll("#world-map .chosen-outline")).hasSize(1);

            browser.driver().navigate().back();
            browser.waitFor(d -> summary(browser).equals("3 results"));
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("country=");
            assertThat(country(browser, "CO").getAttribute("aria-pressed")).isEqualTo("false");
            assertThat(browser.findAll("#world-map .chosen-outline")).isEmpty();
        }
    }

    @Test
    @Order(4)
    void enterChoosesACountryAndAgainUndoesItKeepingTheFocusOnTheMap() {
        try (Browser browser = new Browser(base, "fr")) {
            browser.open(SEARCH);
            browser.waitFor(d -> summary(browser).equals("3 résultats"));
            WebElement france = country(browser, "FR");
            assertThat(france.getAttribute("aria-label")).isEqualTo("France : 2 résultats");
            browser.script("arguments[0].focus()", france);
            Actions keys = new Actions(browser.driver());
            keys.sendKeys(Keys.ENTER).perform();
            browser.waitFor(d -> summary(browser).equals("2 résultats"));
            assertThat(browser.driver().getCurrentUrl()).contains("country=FR");
            browser.waitFor(d -> "true".equals(country(browser, "FR").getAttribute("aria-pressed")));
            // the map was drawn anew, and the focus is back on the country just chosen
            assertThat(active(browser).getAttribute("data-country")).isEqualTo("FR");

            keys.sendKeys(Keys.ENTER).perform();
            browser.waitFor(d -> summary(browser).equals("3 résultats"));
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("country=");
            assertThat(country(browser, "FR").getAttribute("aria-pressed")).isEqualTo("false");
        }
    }

    @Test
    @Order(5)
    void theMapHasNoSeriousAccessibilityViolationsAndFitsAPhone() {
        try (Browser browser = new Browser(base, "en")) {
            browser.open(SEARCH + "&country=FR");
            browser.waitFor(d -> summary(browser).equals("2 results"));
            browser.waitFor(d -> "true".equals(country(browser, "FR").getAttribute("aria-pressed")));
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("search-map");

            browser.driver().manage().window().setSize(new Dimension(375, 812));
            browser.waitFor(d -> ((Number) browser.script("return document.documentElement.clientWidth")).intValue() <= 375);
            long mapWidth = ((Number) browser.script(
                    "return document.querySelector('#world-map svg').getBoundingClientRect().width")).longValue();
            long pageWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            long viewport = ((Number) browser.script("return document.documentElement.clientWidth")).longValue();
            assertThat(mapWidth).isBetween(250L, viewport);
            assertThat(pageWidth).isLessThanOrEqualTo(viewport);
            browser.script("document.getElementById('world-map').scrollIntoView()");
            browser.screenshot("search-map-phone");
        }
    }

    private static WebElement country(Browser browser, String code) {
        return browser.find("#world-map path[data-country=" + code + "]");
    }

    private static int shade(WebElement country) {
        String classes = country.getAttribute("class");
        return Integer.parseInt(classes.replaceAll(".*shade-(\\d).*", "$1"));
    }

    private static String summary(Browser browser) {
        return browser.find("#summary").getText();
    }

    private static WebElement active(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }
}
