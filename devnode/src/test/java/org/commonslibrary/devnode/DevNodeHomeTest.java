package org.commonslibrary.devnode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevNodeHomeTest {

    @TempDir
    Path temp;

    @Test
    void wipesAPreparedHomeWithEverythingInIt() throws IOException {
        Path home = temp.resolve("home");
        DevNodeHome.prepare(home);
        Files.createDirectories(home.resolve("data/nodes/0"));
        Files.writeString(home.resolve("data/nodes/0/node.lock"), "");

        DevNodeHome.wipe(home);

        assertThat(home).doesNotExist();
    }

    @Test
    void refusesToWipeAFolderItDidNotCreate() throws IOException {
        Path precious = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(precious.resolve("thesis.odt"), "years of work");

        assertThatThrownBy(() -> DevNodeHome.wipe(precious))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to delete");
        assertThat(precious.resolve("thesis.odt")).exists();
    }

    @Test
    void wipesEmptyOrMissingFolders() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        DevNodeHome.wipe(empty);
        DevNodeHome.wipe(temp.resolve("missing"));

        assertThat(empty).doesNotExist();
    }
}
