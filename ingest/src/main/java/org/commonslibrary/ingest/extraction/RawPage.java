package org.commonslibrary.ingest.extraction;

import java.util.List;

/**
 * A page, slide, sheet or section as read from the XHTML, before sections are cut to size.
 *
 * @param number   position in document order, 1-based
 * @param text     normalised text, possibly empty for a blank page
 * @param headings normalised heading texts
 */
record RawPage(int number, String text, List<String> headings) {
}
