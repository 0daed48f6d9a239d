package org.commonslibrary.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SectionSplitterTest {

    @Test
    void longSectionIsCutAtParagraphsWithoutLosingText() {
        StringBuilder text = new StringBuilder("Heading of the chapter");
        for (int i = 0; i < 120; i++) {
            text.append("\n\nParagraph ").append(i).append(" has a few words about shared gardens and workshops.");
        }
        List<RawPage> sections = SectionSplitter.split(
                List.of(new RawPage(1, text.toString(), List.of("Heading of the chapter"))), false);

        assertThat(sections).hasSizeGreaterThan(1);
        assertThat(sections).extracting(RawPage::number).startsWith(1, 2);
        assertThat(sections).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(SectionSplitter.MAX_CHARS));
        assertThat(sections.subList(1, sections.size()))
                .allSatisfy(s -> assertThat(s.text()).as("cut at a paragraph").startsWith("Paragraph"));
        assertThat(sections.get(0).headings()).containsExactly("Heading of the chapter");
        assertThat(joined(sections)).isEqualTo(text.toString());
    }

    @Test
    void textWithoutAnyBreakIsCutBetweenWords() {
        String text = "word ".repeat(3_000).strip();

        List<RawPage> sections = SectionSplitter.split(List.of(new RawPage(1, text, List.of())), false);

        assertThat(sections).allSatisfy(s -> assertThat(s.text()).doesNotStartWith(" ").doesNotEndWith(" ")
                .matches("(word ?)+"));
        assertThat(String.join(" ", sections.stream().map(RawPage::text).toList())).isEqualTo(text);
    }

    @Test
    void shortSectionsAreLeftAlone() {
        List<RawPage> input = List.of(new RawPage(1, "One", List.of("One")), new RawPage(2, "Two", List.of()));

        assertThat(SectionSplitter.split(input, false)).isEqualTo(input);
    }

    private static String joined(List<RawPage> sections) {
        List<String> texts = new ArrayList<>();
        for (RawPage section : sections) {
            texts.add(section.text());
        }
        return String.join("\n\n", texts);
    }
}
