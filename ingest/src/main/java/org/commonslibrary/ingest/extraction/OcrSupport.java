package org.commonslibrary.ingest.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether text recognition is possible here: Tesseract on the PATH, and which of the library's languages
 * it has data for. Scanned PDFs are recognised when it is; otherwise they fail with a reason that says
 * recognition is needed.
 */
final class OcrSupport {

    /** Tesseract's names for the library's three languages, in order of preference. */
    private static final List<String> LANGUAGES = List.of("eng", "fra", "spa");

    private OcrSupport() {
    }

    /** The "+"-joined languages to recognise, or empty when Tesseract is not installed. */
    static Optional<String> tesseractLanguages() {
        Optional<Path> tesseract = onPath("tesseract");
        if (tesseract.isEmpty()) {
            return Optional.empty();
        }
        List<String> installed = installedLanguages(tesseract.get());
        List<String> usable = new ArrayList<>(LANGUAGES);
        usable.retainAll(installed);
        return usable.isEmpty() ? Optional.empty() : Optional.of(String.join("+", usable));
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static List<String> installedLanguages(Path tesseract) {
        try {
            Process process = new ProcessBuilder(tesseract.toString(), "--list-langs").redirectErrorStream(true)
                    .start();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return List.of();
            }
            // The first line is a heading ("List of available languages ..."); the rest are codes.
            return output.lines().skip(1).map(String::strip).toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
