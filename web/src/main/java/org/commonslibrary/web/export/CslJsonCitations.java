package org.commonslibrary.web.export;

import java.io.Writer;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;

/** CSL-JSON, the input of citation processors (Zotero, citeproc, pandoc). */
final class CslJsonCitations implements CitationWriter {

    private static final Map<String, String> TYPES = Map.of("report", "report", "legal-instrument", "legislation",
            "policy-paper", "report");

    @Override
    public void write(List<Citation> citations, Writer out) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Citation c : citations) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", "library-" + c.key())
                    .add("type", "case".equals(c.type()) ? "document" : TYPES.getOrDefault(c.kind(), "document"))
                    .add("title", c.title())
                    .add("URL", c.url().toString());
            if (!c.authors().isEmpty()) {
                JsonArrayBuilder authors = Json.createArrayBuilder();
                c.authors().forEach(a -> authors.add(Json.createObjectBuilder().add("literal", a)));
                item.add("author", authors);
            }
            if (c.publisher() != null) {
                item.add("publisher", c.publisher());
            }
            if (c.date() != null) {
                item.add("issued", Json.createObjectBuilder().add("date-parts", Json.createArrayBuilder()
                        .add(Json.createArrayBuilder().add(c.date().getYear()).add(c.date().getMonthValue())
                                .add(c.date().getDayOfMonth()))));
            }
            if (!c.pages().isEmpty()) {
                item.add("page", String.join(", ", c.pages().stream().map(String::valueOf).toList()));
            }
            if (c.language() != null) {
                item.add("language", c.language());
            }
            if (!c.note().isEmpty()) {
                item.add("note", c.note());
            }
            items.add(item);
        }
        try (JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
            generator.write(items.build());
        }
    }
}
