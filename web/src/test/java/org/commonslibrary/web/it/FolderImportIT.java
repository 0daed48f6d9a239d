package org.commonslibrary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.commonslibrary.cli.FolderImport;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The command-line folder import against a running library: added, duplicates and failures summed up. */
@ExtendWith({DevNodeExtension.class, ArquillianExtension.class})
@RunAsClient
class FolderImportIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LibraryDeployment.builtWar();
    }

    @Test
    void importsAFolderAndSumsUp(@TempDir Path folder) throws IOException {
        String marker = "fi" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        byte[] pdf = TestDocuments.pdf("Folder import " + marker, List.of("Page one of " + marker + ".", "Page two."));
        Files.write(folder.resolve("one.pdf"), pdf);
        Files.createDirectories(folder.resolve("sub"));
        Files.write(folder.resolve("sub/copy-of-one.pdf"), pdf);
        Files.write(folder.resolve("sub/two.html"), TestDocuments.html("Second " + marker, "<p>Also " + marker + ".</p>"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve(".hidden"), "ignored".getBytes(StandardCharsets.UTF_8));

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = FolderImport.run(new String[] {folder.toString(), "--url", base.toString(), "--user", ApiClient.ADMIN},
                Map.of("LIBRARY_ADMIN_PASSWORD", ApiClient.ADMIN_PASSWORD),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        String printed = output.toString(StandardCharsets.UTF_8);

        assertThat(status).as(printed).isEqualTo(1);
        assertThat(printed).contains("4 file(s): 2 added, 1 already in the library, 1 failed.")
                .contains("failed:    empty.txt - The file is empty")
                .containsPattern("duplicate: (sub/copy-of-one.pdf|one.pdf)")
                .contains("[##############################] 4/4");
        assertThat(ApiClient.json(new ApiClient(base).get("api/search?type=document&q=" + marker)).getInt("total")).isEqualTo(2);
    }
}
