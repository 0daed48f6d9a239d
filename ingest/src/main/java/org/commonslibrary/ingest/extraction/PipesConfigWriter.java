package org.commonslibrary.ingest.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the Tika configuration that both {@code PipesParser} (here) and {@code PipesServer} (in each
 * forked JVM) read: one file-system fetcher rooted at the staging folder, and the fork's command line.
 */
final class PipesConfigWriter {

    static final String FETCHER_NAME = "staged";

    /** A restart is cheap (about a second) next to the slow leaks some parsers have over thousands of files. */
    private static final int FILES_PER_FORK = 500;
    private static final long STARTUP_TIMEOUT_MILLIS = 60_000;
    private static final long IDLE_FORK_SHUTDOWN_MILLIS = 300_000;

    private PipesConfigWriter() {
    }

    static Path write(Path configFile, Path stagingDir, Path forkTempDir, ExtractionLimits limits,
                      String forkClasspath, int forks) throws IOException {
        long timeoutMillis = limits.timeout().toMillis();
        // Callers queue for a free fork; allow for every fork being busy with a slow file and one restart.
        long maxWaitForForkMillis = 3 * timeoutMillis + STARTUP_TIMEOUT_MILLIS;

        List<String> jvmArgs = new ArrayList<>();
        jvmArgs.add("-Xmx" + limits.forkHeap());
        // The serial collector keeps a small, short-lived heap cheap; parsing is single-threaded anyway.
        jvmArgs.add("-XX:+UseSerialGC");
        jvmArgs.add("-Dfile.encoding=UTF-8");
        jvmArgs.add("-Djava.io.tmpdir=" + forkTempDir.toAbsolutePath());
        // The launcher, not a shell, expands a trailing "/*", so a folder of jars works as given.
        jvmArgs.add("-cp");
        jvmArgs.add(forkClasspath);

        StringBuilder xml = new StringBuilder(2048);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<properties>\n");
        OcrSupport.tesseractLanguages().ifPresent(languages -> parsersWithOcr(xml, languages));
        xml.append("  <fetchers>\n");
        xml.append("    <fetcher class=\"org.apache.tika.pipes.fetcher.fs.FileSystemFetcher\">\n");
        element(xml, 6, "name", FETCHER_NAME);
        element(xml, 6, "basePath", stagingDir.toAbsolutePath().toString());
        xml.append("    </fetcher>\n");
        xml.append("  </fetchers>\n");
        xml.append("  <pipes>\n");
        xml.append("    <params>\n");
        element(xml, 6, "numClients", Integer.toString(forks));
        element(xml, 6, "javaPath", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        element(xml, 6, "timeoutMillis", Long.toString(timeoutMillis));
        element(xml, 6, "startupTimeoutMillis", Long.toString(STARTUP_TIMEOUT_MILLIS));
        element(xml, 6, "sleepOnStartupTimeoutMillis", "1000");
        element(xml, 6, "maxWaitForClientMillis", Long.toString(maxWaitForForkMillis));
        element(xml, 6, "shutdownClientAfterMillis", Long.toString(IDLE_FORK_SHUTDOWN_MILLIS));
        element(xml, 6, "maxFilesProcessedPerProcess", Integer.toString(FILES_PER_FORK));
        // -1: the fork sends every result back to us instead of handing it to an emitter.
        element(xml, 6, "maxForEmitBatchBytes", "-1");
        xml.append("      <forkedJvmArgs>\n");
        for (String arg : jvmArgs) {
            element(xml, 8, "arg", arg);
        }
        xml.append("      </forkedJvmArgs>\n");
        xml.append("    </params>\n");
        xml.append("  </pipes>\n");
        xml.append("</properties>\n");

        Files.writeString(configFile, xml, StandardCharsets.UTF_8);
        return configFile;
    }

    /**
     * With Tesseract installed, PDF pages that carry (almost) no text are rendered and recognised in the
     * library's languages; the rest of the parser set stays Tika's default.
     */
    private static void parsersWithOcr(StringBuilder xml, String languages) {
        xml.append("  <parsers>\n");
        xml.append("    <parser class=\"org.apache.tika.parser.DefaultParser\">\n");
        xml.append("      <parser-exclude class=\"org.apache.tika.parser.pdf.PDFParser\"/>\n");
        xml.append("      <parser-exclude class=\"org.apache.tika.parser.ocr.TesseractOCRParser\"/>\n");
        xml.append("    </parser>\n");
        xml.append("    <parser class=\"org.apache.tika.parser.pdf.PDFParser\">\n");
        xml.append("      <params><param name=\"ocrStrategy\" type=\"string\">auto</param></params>\n");
        xml.append("    </parser>\n");
        xml.append("    <parser class=\"org.apache.tika.parser.ocr.TesseractOCRParser\">\n");
        xml.append("      <params><param name=\"language\" type=\"string\">").append(escape(languages))
                .append("</param></params>\n");
        xml.append("    </parser>\n");
        xml.append("  </parsers>\n");
    }

    private static void element(StringBuilder xml, int indent, String name, String value) {
        xml.append(" ".repeat(indent)).append('<').append(name).append('>')
                .append(escape(value))
                .append("</").append(name).append(">\n");
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
