package org.commonslibrary.web.export;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.commonslibrary.search.api.CaseSummary;
import org.commonslibrary.search.api.LabelledValue;
import org.commonslibrary.search.api.PassageHit;
import org.commonslibrary.search.api.SearchHit;

/**
 * What every export format says about one hit: enough to cite it, naming the document, the pages the passages
 * come from and the address of the original.
 *
 * @param key   unique within the library, e.g. {@code document-42} or {@code case-7}
 * @param pages the pages of the passages that made it a hit, in order
 * @param place for a case, its city and country; null for a document
 */
public record Citation(String key, String type, String title, List<String> authors, String publisher,
        LocalDate date, String kind, String language, List<Integer> pages, URI url, String place, String status) {

    static Citation of(SearchHit hit, URI base) {
        List<Integer> pages = List.copyOf(new TreeSet<>(hit.passages().stream().map(PassageHit::page).toList()));
        CaseSummary example = hit.caseExample();
        return new Citation(hit.type() + "-" + hit.id(), hit.type(), hit.title(), authors(hit.authors()),
                hit.publisher(), hit.publicationDate(), hit.kind(), hit.language(), pages,
                base.resolve("/api/documents/" + hit.documentId() + "/original"),
                example == null ? null : place(example), example == null ? null : example.status());
    }

    /** Extracted author lists separate names with semicolons, or with commas when each name is one word. */
    private static List<String> authors(String authors) {
        if (authors == null || authors.isBlank()) {
            return List.of();
        }
        return Arrays.stream(authors.split(";")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    private static String place(CaseSummary example) {
        LabelledValue country = example.country();
        if (example.city() == null) {
            return country == null ? null : country.label();
        }
        return country == null ? example.city() : example.city() + ", " + country.label();
    }

    /** "p. 3" or "pp. 2, 5". */
    String pageList() {
        if (pages.isEmpty()) {
            return "";
        }
        String list = String.join(", ", pages.stream().map(String::valueOf).toList());
        return (pages.size() == 1 ? "p. " : "pp. ") + list;
    }

    /** For a case, what it is and where it comes from; for a document, the pages cited. */
    String note() {
        String cited = pageList().isEmpty() ? "" : "Cited at " + pageList() + ".";
        if (!"case".equals(type)) {
            return cited;
        }
        String where = place == null ? "" : " in " + place;
        return ("Case example" + where + " (" + status + "), described in this document. " + cited).strip();
    }
}
