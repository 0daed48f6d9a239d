package org.commonslibrary.search.application;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.commonslibrary.model.places.WorldRegions;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.search.api.Facet;

/** Human labels of facet values in English, French or Spanish. */
public final class FacetLabels {

    private static final String BUNDLE = "org.commonslibrary.search.application.facet-labels";

    private final Locale locale;
    private final ResourceBundle bundle;

    public FacetLabels(String language) {
        this.locale = Locale.forLanguageTag(language);
        // Without this control an unknown language would fall back to the JVM's default locale, not to English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String label(Facet facet, String value) {
        switch (facet) {
            case LANGUAGE:
                return languageName(value);
            case PRACTICE, SECTOR, AIM, AGENDA:
                return ConceptScheme.standard().find(value).map(c -> c.label(locale.getLanguage())).orElse(value);
            case COUNTRY:
                String country = new Locale("", value).getDisplayCountry(locale);
                return country.isEmpty() ? value : country;
            case REGION:
                return WorldRegions.standard().label(value, locale.getLanguage()).orElse(value);
            default:
                break;
        }
        try {
            return bundle.getString(facet.apiName() + "." + value);
        } catch (MissingResourceException e) {
            return value;
        }
    }

    private String languageName(String code) {
        if ("und".equals(code)) {
            return bundle.getString("language.und");
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        if (name.isEmpty()) {
            return code;
        }
        // Locale names come in lower case in French and Spanish; facet labels start with a capital.
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
