package org.commonslibrary.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.commonslibrary.search.api.CaseSummary;
import org.commonslibrary.search.api.LabelledValue;
import org.commonslibrary.search.api.PassageHit;
import org.commonslibrary.search.api.SearchHit;
import org.junit.jupiter.api.Test;

class ExportFormatTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8080/api/");

    private static final SearchHit REPORT = new SearchHit("document", 42, 42,
            "=HYPERLINK(\"x\") {Water} & 100% of #1_cities", "report", "en", LocalDate.of(2013, 6, 5),
            "Observatory, Ltd", "Ana Pérez; John Smith",
            List.of(new PassageHit(5, "a", "/api/documents/42/original#page=5"),
                    new PassageHit(2, "b", "/api/documents/42/original#page=2"),
                    new PassageHit(5, "c", "/api/documents/42/original#page=5")), null,
            Instant.parse("2024-03-01T10:00:00Z"));

    private static final SearchHit CASE = new SearchHit("case", 7, 42, "Paris water\nback in public hands",
            "case-study", "fr", null, null, null, List.of(new PassageHit(3, "d", "/api/documents/42/original")),
            new CaseSummary("confirmed", "Paris", new LabelledValue("FR", "France"), null, List.of(), List.of(),
                    2010, null, List.of(), List.of(), 0.9), Instant.parse("2024-03-02T10:00:00Z"));

    private static String export(ExportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        format.write(List.of(REPORT, CASE), BASE, out);
        return out.toString();
    }

    @Test
    void csvQuotesWhatNeedsItAndDisarmsFormulas() throws IOException {
        String[] lines = export(ExportFormat.CSV).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("type,id,title,authors,publisher,date,kind,language,place,status,pages,url");
        assertThat(lines[1]).startsWith("document,document-42,\"'=HYPERLINK(\"\"x\"\") {Water} & 100% of #1_cities\",")
                .contains("\"Observatory, Ltd\"").contains(",2013-06-05,").contains(",2 5,")
                .endsWith("http://127.0.0.1:8080/api/documents/42/original");
        // a line break inside a title stays inside its quoted cell
        assertThat(lines[2]).startsWith("case,case-7,\"Paris water\nback in public hands\"")
                .contains("\"Paris, France\"").contains(",confirmed,3,");
    }

    @Test
    void bibtexEscapesItsSpecialCharacters() throws IOException {
        String bib = export(ExportFormat.BIBTEX);
        assertThat(bib).contains("@techreport{library-document-42,")
                .contains("title = {=HYPERLINK(\"x\") \\{Water\\} \\& 100\\% of \\#1\\_cities}")
                .contains("author = {Ana Pérez and John Smith}")
                .contains("institution = {Observatory, Ltd}")
                .contains("year = {2013}")
                .contains("pages = {2,5}")
                .contains("url = {http://127.0.0.1:8080/api/documents/42/original}")
                .contains("@misc{library-case-7,")
                .contains("title = {Paris water back in public hands}")
                .contains("note = {Case example in Paris, France (confirmed), described in this document. Cited at p. 3.}");
        long open = bib.chars().filter(c -> c == '{').count() - bib.split("\\\\\\{", -1).length + 1;
        long close = bib.chars().filter(c -> c == '}').count() - bib.split("\\\\\\}", -1).length + 1;
        assertThat(open).isEqualTo(close);
    }

    @Test
    void risKeepsEveryValueOnOneLine() throws IOException {
        String ris = export(ExportFormat.RIS);
        assertThat(ris.split("\r\n")).allSatisfy(line -> assertThat(line).matches("[A-Z][A-Z0-9]  - .*"));
        assertThat(ris).contains("TY  - RPRT\r\n").contains("AU  - Ana Pérez\r\nAU  - John Smith\r\n")
                .contains("DA  - 2013/06/05\r\n").contains("SP  - 2\r\nEP  - 5\r\n")
                .contains("TY  - CASE\r\n").contains("TI  - Paris water back in public hands\r\n");
        assertThat(ris.split("ER  - ", -1)).hasSize(3);
    }

    @Test
    void cslJsonIsValidJsonWithDatePartsAndPages() throws IOException {
        JsonArray items = Json.createReader(new StringReader(export(ExportFormat.CSLJSON))).readArray();
        assertThat(items).hasSize(2);
        JsonObject report = items.getJsonObject(0);
        assertThat(report.getString("id")).isEqualTo("library-document-42");
        assertThat(report.getString("type")).isEqualTo("report");
        assertThat(report.getJsonArray("author").getJsonObject(1).getString("literal")).isEqualTo("John Smith");
        assertThat(report.getJsonObject("issued").getJsonArray("date-parts").getJsonArray(0).toString())
                .isEqualTo("[2013,6,5]");
        assertThat(report.getString("page")).isEqualTo("2, 5");
        assertThat(items.getJsonObject(1).getString("note")).startsWith("Case example in Paris, France");
    }
}
