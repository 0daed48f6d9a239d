package org.commonslibrary.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ImportOptionsTest {

    @Test
    void defaultsComeFromTheRunScriptsEnvironment() {
        ImportOptions options = ImportOptions.parse(new String[] {"docs"},
                Map.of("LIBRARY_HTTP_PORT", "8181", "LIBRARY_ADMIN_USER", "curator", "LIBRARY_ADMIN_PASSWORD", "pw"));
        assertThat(options.folder()).isEqualTo(Path.of("docs"));
        assertThat(options.url()).isEqualTo("http://127.0.0.1:8181/");
        assertThat(options.user()).isEqualTo("curator");
        assertThat(options.password()).isEqualTo("pw");
    }

    @Test
    void flagsOverrideDefaults() {
        ImportOptions options = ImportOptions.parse(new String[] {"--url", "http://127.0.0.1:9000", "docs", "--user", "x"},
                Map.of());
        assertThat(options.url()).isEqualTo("http://127.0.0.1:9000/");
        assertThat(options.user()).isEqualTo("x");
        assertThat(options.password()).isNull();
    }

    @Test
    void badCommandLinesAreRefused() {
        assertThatThrownBy(() -> ImportOptions.parse(new String[] {}, Map.of())).hasMessageContaining("folder");
        assertThatThrownBy(() -> ImportOptions.parse(new String[] {"a", "b"}, Map.of())).hasMessageContaining("b");
        assertThatThrownBy(() -> ImportOptions.parse(new String[] {"a", "--url"}, Map.of()))
                .hasMessageContaining("--url");
    }

    @Test
    void aUsageErrorExitsWithTwo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = FolderImport.run(new String[] {"--nope"}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage");
    }
}
