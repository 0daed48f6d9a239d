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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The events page in real headless Chromium: sessions of an uploaded call, shown in the reader's time zone. */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@RunAsClient
class EventsPageBrowserIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    @Test
    void sessionsShowInTheReadersTimeZoneWithTheZoneTheCallWrote() {
        String marker = "ew" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JsonObject job = new ApiClient(base).uploadAndWait("call-" + marker + ".html", TestDocuments.html(
                "Call for an exchange on water " + marker,
                "<h1>Call for an exchange on water</h1><p>Publication date: 2 April 2024.</p>"
                        + "<p>Sessions: Thursdays, May 23 and May 30. 15:00-17:30 CET.</p>"
                        + "<p>Reference " + marker + ".</p>"));
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
        long documentId = job.getJsonNumber("documentId").longValue();

        // 15:00 in Paris (summer time) is 13:00 UTC, so 08:00 in Bogotá
        try (Browser browser = new Browser(base, "en", "America/Bogota")) {
            browser.open("events.html");
            browser.waitFor(d -> browser.find("#status").getText().isEmpty());
            assertThat(browser.find("#zone").getText()).isEqualTo("Times in your time zone: America/Bogota.");
            var sessions = browser.findAll("#past .session").stream()
                    .filter(s -> s.getText().contains(marker)).toList();
            // past sessions read from the most recent back
            assertThat(sessions).extracting(s -> s.findElement(By.tagName("time")).getAttribute("datetime"))
                    .containsExactly("2024-05-30T13:00:00Z", "2024-05-23T13:00:00Z");
            WebElement session = sessions.get(1);
            assertThat(session.getText()).contains("Thursday, May 23, 2024").contains("8:00 AM")
                    .contains("as the call wrote it: CET");
            assertThat(session.findElement(By.tagName("a")).getAttribute("href"))
                    .contains("document.html?id=" + documentId);
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("events");

            browser.find("button[data-lang=es]").click();
            browser.waitFor(d -> browser.find("h1").getText().equals("Eventos de aprendizaje entre pares"));
            browser.waitFor(d -> browser.findAll("#past .session").stream()
                    .anyMatch(s -> s.getText().contains("jueves, 23 de mayo de 2024")));
        }
    }
}
