package org.commonslibrary.ingest.extraction;

import org.apache.tika.metadata.Metadata;

/**
 * A parse the forked JVM completed without error.
 *
 * @param mediaType detected type, without parameters
 * @param metadata  everything Tika declared about the file
 * @param xhtml     the body as Tika's XHTML, page and slide divisions included
 */
record ParsedFile(String mediaType, Metadata metadata, String xhtml) {
}
