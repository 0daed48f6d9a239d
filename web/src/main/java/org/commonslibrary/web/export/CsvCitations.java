package org.commonslibrary.web.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV, one row a hit. A cell that a spreadsheet would read as a formula (starting with =, +, -, @,
 * a tab or a carriage return) gets a leading apostrophe, as OWASP advises against CSV injection: titles and
 * authors come from uploaded files.
 */
final class CsvCitations implements CitationWriter {

    private static final List<String> HEADER = List.of("type", "id", "title", "authors", "publisher", "date",
            "kind", "language", "place", "status", "pages", "url");

    @Override
    public void write(List<Citation> citations, Writer out) throws IOException {
        row(out, HEADER);
        for (Citation c : citations) {
            row(out, List.of(c.type(), c.key(), text(c.title()), String.join("; ", c.authors()), text(c.publisher()),
                    c.date() == null ? "" : c.date().toString(), text(c.kind()), text(c.language()), text(c.place()),
                    text(c.status()), String.join(" ", c.pages().stream().map(String::valueOf).toList()),
                    c.url().toString()));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
