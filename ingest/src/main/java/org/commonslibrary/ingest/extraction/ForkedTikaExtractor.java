package org.commonslibrary.ingest.extraction;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesConfig;
import org.apache.tika.pipes.PipesException;
import org.apache.tika.pipes.PipesParser;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;

import org.commonslibrary.ingest.extraction.ExtractionException.Reason;

/**
 * Extracts text with Apache Tika running in separate JVMs ("pipes"), so that a parser which hangs, loops or
 * exhausts its heap on a hostile or broken upload fails that one file, while the application server keeps
 * its memory and threads. A killed fork is restarted on the next request (about a second).
 *
 * <p>Only tika-core is needed on this JVM's classpath; the parsers live on the fork's classpath, given as
 * a {@code File.pathSeparator}-joined list of jars and folders or as {@code /path/to/folder/*}. Files inside
 * a WAR are not usable there: WildFly serves them from a virtual file system, so the fork needs real jar
 * files on disk.
 *
 * <p>Thread-safe: concurrent calls share a fixed number of forks and queue for a free one. Close it (on
 * undeploy) to kill the forks.
 */
public final class ForkedTikaExtractor implements TextExtractor, AutoCloseable {

    public static final int DEFAULT_FORKS = 2;

    private static final System.Logger LOG = System.getLogger(ForkedTikaExtractor.class.getName());
    private static final String WARM_UP_TEXT = "Warm-up document.\n\nIt starts the parser processes.\n";
    private static final String WARM_UP_PDF = "warm-up.pdf";

    private final ExtractionLimits limits;
    private final int forks;
    private final WorkDirectory workDirectory;
    private final PipesParser pipes;
    private final ContentSniffer sniffer = new ContentSniffer();
    private final PipesResultInterpreter interpreter;
    private final DocumentAssembler assembler;
    private final AtomicBoolean closed = new AtomicBoolean();

    public ForkedTikaExtractor(ExtractionLimits limits, String forkClasspath, Path workDir) throws IOException {
        this(limits, forkClasspath, workDir, DEFAULT_FORKS);
    }

    /**
     * @param limits        bounds applied to every file
     * @param forkClasspath classpath of the forked JVMs: tika-core, tika-parsers-standard-package and their
     *                      dependencies
     * @param workDir       a folder this extractor may write to; it creates its own subfolder, removes it on
     *                      close, and removes those left behind by extractors that did not close
     * @param forks         number of parser JVMs, that is, of files parsed at the same time; each needs
     *                      memory for its heap ({@code forkHeap}) plus the JVM's own overhead
     */
    public ForkedTikaExtractor(ExtractionLimits limits, String forkClasspath, Path workDir, int forks)
            throws IOException {
        this.limits = Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(workDir, "workDir");
        if (forks < 1) {
            throw new IllegalArgumentException("at least one fork is needed: " + forks);
        }
        this.forks = forks;
        String classpath = checkedClasspath(forkClasspath);
        this.workDirectory = WorkDirectory.create(workDir);
        try {
            Path config = PipesConfigWriter.write(workDirectory.configFile(), workDirectory.stagingDir(),
                    workDirectory.forkTempDir(), limits, classpath, forks);
            this.pipes = new PipesParser(PipesConfig.load(config));
        } catch (IOException | TikaConfigException | RuntimeException e) {
            workDirectory.close();
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("Tika rejected the generated pipes configuration", e);
        }
        this.interpreter = new PipesResultInterpreter(limits);
        this.assembler = new DocumentAssembler(new MetadataReader(new PlaceholderValues()));
    }

    @Override
    public ExtractedDocument extract(Path file) throws ExtractionException {
        Objects.requireNonNull(file, "file");
        if (closed.get()) {
            throw new IllegalStateException("the extractor is closed");
        }
        long started = System.nanoTime();
        try {
            ExtractedDocument document = extractChecked(file);
            LOG.log(System.Logger.Level.DEBUG, () -> String.format("extracted %s (%s, %d pages) in %d ms", file,
                    document.mediaType(), document.pageCount(), elapsedMillis(started)));
            return document;
        } catch (ExtractionException e) {
            log(file, e, elapsedMillis(started));
            throw e;
        }
    }

    /**
     * Starts every fork now, and has each load the PDF and plain-text parsers, rather than leaving that to
     * the first uploads, which would each wait seconds longer. Optional; call it from a background task after
     * deployment.
     *
     * @return how long it took
     */
    public Duration warmUp() throws ExtractionException, IOException {
        long started = System.nanoTime();
        Path pdf = copyOfResource(WARM_UP_PDF);
        Path text = Files.createTempFile(workDirectory.forkTempDir(), "warm-up", null);
        try {
            Files.writeString(text, WARM_UP_TEXT);
            // Idle forks are handed out in turn, so each round of consecutive calls reaches every fork once.
            for (Path sample : List.of(pdf, text)) {
                for (int i = 0; i < forks; i++) {
                    extract(sample);
                }
            }
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(text);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private Path copyOfResource(String name) throws IOException {
        Path copy = Files.createTempFile(workDirectory.forkTempDir(), "warm-up", null);
        try (InputStream in = ForkedTikaExtractor.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    public ExtractionLimits limits() {
        return limits;
    }

    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            pipes.close();
        } finally {
            workDirectory.close();
        }
    }

    private ExtractedDocument extractChecked(Path file) throws ExtractionException {
        long size = sizeOf(file);
        if (size == 0) {
            throw Failures.emptyFile();
        }
        if (size > limits.maxFileBytes()) {
            throw Failures.fileTooLarge(size, limits.maxFileBytes());
        }
        String sniffedType = sniff(file);
        if (!AcceptedFormats.mayResolveToAccepted(sniffedType)) {
            throw Failures.unsupported(sniffedType);
        }
        Path staged = stage(file);
        try {
            ParsedFile parsed = interpreter.interpret(parseInFork(staged));
            return assembler.assemble(parsed);
        } catch (ExtractionException e) {
            // Closing kills the forks under running parses; that says nothing about the files being parsed.
            if (closed.get()) {
                throw Failures.interrupted();
            }
            throw e;
        } finally {
            try {
                Files.deleteIfExists(staged);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not delete staged copy " + staged, e);
            }
        }
    }

    private PipesResult parseInFork(Path staged) throws ExtractionException {
        ParseContext context = new ParseContext();
        // XML keeps Tika's page and slide divs, which plain text would flatten away. Reaching the write limit
        // throws, so an over-long document is refused instead of being cut short without notice.
        context.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.XML,
                HandlerConfig.PARSE_MODE.CONCATENATE, limits.maxCharacters(), limits.maxEmbeddedResources(), true));
        String key = staged.getFileName().toString();
        FetchEmitTuple tuple = new FetchEmitTuple(key, new FetchKey(PipesConfigWriter.FETCHER_NAME, key),
                new EmitKey("", key), new Metadata(), context, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
        try {
            return pipes.parse(tuple);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Failures.interrupted();
        } catch (IOException | PipesException | RuntimeException e) {
            // PipesClient reports a fork that cannot start (a wrong classpath, say) as a RuntimeException.
            throw Failures.internal(e);
        }
    }

    private static long sizeOf(Path file) throws ExtractionException {
        try {
            if (!Files.isRegularFile(file)) {
                throw Failures.fileMissing(new NoSuchFileException(file.toString()));
            }
            return Files.size(file);
        } catch (IOException e) {
            throw Failures.fileMissing(e);
        }
    }

    private String sniff(Path file) throws ExtractionException {
        try {
            return sniffer.sniff(file);
        } catch (IOException e) {
            throw Failures.fileMissing(e);
        }
    }

    /**
     * Gives the fork the file under a random name without an extension: the fetcher only reads inside the
     * staging folder, and with no extension to go on, Tika has to detect the type from the content.
     */
    private Path stage(Path file) throws ExtractionException {
        Path staged = workDirectory.stagingDir().resolve(UUID.randomUUID().toString());
        try {
            try {
                return Files.createLink(staged, file.toRealPath());
            } catch (FileSystemException | UnsupportedOperationException | SecurityException e) {
                // Different file systems, or links not allowed: copying costs time but works everywhere.
                return Files.copy(file, staged);
            }
        } catch (IOException e) {
            throw new ExtractionException(Reason.INTERNAL,
                    "The server could not prepare the file for reading; please try again later.", e);
        }
    }

    private void log(Path file, ExtractionException e, long millis) {
        String summary = "could not extract " + file + " after " + millis + " ms: " + e.reason()
                + e.detectedMediaType().map(type -> " (" + type + ")").orElse("");
        switch (e.reason()) {
            // Problems with the service itself: an administrator needs the whole story.
            case TIMEOUT, OUT_OF_MEMORY, INTERNAL -> LOG.log(System.Logger.Level.WARNING, summary, e.getCause());
            // Damaged files are routine; one line says which, the parser's stack trace is there for debugging.
            case CORRUPT -> {
                LOG.log(System.Logger.Level.INFO, () -> summary + firstLineOf(e.getCause()));
                LOG.log(System.Logger.Level.DEBUG, summary, e.getCause());
            }
            default -> LOG.log(System.Logger.Level.DEBUG, summary);
        }
    }

    private static String firstLineOf(Throwable cause) {
        if (cause == null || cause.getMessage() == null) {
            return "";
        }
        return ": " + cause.getMessage().lines().findFirst().orElse("");
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static String checkedClasspath(String classpath) {
        if (classpath == null || classpath.isBlank()) {
            throw new IllegalArgumentException("the fork classpath is empty; it must list Tika's jars");
        }
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            boolean wildcard = entry.endsWith("/*") || entry.endsWith(File.separator + "*");
            Path path = Path.of(wildcard ? entry.substring(0, entry.length() - 2) : entry);
            if (wildcard ? !Files.isDirectory(path) : !Files.exists(path)) {
                throw new IllegalArgumentException("fork classpath entry does not exist: " + entry);
            }
        }
        return classpath;
    }
}
