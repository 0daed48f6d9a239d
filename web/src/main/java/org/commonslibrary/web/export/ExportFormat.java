package org.commonslibrary.web.export;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.commonslibrary.search.api.SearchHit;

/** The formats a result set can be exported in, with the media type and file extension of each. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8", "csv", new CsvCitations()),
    BIBTEX("bibtex", "application/x-bibtex; charset=UTF-8", "bib", new BibtexCitations()),
    RIS("ris", "application/x-research-info-systems; charset=UTF-8", "ris", new RisCitations()),
    CSLJSON("csljson", "application/vnd.citationstyles.csl+json; charset=UTF-8", "json", new CslJsonCitations());

    private final String apiName;
    private final String mediaType;
    private final String extension;
    private final CitationWriter writer;

    ExportFormat(String apiName, String mediaType, String extension, CitationWriter writer) {
        this.apiName = apiName;
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return "library-search." + extension;
    }

    /** Writes the hits as citations; links to originals are made absolute against {@code base}. */
    public void write(List<SearchHit> hits, URI base, Writer out) throws IOException {
        writer.write(hits.stream().map(hit -> Citation.of(hit, base)).toList(), out);
    }

    public static Optional<ExportFormat> fromApiName(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.apiName).toList());
    }
}
