package org.commonslibrary.web.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * BibTeX entries: reports as {@code @techreport}, everything else as {@code @misc}. Values are braced, and the
 * characters BibTeX treats as commands or groups are escaped, so a title cannot break the file.
 */
final class BibtexCitations implements CitationWriter {

    @Override
    public void write(List<Citation> citations, Writer out) throws IOException {
        for (Citation c : citations) {
            boolean report = "report".equals(c.kind()) && "document".equals(c.type());
            out.write((report ? "@techreport{" : "@misc{") + "library-" + c.key() + ",\n");
            field(out, "title", c.title());
            if (!c.authors().isEmpty()) {
                field(out, "author", String.join(" and ", c.authors()));
            }
            field(out, report ? "institution" : "publisher", c.publisher());
            if (c.date() != null) {
                field(out, "year", String.valueOf(c.date().getYear()));
                field(out, "month", String.valueOf(c.date().getMonthValue()));
            }
            field(out, "pages", String.join(",", c.pages().stream().map(String::valueOf).toList()));
            field(out, "language", c.language());
            field(out, "url", c.url().toString());
            field(out, "note", c.note());
            out.write("}\n\n");
        }
    }

    private static void field(Writer out, String name, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            out.write("  " + name + " = {" + escape(value) + "},\n");
        }
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char ch : value.replaceAll("\\s+", " ").toCharArray()) {
            switch (ch) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '{', '}', '$', '&', '%', '#', '_' -> escaped.append('\\').append(ch);
                case '~' -> escaped.append("\\textasciitilde{}");
                case '^' -> escaped.append("\\textasciicircum{}");
                default -> escaped.append(ch);
            }
        }
        return escaped.toString();
    }
}
