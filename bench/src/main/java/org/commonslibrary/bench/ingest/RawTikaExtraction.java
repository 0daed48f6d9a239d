package org.commonslibrary.bench.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The baseline: Apache Tika's {@link AutoDetectParser} in this JVM, text only, with no limits, no forked
 * process and nothing done with the text. What the library's ingest adds on top (isolation, pages,
 * passages, tagging, persistence, indexing) is the difference.
 *
 * <p>Text recognition is off: with Tesseract installed, Tika would otherwise recognise every embedded image
 * (an ODT's thumbnail costs seconds), which the library does only for scanned PDFs.
 */
public final class RawTikaExtraction {

    /** Throughput of one pass. */
    public record Result(int files, int failures, long characters, double seconds) {
        public double filesPerSecond() {
            return files / seconds;
        }
    }

    private final AutoDetectParser parser = new AutoDetectParser();

    /** Extracts every file once with {@code threads} parallel parsers. */
    public Result extractAll(List<Path> files, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong characters = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        try {
                            characters.addAndGet(extract(files.get(i)));
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(files.size(), failures.get(), characters.get(), seconds);
    }

    private long extract(Path file) throws Exception {
        BodyContentHandler handler = new BodyContentHandler(-1);
        ParseContext context = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, new Metadata(), context);
        }
        return handler.toString().length();
    }
}
