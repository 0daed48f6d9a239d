package org.commonslibrary.devnode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.commonslibrary.devnode.junit.FreePorts;

/** DevNodeMain run the way a shell script runs it: {@code java -cp 'dist/lib/*' DevNodeMain ...}. */
class DevNodeMainIT {

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void rejectsAnUnknownOptionWithUsageAndExitCode2() throws Exception {
        Path output = Files.createTempFile("devnode-main", ".log");

        Process main = run(output, "--bogus", "1");

        assertThat(main.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(main.exitValue()).isEqualTo(2);
        assertThat(Files.readString(output)).contains("Unknown option --bogus").contains("Usage: DevNodeMain");
    }

    @Test
    void printsUsageOnHelp() throws Exception {
        Path output = Files.createTempFile("devnode-main", ".log");

        Process main = run(output, "--help");

        assertThat(main.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(main.exitValue()).isZero();
        assertThat(Files.readString(output)).contains("--seed-ports").contains("--initial-managers");
    }

    @Test
    void stopsByItselfWhenTheLaunchingProcessEnds() throws Exception {
        DevNodeOptions options = ItNodes.fresh("orphan");
        DevNodeHome.prepare(options.home());
        Process launcher = track(new ProcessBuilder("sleep", "600").start());
        Path output = options.logFile();

        Process node = run(output, options.toArguments(OptionalLong.of(launcher.pid())).toCommandLine()
                .toArray(String[]::new));
        awaitReadyLine(node, output, options);
        launcher.destroyForcibly().waitFor();

        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node exited after its launcher").isTrue();
        assertThat(node.exitValue()).isZero();
        assertThat(FreePorts.isListening(options.httpPort())).isFalse();
        assertThat(Files.readString(output)).contains("has ended; stopping the node").contains("[o.o.n.Node] closed");
    }

    private Process run(Path output, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", ItNodes.DIST.resolve("lib").toAbsolutePath() + "/*",
                "org.commonslibrary.devnode.DevNodeMain"));
        command.addAll(List.of(arguments));
        return track(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start());
    }

    private Process track(Process process) {
        processes.add(process);
        return process;
    }

    private static void awaitReadyLine(Process node, Path output, DevNodeOptions options) throws Exception {
        String readyLine = "OPENSEARCH READY " + options.httpUrl();
        long deadline = System.nanoTime() + options.startupTimeout().toNanos();
        while (!Files.readString(output).contains(readyLine)) {
            assertThat(node.isAlive()).as("node alive while starting; log: %s", output).isTrue();
            assertThat(System.nanoTime()).as("node ready in time; log: %s", output).isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
