package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Broken and hostile uploads end with a clear reason, leave nothing half-written, and the server keeps
 * serving: every test ends by checking health and that an ordinary document still goes through.
 */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@RunAsClient
class HostileFilesIT {


    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    @AfterEach
    void serverStillServes() {
        assertThat(api().get("api/health").statusCode()).isEqualTo(200);
        String marker = "ok" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JsonObject job = api().uploadAndWait(marker + ".txt",
                ("A plain note that mentions " + marker + " after a hostile upload.").getBytes());
        assertThat(job.getString("state")).isEqualTo("done");
    }

    @Test
    void zeroBytesFail() {
        assertFailed(api().uploadAndWait("empty.pdf", new byte[0]), "empty");
    }

    @Test
    void passwordProtectedPdfFails() {
        assertFailed(api().uploadAndWait("locked.pdf", TestDocuments.encryptedPdf("secret " + UUID.randomUUID())),
                "password");
    }

    @Test
    void truncatedPdfFails() {
        byte[] pdf = TestDocuments.pdf("Cut short " + UUID.randomUUID(), List.of("First page of a document.",
                "Second page of the same document.", "Third page."));
        assertFailed(api().uploadAndWait("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3)), "");
    }

    @Test
    void imageWithDocumentNameFailsNamingTheDetectedType() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
            0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde};
        assertFailed(api().uploadAndWait("report.pdf", png), "image/png");
    }

    @Test
    void billionLaughsFails() {
        assertFailed(api().uploadAndWait("laughs.xml", TestDocuments.billionLaughs()), "");
    }

    @Test
    void zipBombIsRefusedAndLeavesNoJob() throws IOException {
        long before = storedFiles();
        HttpResponse<String> response = api().upload("bomb.zip", TestDocuments.zipBomb(1_200L * 1024 * 1024),
                ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(ApiClient.json(response).getString("detail")).contains("zip bomb");
        assertThat(storedFiles()).isEqualTo(before);
    }

    @Test
    void aZipOfDocumentsBecomesOneJobPerDocument() {
        String marker = "zz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        byte[] archive = TestDocuments.zip(Map.of(
                "folder/first.txt", ("The first note of the archive " + marker + ".").getBytes(),
                "folder/second.html", TestDocuments.html("Second " + marker, "<p>The second " + marker + ".</p>"),
                "__MACOSX/._first.txt", new byte[] {1, 2, 3}));
        HttpResponse<String> response = api().upload("batch.zip", archive, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        List<JsonObject> jobs = ApiClient.json(response).getJsonArray("jobs").getValuesAs(JsonObject.class);
        assertThat(jobs).extracting(j -> j.getString("filename")).containsExactlyInAnyOrder("first.txt", "second.html");
        jobs.forEach(j -> assertThat(api().awaitJob(j.getString("id")).getString("state")).isEqualTo("done"));
        assertThat(ApiClient.json(api().get("api/search?type=document&q=" + marker)).getInt("total")).isEqualTo(2);
    }

    @Test
    void aVeryLargeFileIsRefusedAtUpload() {
        HttpResponse<String> response = api().uploadStream("huge.pdf", 200L * 1024 * 1024, ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(ApiClient.json(response).getString("detail")).contains("15 MB");
    }

    private static void assertFailed(JsonObject job, String reasonMentions) {
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("failed");
        assertThat(job.getString("reason")).isNotBlank().containsIgnoringCase(reasonMentions)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(job.containsKey("documentId") && !job.isNull("documentId")).as("no document").isFalse();
    }

    private static long storedFiles() throws IOException {
        Path storage = Path.of("target/it-data/storage");
        if (!Files.exists(storage)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(storage)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
