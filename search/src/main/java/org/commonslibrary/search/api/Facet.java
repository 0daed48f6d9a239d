package org.commonslibrary.search.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The facets a search can be filtered by. The API name is also the query parameter's name and the name of the
 * index field that holds the facet's values, in the document index and the case index alike.
 */
public enum Facet {
    TYPE("type"),
    KIND("kind"),
    LANGUAGE("language"),
    PRACTICE("practice"),
    SECTOR("sector"),
    AIM("aim"),
    AGENDA("agenda"),
    COUNTRY("country"),
    REGION("region"),
    YEAR("year"),
    PUBLISHER("publisher"),
    STATUS("status");

    private final String apiName;

    Facet(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The index field that holds this facet's values. */
    public String indexField() {
        return apiName;
    }

    /** Whether values are numbers (years) rather than ids: they are counted and filtered as integers. */
    public boolean numeric() {
        return this == YEAR;
    }

    public static Optional<Facet> fromApiName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.apiName.equals(wanted)).findFirst();
    }
}
