package org.commonslibrary.production;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One run of an outside program (the `library` launcher, PostgreSQL's tools, keytool): its exit code and output. */
record CommandRun(List<String> command, int exitCode, String output) {

    /** The `library` launcher as an operator types it, with its settings in the environment. */
    static CommandRun launcher(Map<String, String> environment, Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(launcherPath().toString());
        command.addAll(List.of(arguments));
        return of(command, environment, timeout);
    }

    static CommandRun of(List<String> command, Map<String, String> environment, Duration timeout) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            // Read while it runs, so a talkative command never blocks on a full pipe.
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "(output unreadable: " + e + ")";
                }
            });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end within " + timeout);
            }
            return new CommandRun(command, process.exitValue(), output.join());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** This run, or an error naming the command and its output when it did not succeed. */
    CommandRun succeeded() {
        if (exitCode != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exitCode + "):\n" + output);
        }
        return this;
    }

    static Path launcherPath() {
        return Path.of(System.getProperty("library.launcher", "../library")).toAbsolutePath().normalize();
    }
}
