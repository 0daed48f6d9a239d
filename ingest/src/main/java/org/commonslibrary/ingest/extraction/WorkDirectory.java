package org.commonslibrary.ingest.extraction;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The private folder of one extractor: its pipes configuration, the staging area the forks read from and
 * the forks' temporary files. Each live folder holds a file lock, so a new extractor can tell the folders
 * of crashed JVMs (lock free) from those of running ones and clean up only the former.
 */
final class WorkDirectory implements AutoCloseable {

    private static final String PREFIX = "tika-pipes-";
    private static final String LOCK_FILE = ".lock";
    private static final System.Logger LOG = System.getLogger(WorkDirectory.class.getName());
    /**
     * Folders of extractors in this JVM are never probed: with POSIX locks, closing the probe's channel would
     * release the owner's lock too.
     */
    private static final Set<Path> OWNED_BY_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private WorkDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static WorkDirectory create(Path parent) throws IOException {
        Files.createDirectories(parent);
        removeAbandoned(parent);
        Path root = Files.createDirectory(parent.resolve(PREFIX + UUID.randomUUID()));
        FileChannel channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.lock();
        OWNED_BY_THIS_JVM.add(root.toAbsolutePath().normalize());
        Files.createDirectory(root.resolve("staged"));
        Files.createDirectory(root.resolve("tmp"));
        return new WorkDirectory(root, channel, lock);
    }

    Path configFile() {
        return root.resolve("tika-pipes.xml");
    }

    Path stagingDir() {
        return root.resolve("staged");
    }

    Path forkTempDir() {
        return root.resolve("tmp");
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not release " + root, e);
        }
        deleteTree(root);
        OWNED_BY_THIS_JVM.remove(root.toAbsolutePath().normalize());
    }

    private static void removeAbandoned(Path parent) throws IOException {
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path candidate : candidates) {
                if (Files.isDirectory(candidate) && isAbandoned(candidate)) {
                    LOG.log(System.Logger.Level.INFO, "removing work folder left by a stopped extractor: {0}",
                            candidate);
                    deleteTree(candidate);
                }
            }
        }
    }

    private static boolean isAbandoned(Path candidate) {
        if (OWNED_BY_THIS_JVM.contains(candidate.toAbsolutePath().normalize())) {
            return false;
        }
        Path lockFile = candidate.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            // A folder is created a moment before its lock file; only an old one without a lock is abandoned.
            return isOlderThanAMinute(candidate);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return false;
            }
            probe.release();
            return true;
        } catch (OverlappingFileLockException | IOException e) {
            return false;
        }
    }

    private static boolean isOlderThanAMinute(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(Instant.now().minusSeconds(60));
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "could not delete " + path, e);
                }
            });
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not clean up " + root, e);
        }
    }
}
