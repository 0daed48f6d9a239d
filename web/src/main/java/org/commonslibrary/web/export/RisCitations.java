package org.commonslibrary.web.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * RIS records for reference managers: one tag a line, so every value is kept to one line. Reports are
 * {@code RPRT}, legal instruments {@code BILL}, case examples {@code CASE}, the rest {@code GEN}.
 */
final class RisCitations implements CitationWriter {

    private static final Map<String, String> TYPES = Map.of("report", "RPRT", "legal-instrument", "BILL");

    @Override
    public void write(List<Citation> citations, Writer out) throws IOException {
        for (Citation c : citations) {
            tag(out, "TY", "case".equals(c.type()) ? "CASE" : TYPES.getOrDefault(c.kind(), "GEN"));
            tag(out, "ID", "library-" + c.key());
            tag(out, "TI", c.title());
            for (String author : c.authors()) {
                tag(out, "AU", author);
            }
            tag(out, "PB", c.publisher());
            if (c.date() != null) {
                tag(out, "PY", String.valueOf(c.date().getYear()));
                tag(out, "DA", String.format("%04d/%02d/%02d", c.date().getYear(), c.date().getMonthValue(),
                        c.date().getDayOfMonth()));
            }
            if (!c.pages().isEmpty()) {
                tag(out, "SP", String.valueOf(c.pages().get(0)));
                tag(out, "EP", String.valueOf(c.pages().get(c.pages().size() - 1)));
            }
            tag(out, "LA", c.language());
            tag(out, "UR", c.url().toString());
            tag(out, "N1", c.note());
            out.write("ER  - \r\n");
        }
    }

    private static void tag(Writer out, String tag, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            out.write(tag + "  - " + value.replaceAll("[\\r\\n]+", " ").strip() + "\r\n");
        }
    }
}
