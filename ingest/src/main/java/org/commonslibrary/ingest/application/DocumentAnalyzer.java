package org.commonslibrary.ingest.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonslibrary.ingest.cases.CaseProposer;
import org.commonslibrary.ingest.cases.PassageFindings;
import org.commonslibrary.ingest.dates.PublicationDateFinder;
import org.commonslibrary.ingest.events.SessionExtractor;
import org.commonslibrary.ingest.extraction.ExtractedDocument;
import org.commonslibrary.ingest.extraction.ExtractedPage;
import org.commonslibrary.ingest.fingerprint.TextFingerprint;
import org.commonslibrary.ingest.places.CountryRegions;
import org.commonslibrary.ingest.places.Gazetteer;
import org.commonslibrary.ingest.places.PlaceFinder;
import org.commonslibrary.ingest.places.PlaceMention;
import org.commonslibrary.ingest.places.PlaceType;
import org.commonslibrary.ingest.tagging.ConceptMatch;
import org.commonslibrary.ingest.tagging.ConceptTagger;
import org.commonslibrary.ingest.tagging.DocumentConcepts;
import org.commonslibrary.ingest.text.DocumentKindClassifier;
import org.commonslibrary.ingest.text.LanguageDetector;
import org.commonslibrary.ingest.text.PassageDraft;
import org.commonslibrary.ingest.text.PassageSplitter;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.model.vocabulary.ConceptType;

/**
 * The pure steps between extraction and persistence: passages per page, languages, kind, publication date,
 * concepts and places per passage and for the document, event sessions, case proposals and a fingerprint
 * of the text. No I/O, so it is cheap to test and to run again.
 */
public class DocumentAnalyzer {

    private final PassageSplitter splitter = new PassageSplitter();
    private final LanguageDetector languages = new LanguageDetector();
    private final DocumentKindClassifier kinds = new DocumentKindClassifier();
    private final ConceptScheme scheme = ConceptScheme.standard();
    private final ConceptTagger tagger = ConceptTagger.standard();
    private final PlaceFinder placeFinder = PlaceFinder.shared();
    private final CountryRegions regions = CountryRegions.shared();
    private final SessionExtractor sessions = new SessionExtractor();
    private final CaseProposer proposer = new CaseProposer(scheme, Gazetteer.shared(), regions);

    public AnalyzedDocument analyze(ExtractedDocument extracted) {
        String language = languages.detect(extracted);
        LocalDate published = publicationDate(extracted, language);

        List<AnalyzedDocument.PassageText> passages = new ArrayList<>();
        List<PassageFindings> findings = new ArrayList<>();
        List<List<ConceptMatch>> conceptsPerPassage = new ArrayList<>();
        Map<String, PlaceCount> placeCounts = new LinkedHashMap<>();
        for (PassageDraft draft : splitter.split(extracted.pages())) {
            String passageLanguage = passageLanguage(draft.text(), language);
            List<ConceptMatch> concepts = tagger.tag(draft.text(), passageLanguage);
            List<PlaceMention> places = placeFinder.find(draft.text(), passageLanguage);
            conceptsPerPassage.add(concepts);
            places.forEach(p -> placeCounts.computeIfAbsent(placeKey(p), k -> new PlaceCount(p)).mentions++);
            findings.add(new PassageFindings(passages.size(), draft.pageNumber(), draft.text(), concepts, places));
            passages.add(new AnalyzedDocument.PassageText(draft.pageNumber(), draft.ordinal(), draft.text(),
                    draft.startOffset(), draft.endOffset(), passageLanguage,
                    concepts.stream().map(m -> new AnalyzedDocument.Mention(m.conceptId(), m.matchedText(),
                            m.start(), m.end())).toList(),
                    places.stream().map(p -> new AnalyzedDocument.PlaceFound(p.countryCode(), p.cityId(), p.name(),
                            p.matchedText(), p.start(), p.end())).toList()));
        }

        DocumentConcepts documentConcepts = DocumentConcepts.summarise(
                tagger.tag(extracted.title(), language), conceptsPerPassage);
        List<String> mainConcepts = documentConcepts.mainConceptIds();
        List<AnalyzedDocument.ConceptTag> conceptTags = documentConcepts.counts().stream()
                .filter(c -> mainConcepts.contains(c.conceptId()))
                .map(c -> new AnalyzedDocument.ConceptTag(c.conceptId(), c.mentions())).toList();
        List<String> mainSectors = mainConcepts.stream()
                .filter(id -> scheme.find(id).filter(c -> c.type() == ConceptType.SECTOR).isPresent()).toList();

        return new AnalyzedDocument(extracted.title(), kinds.classify(extracted), language, extracted.authors(),
                extracted.publisher(), published, extracted.mediaType(), pages(extracted), passages, conceptTags,
                placeTags(placeCounts), sessions(extracted, language, published),
                proposer.propose(findings, mainSectors, language), TextFingerprint.of(extracted.fullText()).encoded());
    }

    private String passageLanguage(String text, String documentLanguage) {
        String detected = languages.detect(text);
        // A passage too short to tell keeps its document's language rather than "undetermined".
        return LanguageDetector.UNDETERMINED.equals(detected) ? documentLanguage : detected;
    }

    private static LocalDate publicationDate(ExtractedDocument extracted, String language) {
        // A date the text states beats file metadata, which often holds only when the file was saved.
        return extracted.pages().stream().findFirst()
                .flatMap(first -> new PublicationDateFinder(language).find(first.text()))
                .orElse(extracted.publicationDate());
    }

    private List<AnalyzedDocument.Session> sessions(ExtractedDocument extracted, String language, LocalDate date) {
        List<AnalyzedDocument.Session> found = new ArrayList<>();
        for (ExtractedPage page : extracted.pages()) {
            sessions.extract(page.text(), language, date).forEach(s -> found.add(new AnalyzedDocument.Session(
                    s.start(), s.end(), s.zoneLabel(), page.number(), s.sourceText())));
        }
        return found;
    }

    private static List<AnalyzedDocument.PageText> pages(ExtractedDocument extracted) {
        return extracted.pages().stream().map(p -> new AnalyzedDocument.PageText(p.number(), p.text())).toList();
    }

    private List<AnalyzedDocument.PlaceTag> placeTags(Map<String, PlaceCount> counts) {
        return counts.values().stream().map(c -> new AnalyzedDocument.PlaceTag(c.place.countryCode(),
                c.place.cityId(), c.place.type() == PlaceType.CITY ? c.place.name() : null,
                regions.regionOf(c.place.countryCode()).orElse(null), c.mentions)).toList();
    }

    private static String placeKey(PlaceMention place) {
        return place.type() == PlaceType.CITY ? "city:" + place.cityId() : "country:" + place.countryCode();
    }

    /** How often one place is named across the document. */
    private static final class PlaceCount {
        final PlaceMention place;
        int mentions;

        PlaceCount(PlaceMention place) {
            this.place = place;
        }
    }
}
