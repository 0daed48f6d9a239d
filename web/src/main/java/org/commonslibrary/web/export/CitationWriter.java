package org.commonslibrary.web.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes citations in one export format. */
interface CitationWriter {

    void write(List<Citation> citations, Writer out) throws IOException;
}
