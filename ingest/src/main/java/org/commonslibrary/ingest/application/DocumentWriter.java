package org.commonslibrary.ingest.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.commonslibrary.ingest.cases.CaseCandidate;
import org.commonslibrary.model.cases.CaseExample;
import org.commonslibrary.model.document.ConceptMention;
import org.commonslibrary.model.document.DocumentConcept;
import org.commonslibrary.model.document.DocumentPlace;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.document.Passage;
import org.commonslibrary.model.document.PlaceMention;
import org.commonslibrary.model.events.EventSession;
import org.commonslibrary.model.ingest.IngestJob;

/**
 * Persists an analysed document with its pages, passages, tags, sessions and proposed cases in one
 * transaction: either the whole document is in the library (and, on commit, in the index) or none of it is.
 */
@ApplicationScoped
public class DocumentWriter {

    private static final int MAX_TITLE = 1000;
    private static final int MAX_FIELD = 500;

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Inject
    IngestJobs jobs;

    @Inject
    NearDuplicates nearDuplicates;

    /**
     * Writes the job's document. The job is not closed here: it is marked done by the caller once this
     * transaction has committed, when the document is searchable, so that "done" never runs ahead of the
     * index.
     *
     * @return the id of the job's document; empty when the job is over (finished before, or ended now as
     *         the duplicate of another job's document)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> write(String jobId, AnalyzedDocument analyzed) {
        IngestJob job = entityManager.find(IngestJob.class, jobId);
        if (job == null || job.getState().isFinished()) {
            return Optional.empty();
        }
        Optional<LibraryDocument> existing = jobs.documentWithHash(job.getSha256()).flatMap(jobs::document);
        if (existing.isPresent()) {
            // The same job run again after a restart finds its own document; anything else is a duplicate.
            if (existing.get().getStorageKey().equals(job.getStorageKey())) {
                return Optional.of(existing.get().getId());
            }
            job.markDuplicate(existing.get().getId(), Instant.now());
            return Optional.empty();
        }
        LibraryDocument document = new LibraryDocument(clip(analyzed.title(), MAX_TITLE), analyzed.kind(),
                analyzed.language(), analyzed.mediaType(), job.getOriginalFilename(), job.getStorageKey(),
                job.getSha256(), job.getSizeBytes(), Instant.now());
        document.setAuthors(analyzed.authors().isEmpty() ? null : clip(String.join("; ", analyzed.authors()), MAX_FIELD * 2));
        document.setPublisher(clip(analyzed.publisher(), MAX_FIELD));
        document.setPublicationDate(analyzed.publicationDate());
        analyzed.pages().forEach(p -> document.addPage(p.number(), p.text()));
        List<Passage> passages = new ArrayList<>();
        for (AnalyzedDocument.PassageText p : analyzed.passages()) {
            Passage passage = document.addPassage(p.pageNumber(), p.ordinal(), p.text(), p.startOffset(),
                    p.endOffset(), p.language());
            p.concepts().forEach(m -> passage.getConcepts().add(
                    new ConceptMention(m.conceptId(), m.matchedText(), m.start(), m.end())));
            p.places().forEach(m -> passage.getPlaces().add(new PlaceMention(m.countryCode(), m.cityId(), m.name(),
                    m.matchedText(), m.start(), m.end())));
            passages.add(passage);
        }
        document.replaceConcepts(analyzed.concepts().stream()
                .map(c -> new DocumentConcept(c.conceptId(), c.mentions(), false)).toList());
        document.replacePlaces(analyzed.places().stream().map(p -> new DocumentPlace(p.countryCode(), p.cityId(),
                p.cityName(), p.regionId(), p.mentions(), false)).toList());
        document.setTextFingerprint(analyzed.fingerprint());
        document.setNearDuplicateOf(nearDuplicates.earlierDocumentWithSameText(analyzed.fingerprint()).orElse(null));
        analyzed.sessions().forEach(s -> document.getSessions().add(new EventSession(document, s.start(), s.end(),
                s.zoneLabel(), s.pageNumber(), s.sourceText())));
        Instant now = Instant.now();
        for (CaseCandidate candidate : analyzed.cases()) {
            document.getCases().add(caseExample(document, candidate, passages, now));
        }
        entityManager.persist(document);
        entityManager.flush();
        return Optional.of(document.getId());
    }

    private static CaseExample caseExample(LibraryDocument document, CaseCandidate candidate, List<Passage> passages,
            Instant now) {
        CaseExample example = new CaseExample(document, clip(candidate.title(), 300), candidate.confidence(), now);
        example.locate(candidate.city(), candidate.cityId(), candidate.countryCode(), candidate.regionId());
        example.setYears(candidate.startYear(), candidate.endYear());
        example.getPracticeIds().addAll(candidate.practiceIds());
        example.getSectorIds().addAll(candidate.sectorIds());
        candidate.actors().forEach(a -> example.getActors().add(clip(a, 300)));
        candidate.outcomes().forEach(o -> example.getOutcomes().add(clip(o, 500)));
        candidate.passageIndexes().forEach(i -> example.getSourcePassages().add(passages.get(i)));
        return example;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
