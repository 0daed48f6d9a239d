package org.commonslibrary.ingest.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens a zip of documents uploaded in one go, under limits that stop zip bombs: the number of entries,
 * the size of each entry and of all entries together are counted as the bytes are really inflated, not
 * as the archive declares them. Entry names are only ever shown, never used as paths.
 *
 * <p>Office and OpenDocument files are zips too; they are documents, not archives, and are recognised by
 * the entries their formats require.
 */
public class ArchiveExpander {

    /** What an archive may hold. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
    }

    /** One document found in an archive, handed to the consumer while its bytes can be read. */
    public interface EntryConsumer {
        void accept(String displayName, InputStream content) throws IOException, UploadTooLargeException;
    }

    private static final Set<String> DOCUMENT_MARKERS = Set.of("[Content_Types].xml", "mimetype",
            "META-INF/container.xml");

    private final Limits limits;

    public ArchiveExpander(Limits limits) {
        this.limits = limits;
    }

    /** Whether the file is a zip archive of documents rather than a single zipped document format. */
    public static boolean isArchiveOfDocuments(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                if (DOCUMENT_MARKERS.contains(entries.nextElement().getName())) {
                    return false;
                }
            }
            return true;
        } catch (IOException notAZip) {
            return false;
        }
    }

    /**
     * Hands each regular entry to the consumer, or none at all: the whole archive is inflated once, only
     * counting, before the first entry is handed over, so a refused archive leaves nothing behind.
     */
    public int expand(Path archive, EntryConsumer consumer) throws ArchiveRejectedException, IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<ZipEntry> documents = new ArrayList<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && !isHiddenOrSystem(entry.getName())) {
                    documents.add(entry);
                }
                if (documents.size() > limits.maxEntries()) {
                    throw new ArchiveRejectedException("The archive holds more than " + limits.maxEntries()
                            + " files; split it into smaller archives.");
                }
            }
            long[] counted = {0};
            for (ZipEntry entry : documents) {
                try (InputStream inflated = new CountingLimitStream(zip.getInputStream(entry),
                        limits.maxEntryBytes(), limits.maxTotalBytes(), counted)) {
                    inflated.transferTo(OutputStream.nullOutputStream());
                }
            }
            long[] total = {0};
            for (ZipEntry entry : documents) {
                try (InputStream inflated = new CountingLimitStream(zip.getInputStream(entry),
                        limits.maxEntryBytes(), limits.maxTotalBytes(), total)) {
                    consumer.accept(displayName(entry.getName()), inflated);
                } catch (UploadTooLargeException e) {
                    throw new ArchiveRejectedException("A file in the archive (" + displayName(entry.getName())
                            + ") is larger than the upload limit.");
                }
            }
            return documents.size();
        } catch (ZipException e) {
            throw new ArchiveRejectedException("The archive is damaged or not a zip file.");
        } catch (CountingLimitStream.LimitExceeded e) {
            throw new ArchiveRejectedException("The archive expands to more than "
                    + (limits.maxTotalBytes() / (1024 * 1024)) + " MB, or one of its files to more than "
                    + (limits.maxEntryBytes() / (1024 * 1024)) + " MB; it looks like a zip bomb.");
        }
    }

    private static boolean isHiddenOrSystem(String name) {
        String base = displayName(name);
        return base.startsWith(".") || name.startsWith("__MACOSX/") || base.equalsIgnoreCase("Thumbs.db");
    }

    static String displayName(String entryName) {
        String name = entryName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
