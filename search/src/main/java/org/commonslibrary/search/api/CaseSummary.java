package org.commonslibrary.search.api;

import java.util.List;

/** The fields of a case example that a result list shows, with labels in the requested language. */
public record CaseSummary(String status, String city, LabelledValue country, LabelledValue region,
        List<LabelledValue> practices, List<LabelledValue> sectors, Integer startYear, Integer endYear,
        List<String> actors, List<String> outcomes, double confidence) {
}
