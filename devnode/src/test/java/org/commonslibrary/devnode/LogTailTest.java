package org.commonslibrary.devnode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path temp;

    @Test
    void keepsOnlyTheLastLines() throws IOException {
        Path log = temp.resolve("devnode.log");
        Files.writeString(log, "one\ntwo\nthree\nfour\n");

        assertThat(LogTail.of(log, 2)).isEqualTo("three" + System.lineSeparator() + "four");
    }

    @Test
    void saysSoWhenThereIsNoLog() {
        assertThat(LogTail.of(temp.resolve("missing.log"), 5)).startsWith("(no log at");
    }
}
