package org.commonslibrary.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through chromedriver (Debian's packages), with the checks browser tests share:
 * waiting for the page, accessibility by axe-core run inside the page, and screenshots.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    private final ChromeDriver driver;
    private final URL base;

    /** A browser whose preferred language is {@code language}, as a visitor's would be. */
    Browser(URL base, String language) {
        this(base, language, null);
    }

    /** The same, living in the time zone {@code zone} (an IANA name), or in the machine's when null. */
    Browser(URL base, String language, String zone) {
        this.base = base;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("library.it.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .withEnvironment(zone == null ? Map.of() : Map.of("TZ", zone))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("library.it.chromium", "/usr/bin/chromium"));
        // CI runs as root, where Chromium's sandbox cannot start; the pages under test are our own.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        this.driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base.toString() + path);
    }

    /** Waits for the condition; pages re-render as they go, so an element replaced meanwhile is looked up again. */
    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** The same, for conditions that take longer than a page's rendering, such as a rebuild of the indexes. */
    <T> T waitFor(Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class).until(condition);
    }

    WebElement find(String css) {
        return waitFor(d -> d.findElement(By.cssSelector(css)));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /**
     * Runs axe-core's WCAG 2.1 A and AA rules in the page and returns the serious and critical violations,
     * each as "rule: help (elements)".
     */
    List<String> accessibilityViolations() {
        driver.executeScript(axeSource());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object json = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('failed: ' + e));");
        String text = String.valueOf(json);
        if (text.startsWith("failed")) {
            throw new AssertionError("axe-core could not run: " + text);
        }
        return Json.createReader(new StringReader(text)).readArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> BLOCKING_IMPACTS.contains(v.getString("impact", "")))
                .map(v -> v.getString("id") + ": " + v.getString("help") + " " + v.getJsonArray("nodes").stream()
                        .map(n -> n.asJsonObject().getJsonArray("target").toString()).toList())
                .toList();
    }

    /** Saves a screenshot as {@code name.png} in {@code target/screenshots}, to see what a test saw. */
    void screenshot(String name) {
        save(Path.of("target/screenshots"), name);
    }

    /**
     * Saves a screenshot for the documentation: into the folder the build names with {@code -Dit.screenshots=}
     * (docs/screenshots when refreshing them), else beside the tests' own.
     */
    void documentationScreenshot(String name) {
        save(Path.of(System.getProperty("library.it.screenshots", "target/screenshots")), name);
    }

    private void save(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
