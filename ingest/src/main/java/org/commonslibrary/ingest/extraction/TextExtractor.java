package org.commonslibrary.ingest.extraction;

import java.nio.file.Path;

/** Turns an uploaded file into text organised by pages. */
public interface TextExtractor {

    /**
     * @param file a readable regular file; it is neither moved nor modified
     * @throws ExtractionException when the file cannot be turned into text; its message is meant for the
     *                             person who uploaded the file
     */
    ExtractedDocument extract(Path file) throws ExtractionException;
}
