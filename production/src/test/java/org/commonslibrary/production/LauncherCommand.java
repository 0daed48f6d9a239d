package org.commonslibrary.production;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of the `library` launcher as an operator types it, with its settings in the environment. */
record LauncherCommand(int exitCode, String output) {

    static LauncherCommand run(Map<String, String> environment, Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            // Read while it runs, so a talkative command never blocks on a full pipe.
            var output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "(output unreadable: " + e + ")";
                }
            });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", arguments) + " did not end within " + timeout);
            }
            return new LauncherCommand(process.exitValue(), output.join());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path launcher() {
        return Path.of(System.getProperty("library.launcher", "../library")).toAbsolutePath().normalize();
    }
}
