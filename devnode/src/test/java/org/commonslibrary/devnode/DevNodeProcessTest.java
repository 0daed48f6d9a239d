package org.commonslibrary.devnode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevNodeProcessTest {

    @TempDir
    Path temp;

    @Test
    void launcherNamesTheMainClass() {
        assertThat(DevNodeProcess.MAIN_CLASS).isEqualTo(DevNodeMain.class.getName());
    }

    @Test
    void launcherSourceStaysFreeOfOpenSearch() throws IOException {
        for (String launcherClass : new String[] {"DevNodeProcess", "DevNodeOptions", "DevNodeArguments", "DevNodeHome",
                "LogTail", "DevNodeStartupException", "junit/DevNodeExtension"}) {
            Path source = Path.of("src/main/java/org/commonslibrary/devnode", launcherClass + ".java");
            assertThat(Files.readString(source)).as(launcherClass).doesNotContain("import org.opensearch");
        }
    }

    @Test
    void failsAtOnceWithoutADist() {
        DevNodeOptions options = DevNodeOptions.defaults()
                .withDistDir(temp.resolve("no-dist"))
                .withHome(temp.resolve("home"));

        assertThatThrownBy(() -> DevNodeProcess.start(options))
                .isInstanceOf(DevNodeStartupException.class)
                .hasMessageContaining("expected a lib/ folder")
                .hasMessageContaining("library.devnode.dist");
    }

    @Test
    void failsAtOnceWithAnEmptyLibFolder() throws IOException {
        Files.createDirectories(temp.resolve("dist/lib"));
        DevNodeOptions options = DevNodeOptions.defaults()
                .withDistDir(temp.resolve("dist"))
                .withHome(temp.resolve("home"));

        assertThatThrownBy(() -> DevNodeProcess.start(options))
                .isInstanceOf(DevNodeStartupException.class)
                .hasMessageContaining("No jars in");
    }
}
