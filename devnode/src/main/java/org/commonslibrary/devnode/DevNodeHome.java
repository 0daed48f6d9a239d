package org.commonslibrary.devnode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A node's home folder. {@link DevNodeProcess} marks every home it uses, and {@link #wipe} deletes only marked or
 * empty folders, so that a mistyped {@code library.devnode.home} cannot delete anything else.
 */
public final class DevNodeHome {

    static final String MARKER_FILE = ".library-devnode-home";

    private DevNodeHome() {
    }

    /** Creates the folder if needed and marks it as a node home. */
    public static void prepare(Path home) {
        try {
            Files.createDirectories(home);
            Path marker = home.resolve(MARKER_FILE);
            if (!Files.exists(marker)) {
                Files.writeString(marker, "Home of a development OpenSearch node; may be deleted when no node runs.\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare node home " + home, e);
        }
    }

    /**
     * Deletes a node home with everything in it, for a fresh start. Does nothing if it does not exist.
     *
     * @throws IllegalStateException if the folder is neither empty nor marked as a node home
     */
    public static void wipe(Path home) {
        if (!Files.exists(home)) {
            return;
        }
        if (!Files.exists(home.resolve(MARKER_FILE)) && !isEmptyDirectory(home)) {
            throw new IllegalStateException("Refusing to delete " + home.toAbsolutePath()
                    + ": it is not empty and was not created as a development node home (no " + MARKER_FILE + ")");
        }
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete node home " + home, e);
        }
    }

    private static boolean isEmptyDirectory(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + path, e);
        }
    }
}
