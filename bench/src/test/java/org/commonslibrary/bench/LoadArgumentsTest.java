package org.commonslibrary.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.commonslibrary.bench.load.LoadOptions;

class LoadArgumentsTest {

    @Test
    void withoutOptionsThirtyTwoClientsRunForAMinuteAfterTenSecondsOnThePortOfTheEnvironment() {
        LoadOptions options = BenchMain.loadOptions(new BenchArguments(List.of()), Map.of("LIBRARY_HTTP_PORT", "18180"));

        assertThat(options.base()).isEqualTo(URI.create("http://127.0.0.1:18180/"));
        assertThat(options.clients()).isEqualTo(32);
        assertThat(options.measured()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.seed()).isEqualTo(1);
    }

    @Test
    void everyOptionIsRead() {
        LoadOptions options = BenchMain.loadOptions(new BenchArguments(List.of("--base", "http://127.0.0.1:8480",
                "--clients", "8", "--seconds", "15", "--warmup-seconds", "0", "--seed", "7")), Map.of());

        assertThat(options).isEqualTo(new LoadOptions(URI.create("http://127.0.0.1:8480/"), 8,
                Duration.ofSeconds(15), Duration.ZERO, 7));
    }

    @Test
    void impossibleOptionsAreRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> BenchMain.loadOptions(new BenchArguments(List.of("--clients", "0")), Map.of()))
                .hasMessageContaining("--clients");
        assertThatThrownBy(() -> BenchMain.loadOptions(new BenchArguments(List.of("--seconds", "0")), Map.of()))
                .hasMessageContaining("--seconds");
        assertThatThrownBy(() -> BenchMain.loadOptions(new BenchArguments(List.of("--warmup-seconds", "-1")),
                Map.of())).hasMessageContaining("--warmup-seconds");
        assertThatThrownBy(() -> BenchMain.loadOptions(new BenchArguments(List.of("--base", "library/")),
                Map.of())).hasMessageContaining("--base");
    }

    @Test
    void aRefusedOptionPrintsTheReasonAndTheUsage() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = BenchMain.run(new String[] {"load", "--seconds", "a minute"}, Map.of(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("--seconds must be a whole number",
                "./library bench load [--base URL]");
    }
}
