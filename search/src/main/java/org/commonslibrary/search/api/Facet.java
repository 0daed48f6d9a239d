package org.commonslibrary.search.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The facets a search can be filtered by; the API name is also the query parameter's name. */
public enum Facet {
    KIND("kind", "kind"),
    LANGUAGE("language", "language"),
    PRACTICE("practice", "practice"),
    SECTOR("sector", "sector"),
    AIM("aim", "aim"),
    AGENDA("agenda", "agenda"),
    COUNTRY("country", "country"),
    REGION("region", "region");

    private final String apiName;
    private final String documentField;

    Facet(String apiName, String documentField) {
        this.apiName = apiName;
        this.documentField = documentField;
    }

    public String apiName() {
        return apiName;
    }

    /** The field of the document index that holds this facet's values. */
    public String documentField() {
        return documentField;
    }

    public static Optional<Facet> fromApiName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.apiName.equals(wanted)).findFirst();
    }
}
