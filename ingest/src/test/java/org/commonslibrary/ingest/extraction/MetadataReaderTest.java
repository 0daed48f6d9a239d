package org.commonslibrary.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private final MetadataReader reader = new MetadataReader(new PlaceholderValues());

    private static final List<RawPage> PAGES = List.of(
            new RawPage(1, "- 1 -\nAnnual review of the urban commons programme\nMore text.", List.of()),
            new RawPage(2, "Second page", List.of("Findings")));

    @Test
    void placeholderAndFileNameTitlesAreIgnored() {
        for (String placeholder : List.of("Untitled", "Présentation PowerPoint", "PRESENTACION DE POWERPOINT",
                "Microsoft Word - plan_movilidad_2024.docx", "informe-final.pdf", "   ", "1234")) {
            assertThat(reader.title(titled(placeholder), PAGES)).as(placeholder).isEqualTo("Findings");
        }
    }

    @Test
    void firstLineWithWordsIsTheLastResort() {
        List<RawPage> noHeadings = List.of(new RawPage(1, "- 1 -\nAnnual review of the urban commons programme", List.of()));

        assertThat(reader.title(new Metadata(), noHeadings)).isEqualTo("Annual review of the urban commons programme");
    }

    @Test
    void overlongTitlesAreShortenedAtAWord() {
        String title = reader.title(titled("Commons " + "and more commons ".repeat(30)), PAGES);

        assertThat(title).hasSizeLessThanOrEqualTo(201).endsWith("…").doesNotContain("  ");
    }

    @Test
    void authorsAreSplitCleanedAndStrippedOfPlaceholders() {
        Metadata metadata = new Metadata();
        metadata.add(TikaCoreProperties.CREATOR, "Ana Torres <ana@example.org>; Utilisateur Windows");
        metadata.add(TikaCoreProperties.CREATOR, "\"Louis Martin\"");
        metadata.add(TikaCoreProperties.CREATOR, "Ana Torres");

        assertThat(reader.authors(metadata)).containsExactly("Ana Torres", "Louis Martin");
    }

    @Test
    void implausibleDatesAreDropped() {
        assertThat(reader.publicationDate(dated("1601-01-01T00:00:00Z"))).isNull();
        assertThat(reader.publicationDate(dated(LocalDate.now().plusYears(3) + "T00:00:00Z"))).isNull();
        assertThat(reader.publicationDate(dated("not a date"))).isNull();
        assertThat(reader.publicationDate(dated("2019-02-30T00:00:00Z"))).isNull();
        assertThat(reader.publicationDate(dated("2019-02-28T23:00:00Z"))).isEqualTo(LocalDate.of(2019, 2, 28));
    }

    @Test
    void summaryKeepsUsefulKeysAndFlagsUnreadableParts() {
        Metadata metadata = new Metadata();
        metadata.set("pdf:producer", "LibreOffice 7.6");
        metadata.set("dc:language", "fr-FR");
        metadata.add("meta:keyword", "communs");
        metadata.add("meta:keyword", "urbanisme");
        metadata.set("X-TIKA:EXCEPTION:embedded_exception", "java.io.IOException: bad image");

        assertThat(reader.summary(metadata, "text/html; charset=windows-1252"))
                .containsEntry("producer", "LibreOffice 7.6")
                .containsEntry("declaredLanguage", "fr-FR")
                .containsEntry("keywords", "communs; urbanisme")
                .containsEntry("charset", "windows-1252")
                .containsKey("warning");
    }

    private static Metadata titled(String title) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.TITLE, title);
        return metadata;
    }

    private static Metadata dated(String date) {
        Metadata metadata = new Metadata();
        metadata.set("dcterms:created", date);
        return metadata;
    }
}
