package org.commonslibrary.bench.corpus;

/** Renders a generated document as a small, valid HTML page, the cheapest format the ingest accepts. */
final class HtmlRenderer {

    String render(GeneratedDocument document) {
        StringBuilder html = new StringBuilder(document.paragraphCount() * 700 + 512);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(document.profile().language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(document.title())).append("</title>\n")
                .append("<meta name=\"generator\" content=\"Commons Knowledge Library benchmark corpus\">\n")
                .append("</head>\n<body>\n<h1>").append(escape(document.title())).append("</h1>\n")
                .append("<p>").append(escape(document.publishedLine())).append("</p>\n");
        for (GeneratedDocument.Section section : document.sections()) {
            if (section.heading() != null) {
                html.append("<h2>").append(escape(section.heading())).append("</h2>\n");
            }
            for (String paragraph : section.paragraphs()) {
                html.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
