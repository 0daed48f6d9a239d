package org.commonslibrary.ingest.extraction;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * A cheap first look at a file's magic bytes in this JVM, using only tika-core, so that images, archives,
 * videos and the like are refused without starting a parser. Office formats only show up as generic
 * containers here; the forked parser's full detector has the final word on those.
 */
final class ContentSniffer {

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    String sniff(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // An empty Metadata on purpose: with a resource name, Tika would let the extension sway the result.
            MediaType type = mimeTypes.detect(in, new Metadata());
            return type.getBaseType().toString();
        }
    }
}
