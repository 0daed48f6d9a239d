package org.commonslibrary.ingest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the module's hand-written data files: UTF-8, one entry per line, {@code #} starts a comment line.
 * Keeping word lists out of Java source lets them be reviewed and extended by people who know the
 * languages rather than the code.
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    /**
     * @param anchor   a class whose package holds the resource
     * @param resource file name relative to that package
     * @return trimmed, non-blank, non-comment lines in file order
     */
    public static List<String> read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource + " next to " + anchor.getName());
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }
}
