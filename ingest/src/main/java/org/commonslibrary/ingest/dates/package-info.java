/**
 * Dates written in documents: {@link org.commonslibrary.ingest.dates.DateText} finds dates in English, French
 * and Spanish (month and weekday names come from one data file, {@code date-names.txt}), and
 * {@link org.commonslibrary.ingest.dates.PublicationDateFinder} picks the publication date from a first page.
 * Other steps (event sessions) build on {@code DateText} rather than carrying their own month names.
 */
package org.commonslibrary.ingest.dates;
