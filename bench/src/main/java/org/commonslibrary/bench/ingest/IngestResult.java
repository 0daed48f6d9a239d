package org.commonslibrary.bench.ingest;

import java.util.Locale;

/**
 * One ingest benchmark's figures and their Markdown table.
 *
 * @param documents documents the indexes gained (files that failed or were duplicates add none)
 * @param passages  passages the passage index gained
 */
record IngestResult(int files, long bytes, long documents, long passages, double seconds,
        RawTikaExtraction.Result tikaBefore, RawTikaExtraction.Result tikaAfter, int tikaThreads) {

    double documentsPerSecond() {
        return documents / seconds;
    }

    double tikaFilesPerSecond() {
        return (tikaBefore.filesPerSecond() + tikaAfter.filesPerSecond()) / 2;
    }

    String table() {
        return String.format(Locale.ROOT, """
                | files | MB | documents added | passages added | library ingest | raw Tika, %d threads (before / after) | ingest / raw Tika |
                | --- | --- | --- | --- | --- | --- | --- |
                | %d | %.1f | %d | %d | %.1f s: %.2f docs/s, %.0f passages/s | %.2f / %.2f files/s | %.3f |
                """, tikaThreads, files, bytes / 1e6, documents, passages, seconds, documentsPerSecond(),
                passages / seconds, tikaBefore.filesPerSecond(), tikaAfter.filesPerSecond(),
                documentsPerSecond() / tikaFilesPerSecond());
    }
}
