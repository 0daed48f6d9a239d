package org.commonslibrary.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./library import FOLDER}: uploads every file of a folder (and its sub-folders) through the
 * library's API, follows the jobs with a progress bar, and ends with a summary of what was added, what
 * was already there, and what failed and why. Exit status: 0 when nothing failed, 1 otherwise, 2 for a
 * usage error.
 */
public final class FolderImport {

    static final Duration JOB_TIMEOUT = Duration.ofMinutes(30);

    private final LibraryApi api;
    private final PrintStream out;
    private final Duration pollInterval;

    FolderImport(LibraryApi api, PrintStream out, Duration pollInterval) {
        this.api = api;
        this.out = out;
        this.pollInterval = pollInterval;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    public static int run(String[] args, Map<String, String> environment, PrintStream out) {
        ImportOptions options;
        try {
            options = ImportOptions.parse(args, environment);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(ImportOptions.USAGE);
            return 2;
        }
        char[] password = options.password() != null ? options.password().toCharArray() : askPassword(options);
        if (password == null) {
            out.println("No password: set LIBRARY_ADMIN_PASSWORD or run the import in a terminal.");
            return 2;
        }
        LibraryApi api = new LibraryApi(URI.create(options.url()), options.user(), password);
        try {
            ImportSummary summary = new FolderImport(api, out, Duration.ofMillis(500)).importFolder(options.folder());
            summary.print(out);
            return summary.failed().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            out.println("The import stopped: " + e.getMessage());
            return 1;
        }
    }

    ImportSummary importFolder(Path folder) throws IOException {
        List<Path> files = filesIn(folder);
        ImportSummary summary = new ImportSummary(files.size());
        ProgressBar progress = new ProgressBar(out, files.size());
        Map<String, String> pending = new LinkedHashMap<>();
        for (Path file : files) {
            String name = folder.relativize(file).toString();
            LibraryApi.UploadResult result = api.upload(file);
            if (result.refusal() != null) {
                summary.failed(name, result.refusal());
            } else {
                result.jobIds().forEach(id -> pending.put(id, name));
            }
            progress.show(summary.finished(), "uploaded " + name);
        }
        follow(pending, summary, progress);
        progress.done();
        return summary;
    }

    private void follow(Map<String, String> pending, ImportSummary summary, ProgressBar progress) throws IOException {
        Instant deadline = Instant.now().plus(JOB_TIMEOUT);
        while (!pending.isEmpty()) {
            for (var it = pending.entrySet().iterator(); it.hasNext();) {
                var entry = it.next();
                LibraryApi.Job job = api.job(entry.getKey());
                switch (job.state()) {
                    case "done" -> summary.added(entry.getValue());
                    case "duplicate" -> summary.duplicate(entry.getValue());
                    case "failed" -> summary.failed(entry.getValue(), job.reason());
                    default -> {
                        continue;
                    }
                }
                it.remove();
                progress.show(summary.finished(), entry.getValue() + ": " + job.state());
            }
            if (!pending.isEmpty()) {
                if (Instant.now().isAfter(deadline)) {
                    pending.values().forEach(name -> summary.failed(name, "still not finished after " + JOB_TIMEOUT));
                    return;
                }
                sleep();
            }
        }
    }

    private void sleep() throws IOException {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList());
            return files;
        }
    }

    private static char[] askPassword(ImportOptions options) {
        Console console = System.console();
        return console == null ? null : console.readPassword("Password for %s: ", options.user());
    }
}
