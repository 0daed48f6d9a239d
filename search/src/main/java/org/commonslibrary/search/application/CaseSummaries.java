package org.commonslibrary.search.application;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.commonslibrary.model.cases.CaseExample;
import org.commonslibrary.search.api.CaseSummary;
import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.LabelledValue;

/** Turns a case example into the summary a result list shows, labelled in the reader's language. */
final class CaseSummaries {

    private final FacetLabels labels;

    CaseSummaries(FacetLabels labels) {
        this.labels = labels;
    }

    CaseSummary of(CaseExample example) {
        return new CaseSummary(example.getStatus().name().toLowerCase(Locale.ROOT), example.getCity(),
                labelled(Facet.COUNTRY, example.getCountryCode()), labelled(Facet.REGION, example.getRegionId()),
                labelledAll(Facet.PRACTICE, example.getPracticeIds()),
                labelledAll(Facet.SECTOR, example.getSectorIds()), example.getStartYear(), example.getEndYear(),
                List.copyOf(example.getActors()), List.copyOf(example.getOutcomes()), example.getConfidence());
    }

    private LabelledValue labelled(Facet facet, String id) {
        return id == null ? null : new LabelledValue(id, labels.label(facet, id));
    }

    private List<LabelledValue> labelledAll(Facet facet, Collection<String> ids) {
        return ids.stream().map(id -> labelled(facet, id)).toList();
    }
}
