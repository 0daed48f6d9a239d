package org.commonslibrary.web.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

import jakarta.servlet.ServletContext;

/**
 * Unpacks the Tika parser jars that travel in {@code WEB-INF/tika-lib} into a plain folder, because the
 * forked parser JVM needs real files on its classpath and a deployment's jars are not real files.
 */
final class TikaRuntime {

    static final String JAR_FOLDER = "/WEB-INF/tika-lib/";

    private TikaRuntime() {
    }

    /** @return a classpath for the fork: the unpacked folder with a wildcard */
    static String unpack(ServletContext context, Path target) {
        Set<String> jars = context.getResourcePaths(JAR_FOLDER);
        if (jars == null || jars.isEmpty()) {
            throw new IllegalStateException("The WAR has no Tika parser jars in " + JAR_FOLDER
                    + "; it was not built with the project's build.");
        }
        try {
            Files.createDirectories(target);
            for (String jar : jars) {
                if (!jar.endsWith(".jar")) {
                    continue;
                }
                Path file = target.resolve(jar.substring(JAR_FOLDER.length()));
                try (InputStream in = context.getResourceAsStream(jar)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The Tika parser jars cannot be unpacked into " + target, e);
        }
        return target + "/*";
    }
}
