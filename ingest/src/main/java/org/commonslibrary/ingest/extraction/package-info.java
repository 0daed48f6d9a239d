/**
 * Turning uploaded files into text organised by pages, slides, sheets or sections.
 *
 * <p>{@link org.commonslibrary.ingest.extraction.ForkedTikaExtractor} runs Apache Tika in separate JVMs
 * through Tika's pipes, because parsers fed hostile or broken files can hang or exhaust any heap; confined to
 * a fork, such a file fails alone. This JVM needs only tika-core. The forks need tika-core,
 * tika-parsers-standard-package and all their dependencies (Jackson included) as plain jar files on disk,
 * given to the extractor as a classpath string such as {@code /opt/library/tika-lib/*}.
 *
 * <p>Everything a user may see is in {@link org.commonslibrary.ingest.extraction.ExtractionException}: a
 * stable {@link org.commonslibrary.ingest.extraction.ExtractionException.Reason} and a plain English
 * message.
 */
package org.commonslibrary.ingest.extraction;
