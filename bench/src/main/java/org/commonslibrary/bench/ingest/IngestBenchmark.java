package org.commonslibrary.bench.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.commonslibrary.cli.FolderImport;

/**
 * The library's whole ingest of a folder against raw Tika on the same files, in the same run: raw Tika
 * once before and once after the import (so a change in the machine's load shows), and between them the
 * real folder import through the API of a running library, timed until its last job is done, which is
 * when the document is searchable.
 */
public final class IngestBenchmark {

    private static final int TIKA_WARM_UP_FILES = 20;

    private final String libraryUrl;
    private final Map<String, String> environment;
    private final IndexCounts counts;
    private final int tikaThreads;
    private final PrintStream out;

    public IngestBenchmark(String libraryUrl, Map<String, String> environment, IndexCounts counts, int tikaThreads,
            PrintStream out) {
        this.libraryUrl = libraryUrl;
        this.environment = environment;
        this.counts = counts;
        this.tikaThreads = tikaThreads;
        this.out = out;
    }

    /** @return the process exit status: 0 when every file was added */
    public int run(Path folder) throws IOException, InterruptedException {
        List<Path> files = filesIn(folder);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        out.printf("%d files, %.1f MB in %s%n", files.size(), bytes / 1e6, folder);

        RawTikaExtraction tika = new RawTikaExtraction();
        tika.extractAll(files.subList(0, Math.min(TIKA_WARM_UP_FILES, files.size())), tikaThreads);
        RawTikaExtraction.Result before = tika.extractAll(files, tikaThreads);
        out.printf(Locale.ROOT, "raw Tika (%d threads): %.1f files/s%n", tikaThreads, before.filesPerSecond());

        long documentsBefore = counts.documents();
        long passagesBefore = counts.passages();
        long started = System.nanoTime();
        int status = FolderImport.run(new String[] {folder.toString(), "--url", libraryUrl}, environment, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        long documents = counts.documents() - documentsBefore;
        long passages = counts.passages() - passagesBefore;

        RawTikaExtraction.Result after = tika.extractAll(files, tikaThreads);
        out.printf(Locale.ROOT, "raw Tika again (%d threads): %.1f files/s%n", tikaThreads, after.filesPerSecond());

        IngestResult result = new IngestResult(files.size(), bytes, documents, passages, seconds, before, after,
                tikaThreads);
        out.println();
        out.print(result.table());
        return status;
    }

    static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
