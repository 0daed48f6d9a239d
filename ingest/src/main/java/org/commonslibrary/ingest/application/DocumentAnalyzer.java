package org.commonslibrary.ingest.application;

import java.util.List;

import org.commonslibrary.ingest.extraction.ExtractedDocument;
import org.commonslibrary.ingest.text.DocumentKindClassifier;
import org.commonslibrary.ingest.text.LanguageDetector;
import org.commonslibrary.ingest.text.PassageDraft;
import org.commonslibrary.ingest.text.PassageSplitter;

/**
 * The pure steps between extraction and persistence: passages per page, the language of the document and
 * of each passage, and the document's kind. No I/O, so it is cheap to test and to run again.
 */
public class DocumentAnalyzer {

    private final PassageSplitter splitter = new PassageSplitter();
    private final LanguageDetector languages = new LanguageDetector();
    private final DocumentKindClassifier kinds = new DocumentKindClassifier();

    public AnalyzedDocument analyze(ExtractedDocument extracted) {
        String documentLanguage = languages.detect(extracted);
        List<AnalyzedDocument.PageText> pages = extracted.pages().stream()
                .map(p -> new AnalyzedDocument.PageText(p.number(), p.text()))
                .toList();
        List<AnalyzedDocument.PassageText> passages = splitter.split(extracted.pages()).stream()
                .map(p -> passage(p, documentLanguage))
                .toList();
        return new AnalyzedDocument(extracted.title(), kinds.classify(extracted), documentLanguage,
                extracted.authors(), extracted.publisher(), extracted.publicationDate(), extracted.mediaType(), pages,
                passages);
    }

    private AnalyzedDocument.PassageText passage(PassageDraft draft, String documentLanguage) {
        String language = languages.detect(draft.text());
        // A passage too short to tell keeps its document's language rather than "undetermined".
        if (LanguageDetector.UNDETERMINED.equals(language)) {
            language = documentLanguage;
        }
        return new AnalyzedDocument.PassageText(draft.pageNumber(), draft.ordinal(), draft.text(),
                draft.startOffset(), draft.endOffset(), language);
    }
}
