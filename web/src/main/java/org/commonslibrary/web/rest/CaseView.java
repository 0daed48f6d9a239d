package org.commonslibrary.web.rest;

import java.time.Instant;
import java.util.List;

import org.commonslibrary.model.cases.CaseExample;

/** The JSON shape of a case example, with the passages (and pages) it comes from. */
public record CaseView(long id, String title, String status, double confidence, String city, String countryCode,
        String country, String regionId, String region, List<LabelledId> practices, List<LabelledId> sectors,
        Integer startYear, Integer endYear, List<String> actors, List<String> outcomes, long documentId, String documentTitle, String documentLanguage,
        List<SourcePassage> sources, Instant updatedAt) {

    static CaseView of(CaseExample c, Labels labels) {
        return new CaseView(c.getId(), c.getTitle(), c.getStatus().apiName(), c.getConfidence(), c.getCity(),
                c.getCountryCode(), labels.country(c.getCountryCode()), c.getRegionId(), labels.region(c.getRegionId()),
                c.getPracticeIds().stream().sorted().map(id -> new LabelledId(id, labels.concept(id))).toList(),
                c.getSectorIds().stream().sorted().map(id -> new LabelledId(id, labels.concept(id))).toList(),
                c.getStartYear(), c.getEndYear(), List.copyOf(c.getActors()), List.copyOf(c.getOutcomes()),
                c.getDocument().getId(), c.getDocument().getTitle(),
                c.getDocument().getLanguage(),
                c.getSourcePassages().stream().map(p -> new SourcePassage(p.getPageNumber(), p.getText())).toList(),
                c.getUpdatedAt());
    }

    /** A concept id with its label. */
    public record LabelledId(String id, String label) {
    }

    /** A passage a case comes from, and its page. */
    public record SourcePassage(int page, String text) {
    }
}
