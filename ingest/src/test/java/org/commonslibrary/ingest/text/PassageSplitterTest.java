package org.commonslibrary.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commonslibrary.ingest.extraction.ExtractedPage;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {

    private final PassageSplitter splitter = new PassageSplitter();

    @Test
    void passagesAreWholeSentencesWithinTheLengthBounds() {
        String page = paragraphOfSentences(40);

        List<PassageDraft> passages = splitter.splitPage(1, page, 0);

        assertThat(passages).hasSizeGreaterThan(2);
        for (PassageDraft passage : passages) {
            assertThat(passage.text()).isEqualTo(page.substring(passage.startOffset(), passage.endOffset()));
            assertThat(passage.text().length()).isLessThanOrEqualTo(PassageSplitter.DEFAULT_MAX_CHARS);
            assertThat(passage.text()).startsWith("Sentence").endsWith(".");
        }
        assertThat(passages.subList(0, passages.size() - 1))
                .allSatisfy(p -> assertThat(p.text().length()).isGreaterThanOrEqualTo(PassageSplitter.DEFAULT_MIN_CHARS));
        assertThat(passages).extracting(PassageDraft::ordinal).containsExactly(
                java.util.stream.IntStream.range(0, passages.size()).boxed().toArray(Integer[]::new));
    }

    @Test
    void everyCharacterOfThePageIsInExactlyOnePassageExceptTheSpacesBetweenThem() {
        String page = paragraphOfSentences(25) + "\n\n" + paragraphOfSentences(7);

        List<PassageDraft> passages = splitter.splitPage(4, page, 10);

        int previousEnd = 0;
        for (PassageDraft passage : passages) {
            assertThat(page.substring(previousEnd, passage.startOffset())).isBlank();
            previousEnd = passage.endOffset();
        }
        assertThat(page.substring(previousEnd)).isBlank();
        assertThat(passages).allSatisfy(p -> assertThat(p.pageNumber()).isEqualTo(4));
        assertThat(passages.get(0).ordinal()).isEqualTo(10);
    }

    @Test
    void passagesNeverSpanTwoPagesAndOrdinalsRunAcrossTheDocument() {
        List<ExtractedPage> pages = List.of(
                new ExtractedPage(1, "Short first page.", List.of()),
                new ExtractedPage(3, "Short third page. It has two sentences.", List.of()));

        List<PassageDraft> passages = splitter.split(pages);

        assertThat(passages).extracting(PassageDraft::pageNumber).containsExactly(1, 3);
        assertThat(passages).extracting(PassageDraft::ordinal).containsExactly(0, 1);
        assertThat(passages.get(1).text()).isEqualTo("Short third page. It has two sentences.");
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNotEndSentences() {
        SentenceSegmenter segmenter = new SentenceSegmenter();
        String text = "Cities, e.g. Bologna and Naples, grew by 2.5 per cent. Sr. García signed art. 3 on p. 12. "
                + "J. K. Smith agreed. Mme. Dupont also signed, cf. annex B. The U.S. delegation left. "
                + "The answer was no. Then the meeting ended… Everyone went home! ¿Y ahora? «Nada».";

        List<String> sentences = segmenter.sentences(text).stream()
                .map(span -> text.substring(span.start(), span.end())).toList();

        assertThat(sentences).containsExactly(
                "Cities, e.g. Bologna and Naples, grew by 2.5 per cent.",
                "Sr. García signed art. 3 on p. 12.",
                "J. K. Smith agreed.",
                "Mme. Dupont also signed, cf. annex B. The U.S. delegation left.",
                "The answer was no.",
                "Then the meeting ended…",
                "Everyone went home!",
                "¿Y ahora?",
                "«Nada».");
    }

    @Test
    void headingsAndListItemsSeparatedByBlankLinesAreTheirOwnSentences() {
        SentenceSegmenter segmenter = new SentenceSegmenter();
        String text = "Introduction\n\nThe programme started in 2019\nand grew quickly.\n\n- first item\n\n- second item";

        List<TextSpan> spans = segmenter.sentences(text);

        assertThat(spans).extracting(span -> text.substring(span.start(), span.end())).containsExactly(
                "Introduction", "The programme started in 2019\nand grew quickly.", "- first item", "- second item");
        assertThat(spans).allSatisfy(span -> assertThat(span.paragraphStart()).isTrue());
    }

    @Test
    void overlongSentenceIsCutBetweenWordsPreferablyAfterAClause() {
        String clause = "the assembly discussed the budget of the shared workshop in great detail";
        String sentence = "First " + (clause + ", ").repeat(25) + "and then it closed.";

        List<PassageDraft> passages = splitter.splitPage(1, sentence, 0);

        assertThat(passages).hasSizeGreaterThan(1);
        for (PassageDraft passage : passages) {
            assertThat(passage.text().length()).isLessThanOrEqualTo(PassageSplitter.DEFAULT_MAX_CHARS);
            assertThat(passage.text()).doesNotStartWith(" ").doesNotEndWith(" ");
        }
        assertThat(passages.subList(0, passages.size() - 1)).allSatisfy(p -> assertThat(p.text()).endsWith(","));
        assertThat(String.join(" ", passages.stream().map(PassageDraft::text).toList())).isEqualTo(sentence);
    }

    @Test
    void aSingleEnormousWordIsCutOnlyBecauseItMustBe() {
        String url = "https://example.org/" + "a".repeat(1_000);

        List<PassageDraft> passages = splitter.splitPage(1, "See " + url, 0);

        assertThat(passages).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(800));
        assertThat(String.join("", passages.stream().map(PassageDraft::text).toList())).isEqualTo("See" + url);
    }

    @Test
    void aShortLastParagraphJoinsThePassageBeforeIt() {
        String page = paragraphOfSentences(6) + "\n\nThanks.";

        List<PassageDraft> passages = splitter.splitPage(1, page, 0);

        assertThat(passages.get(passages.size() - 1).text()).endsWith("\n\nThanks.");
    }

    @Test
    void emptyPageHasNoPassages() {
        assertThat(splitter.splitPage(1, "  \n\n ", 0)).isEmpty();
    }

    private static String paragraphOfSentences(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            if (i > 1) {
                text.append(' ');
            }
            text.append("Sentence ").append(i).append(" says that the neighbourhood garden needs more volunteers.");
        }
        return text.toString();
    }
}
