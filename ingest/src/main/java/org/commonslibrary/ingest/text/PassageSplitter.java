package org.commonslibrary.ingest.text;

import java.util.ArrayList;
import java.util.List;

import org.commonslibrary.ingest.extraction.ExtractedPage;

/**
 * Cuts pages into passages of a few whole sentences, the unit that search results quote and link to. A
 * passage never spans two pages (so it can cite one page number) and never ends inside a word. Sentences
 * are gathered until the next one would push a passage past the maximum; a passage that has reached the
 * minimum also ends where a new paragraph starts. Only a sentence longer than the maximum is cut inside,
 * after a comma or semicolon if possible, else between words.
 *
 * <p>Thread-safe.
 */
public final class PassageSplitter {

    public static final int DEFAULT_MIN_CHARS = 400;
    public static final int DEFAULT_MAX_CHARS = 800;

    private final int minChars;
    private final int maxChars;
    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    public PassageSplitter() {
        this(DEFAULT_MIN_CHARS, DEFAULT_MAX_CHARS);
    }

    /**
     * @param minChars length at which a passage may end at a paragraph break
     * @param maxChars length a passage does not exceed, unless one word is longer
     */
    public PassageSplitter(int minChars, int maxChars) {
        if (minChars < 1 || maxChars < minChars) {
            throw new IllegalArgumentException("need 1 <= minChars <= maxChars, got " + minChars + ", " + maxChars);
        }
        this.minChars = minChars;
        this.maxChars = maxChars;
    }

    /** Passages of all pages in page order, numbered from 0 across the document. */
    public List<PassageDraft> split(List<ExtractedPage> pages) {
        List<PassageDraft> passages = new ArrayList<>();
        for (ExtractedPage page : pages) {
            passages.addAll(splitPage(page.number(), page.text(), passages.size()));
        }
        return passages;
    }

    /**
     * @param firstOrdinal the ordinal to give this page's first passage
     */
    public List<PassageDraft> splitPage(int pageNumber, String pageText, int firstOrdinal) {
        List<TextSpan> pieces = new ArrayList<>();
        for (TextSpan sentence : segmenter.sentences(pageText)) {
            if (sentence.length() <= maxChars) {
                pieces.add(sentence);
            } else {
                pieces.addAll(cutLongSentence(pageText, sentence));
            }
        }
        List<TextSpan> passages = pack(pieces);
        List<PassageDraft> drafts = new ArrayList<>(passages.size());
        for (TextSpan span : passages) {
            drafts.add(new PassageDraft(pageNumber, firstOrdinal + drafts.size(),
                    pageText.substring(span.start(), span.end()), span.start(), span.end()));
        }
        return drafts;
    }

    private List<TextSpan> pack(List<TextSpan> pieces) {
        List<TextSpan> passages = new ArrayList<>();
        TextSpan current = null;
        for (TextSpan piece : pieces) {
            if (current == null) {
                current = piece;
            } else if (piece.end() - current.start() > maxChars
                    || current.length() >= minChars && piece.paragraphStart()) {
                passages.add(current);
                current = piece;
            } else {
                current = new TextSpan(current.start(), piece.end(), current.paragraphStart());
            }
        }
        if (current != null) {
            passages.add(current);
        }
        mergeShortTail(passages);
        return passages;
    }

    /** A last passage of a line or two reads better joined to the one before, when both still fit. */
    private void mergeShortTail(List<TextSpan> passages) {
        int last = passages.size() - 1;
        if (last < 1) {
            return;
        }
        TextSpan tail = passages.get(last);
        TextSpan previous = passages.get(last - 1);
        if (tail.length() < minChars / 2 && tail.end() - previous.start() <= maxChars) {
            passages.set(last - 1, new TextSpan(previous.start(), tail.end(), previous.paragraphStart()));
            passages.remove(last);
        }
    }

    private List<TextSpan> cutLongSentence(String text, TextSpan sentence) {
        List<TextSpan> parts = new ArrayList<>();
        int start = sentence.start();
        boolean first = true;
        while (sentence.end() - start > maxChars) {
            int cut = cutPoint(text, start, start + maxChars);
            int end = SentenceSegmenter.trimEnd(text, start, cut);
            parts.add(new TextSpan(start, end, first && sentence.paragraphStart()));
            first = false;
            start = SentenceSegmenter.skipWhitespace(text, cut);
        }
        if (start < sentence.end()) {
            parts.add(new TextSpan(start, sentence.end(), first && sentence.paragraphStart()));
        }
        return parts;
    }

    /** Where to end a part that must finish by {@code limit}: after a clause if one ends late enough, else at a space. */
    private static int cutPoint(String text, int start, int limit) {
        int earliestClauseEnd = start + (limit - start) / 2;
        for (int i = limit; i > earliestClauseEnd; i--) {
            char c = text.charAt(i - 1);
            if ((c == ',' || c == ';' || c == ':') && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        for (int i = limit; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        // A single "word" longer than a passage (a URL, a run of digits): cut it, keeping surrogate pairs whole.
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
