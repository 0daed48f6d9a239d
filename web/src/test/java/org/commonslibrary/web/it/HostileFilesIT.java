package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
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

    private static final String ADMIN = "it-admin";
    private static final String PASSWORD = "it-admin-password-1";
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(150);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(ZipImporter.class, "library.war").importFrom(new File("target/library.war"))
                .as(WebArchive.class);
    }

    private ApiClient api() {
        return new ApiClient(base);
    }

    @AfterEach
    void serverStillServes() {
        assertThat(api().get("api/health").statusCode()).isEqualTo(200);
        String marker = "ok" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        JsonObject job = uploadAndWait(marker + ".txt",
                ("A plain note that mentions " + marker + " after a hostile upload.").getBytes());
        assertThat(job.getString("state")).isEqualTo("done");
    }

    @Test
    void zeroBytesFail() {
        assertFailed(uploadAndWait("empty.pdf", new byte[0]), "empty");
    }

    @Test
    void passwordProtectedPdfFails() {
        assertFailed(uploadAndWait("locked.pdf", TestDocuments.encryptedPdf("secret " + UUID.randomUUID())),
                "password");
    }

    @Test
    void truncatedPdfFails() {
        byte[] pdf = TestDocuments.pdf("Cut short " + UUID.randomUUID(), List.of("First page of a document.",
                "Second page of the same document.", "Third page."));
        assertFailed(uploadAndWait("cut.pdf", Arrays.copyOf(pdf, pdf.length / 3)), "");
    }

    @Test
    void imageWithDocumentNameFailsNamingTheDetectedType() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
            0, 0, 0, 1, 8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde};
        assertFailed(uploadAndWait("report.pdf", png), "image/png");
    }

    @Test
    void billionLaughsFails() {
        assertFailed(uploadAndWait("laughs.xml", TestDocuments.billionLaughs()), "");
    }

    @Test
    void zipBombIsRefusedAndLeavesNoJob() throws IOException {
        long before = storedFiles();
        HttpResponse<String> response = api().upload("bomb.zip", TestDocuments.zipBomb(1_200L * 1024 * 1024),
                ADMIN, PASSWORD);
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
        HttpResponse<String> response = api().upload("batch.zip", archive, ADMIN, PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        List<JsonObject> jobs = ApiClient.json(response).getJsonArray("jobs").getValuesAs(JsonObject.class);
        assertThat(jobs).extracting(j -> j.getString("filename")).containsExactlyInAnyOrder("first.txt", "second.html");
        jobs.forEach(j -> assertThat(awaitJob(j.getString("id")).getString("state")).isEqualTo("done"));
        assertThat(ApiClient.json(api().get("api/search?q=" + marker)).getInt("total")).isEqualTo(2);
    }

    @Test
    void aVeryLargeFileIsRefusedAtUpload() {
        HttpResponse<String> response = api().uploadStream("huge.pdf", 200L * 1024 * 1024, ADMIN, PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(ApiClient.json(response).getString("detail")).contains("15 MB");
    }

    private JsonObject uploadAndWait(String filename, byte[] content) {
        HttpResponse<String> response = api().upload(filename, content, ADMIN, PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return awaitJob(ApiClient.json(response).getString("id"));
    }

    private static void assertFailed(JsonObject job, String reasonMentions) {
        assertThat(job.getString("state")).as(job.toString()).isEqualTo("failed");
        assertThat(job.getString("reason")).isNotBlank().containsIgnoringCase(reasonMentions)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(job.containsKey("documentId") && !job.isNull("documentId")).as("no document").isFalse();
    }

    private JsonObject awaitJob(String id) {
        Instant deadline = Instant.now().plus(JOB_TIMEOUT);
        while (true) {
            JsonObject job = ApiClient.json(api().get("api/jobs/" + id));
            if (!List.of("queued", "running").contains(job.getString("state"))) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Job " + id + " did not finish in " + JOB_TIMEOUT + ": " + job);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
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
