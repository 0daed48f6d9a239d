package org.commonslibrary.ingest.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps uploaded originals outside the web root under generated names (OWASP file-upload rules): what
 * the uploader called a file never becomes a path. Bytes are streamed, hashed and counted on the way in,
 * and a file over the limit is deleted before anything refers to it.
 */
public class OriginalStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int BUFFER = 64 * 1024;

    private final Path originals;
    private final Path incoming;

    public OriginalStore(Path root) throws IOException {
        this.originals = Files.createDirectories(root.resolve("originals"));
        this.incoming = Files.createDirectories(root.resolve("incoming"));
    }

    public StoredOriginal store(InputStream content, long maxBytes) throws IOException, UploadTooLargeException {
        String key = UUID.randomUUID().toString();
        Path partial = incoming.resolve(key);
        MessageDigest sha256 = sha256();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(partial)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = content.read(buffer)) != -1) {
                size += read;
                if (size > maxBytes) {
                    throw new UploadTooLargeException(maxBytes);
                }
                sha256.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (IOException | UploadTooLargeException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        // Only complete files ever appear among the originals.
        Files.move(partial, originals.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        return new StoredOriginal(key, HexFormat.of().formatHex(sha256.digest()), size);
    }

    /** The hex SHA-256 of a file, as {@link #store} computes it for uploads: the key of exact duplicates. */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) != -1) {
                sha256.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The stored file for a key this store generated; anything else is refused. */
    public Path path(String storageKey) {
        if (!KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + storageKey);
        }
        return originals.resolve(storageKey);
    }

    public void delete(String storageKey) throws IOException {
        Files.deleteIfExists(path(storageKey));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
