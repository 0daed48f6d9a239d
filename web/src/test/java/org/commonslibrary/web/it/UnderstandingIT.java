package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the library understands of a document on the way in, through the whole server: concepts, places,
 * publication date, proposed case examples that a curator confirms, sessions of an event call, near
 * duplicates, and an admin's corrections.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@RunAsClient
class UnderstandingIT {


    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    @Test
    void aCaseStudyIsTaggedAndProposesACaseThatACuratorConfirms() {
        String marker = "cs" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        byte[] pdf = TestDocuments.pdf("Water back in public hands in Grenoble " + marker, List.of(
                "Publication date: 14 March 2023. A case study of the library, reference " + marker + ".",
                "In 2000 the city of Grenoble decided on the remunicipalisation of its water service after a "
                        + "corruption scandal, and a public operator took over drinking water in 2001.",
                "The remunicipalisation of water in Grenoble lowered prices and gave users seats on the board."));
        JsonObject job = api().uploadAndWait("grenoble-" + marker + ".pdf", pdf);
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("done");
        long id = job.getJsonNumber("documentId").longValue();

        JsonObject document = ApiClient.json(api().get("api/documents/" + id + "?lang=fr"));
        assertThat(document.getString("publicationDate")).isEqualTo("2023-03-14");
        assertThat(ids(document, "concepts", "id")).contains("practice.remunicipalisation", "sector.water");
        assertThat(document.getJsonArray("concepts").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals("practice.remunicipalisation")).findFirst().orElseThrow()
                .getString("label")).isNotBlank();
        assertThat(document.getJsonArray("places").getValuesAs(JsonObject.class))
                .anySatisfy(p -> {
                    assertThat(p.getString("countryCode")).isEqualTo("FR");
                    assertThat(p.getString("city")).isEqualTo("Grenoble");
                    assertThat(p.getString("regionId")).isEqualTo("region.europe");
                });

        // a reader's view of the document lists no proposal; a curator's does
        assertThat(document.getJsonArray("cases")).isEmpty();
        JsonObject curated = ApiClient.json(api().get("api/documents/" + id, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        JsonObject proposal = curated.getJsonArray("cases").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").contains("Grenoble")).findFirst().orElseThrow();
        assertThat(proposal.getString("status")).isEqualTo("proposed");
        long caseId = proposal.getJsonNumber("id").longValue();

        // a proposal is for curators only
        assertThat(api().get("api/cases/" + caseId).statusCode()).isEqualTo(404);
        JsonObject asCurator = ApiClient.json(api().get("api/cases/" + caseId, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD));
        assertThat(asCurator.getString("city")).isEqualTo("Grenoble");
        assertThat(asCurator.getInt("startYear")).isEqualTo(2000);
        assertThat(asCurator.getInt("endYear")).isEqualTo(2001);
        assertThat(asCurator.getJsonArray("sources").getValuesAs(JsonObject.class))
                .extracting(s -> s.getInt("page")).contains(2);
        assertThat(asCurator.getJsonArray("actors").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).contains("users");
        assertThat(asCurator.getJsonArray("outcomes").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).anySatisfy(o -> assertThat(o).contains("lowered prices"));

        HttpResponse<String> confirmed = api().postJson("api/cases/" + caseId + "/review",
                "{\"status\":\"confirmed\",\"title\":\"Grenoble takes water back " + marker + "\"}", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        JsonObject publicCase = ApiClient.json(api().get("api/cases/" + caseId));
        assertThat(publicCase.getString("status")).isEqualTo("confirmed");
        assertThat(publicCase.getString("title")).isEqualTo("Grenoble takes water back " + marker);
        assertThat(ApiClient.json(api().get("api/cases?document=" + id)).getJsonArray("cases").size()).isEqualTo(1);
    }

    @Test
    void anEventCallsSessionsBecomeInstants() {
        String marker = "ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        byte[] call = TestDocuments.html("Call for a peer-learning exchange " + marker,
                "<h1>Call for a peer-learning exchange</h1><p>Publication date: 2 April 2024.</p>"
                        + "<p>Sessions for the Western Hemisphere: Thursdays, May 23 and May 30. 15:00-17:30 CET.</p>"
                        + "<p>Reference " + marker + ".</p>");
        JsonObject job = api().uploadAndWait("call-" + marker + ".html", call);
        assertThat(job.getString("state")).isEqualTo("done");
        JsonObject document = ApiClient.json(api().get("api/documents/" + job.getJsonNumber("documentId")));
        assertThat(document.getJsonArray("sessions").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("start") + "/" + s.getString("end"))
                .containsExactly("2024-05-23T13:00:00Z/2024-05-23T15:30:00Z", "2024-05-30T13:00:00Z/2024-05-30T15:30:00Z");
    }

    @Test
    void theSameTextInAnotherFormatIsFlaggedAsANearDuplicate() {
        String marker = "nd" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String text = "Neighbourhood assemblies in the town co-manage the public library, the market hall and "
                + "the sports grounds under an agreement renewed every four years. The agreement " + marker
                + " sets out who maintains the buildings, who decides the opening hours, and how disputes are "
                + "settled by a joint committee where residents and council officers sit in equal numbers.";
        JsonObject first = api().uploadAndWait("agreement-" + marker + ".html",
                TestDocuments.html("Co-management agreement " + marker, "<p>" + text + "</p>"));
        JsonObject second = api().uploadAndWait("agreement-" + marker + ".pdf",
                TestDocuments.pdf("Co-management agreement " + marker, List.of(text)));
        assertThat(second.getString("state")).isEqualTo("done");
        JsonObject document = ApiClient.json(api().get("api/documents/" + second.getJsonNumber("documentId")));
        assertThat(document.getJsonNumber("nearDuplicateOf").longValue())
                .isEqualTo(first.getJsonNumber("documentId").longValue());
    }

    @Test
    void anAdminCorrectsKindTitleAndConceptsAndSearchFollows() {
        String marker = "co" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JsonObject job = api().uploadAndWait("note-" + marker + ".txt",
                ("Notes " + marker + " from a meeting about the neighbourhood budget.").getBytes());
        long id = job.getJsonNumber("documentId").longValue();
        HttpResponse<String> anonymous = api().patchJson("api/documents/" + id, "{\"kind\":\"report\"}", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> bad = api().patchJson("api/documents/" + id, "{\"kind\":\"poem\"}", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);

        HttpResponse<String> corrected = api().patchJson("api/documents/" + id,
                "{\"kind\":\"legal-instrument\",\"title\":\"Budget notes " + marker
                        + "\",\"concepts\":[\"practice.participatory-budgeting\"]}", ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonObject document = ApiClient.json(api().get("api/documents/" + id));
        assertThat(document.getString("kind")).isEqualTo("legal-instrument");
        assertThat(ids(document, "concepts", "id")).containsExactly("practice.participatory-budgeting");

        JsonObject result = ApiClient.json(api().get("api/search?type=document&q=" + marker + "&kind=legal-instrument"));
        assertThat(result.getInt("total")).isEqualTo(1);
        assertThat(result.getJsonArray("hits").getJsonObject(0).getString("title")).isEqualTo("Budget notes " + marker);
    }

    private static List<String> ids(JsonObject document, String array, String field) {
        return document.getJsonArray(array).getValuesAs(JsonObject.class).stream()
                .map(o -> ((JsonString) o.get(field)).getString()).toList();
    }
}
