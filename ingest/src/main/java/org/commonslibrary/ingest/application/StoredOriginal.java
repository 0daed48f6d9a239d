package org.commonslibrary.ingest.application;

/**
 * An uploaded file as kept by the library.
 *
 * @param storageKey the generated name it is stored under
 * @param sha256     hex digest of its bytes, which identifies exact duplicates
 * @param sizeBytes  its length
 */
public record StoredOriginal(String storageKey, String sha256, long sizeBytes) {
}
