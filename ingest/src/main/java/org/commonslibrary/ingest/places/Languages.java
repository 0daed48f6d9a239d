package org.commonslibrary.ingest.places;

import java.util.List;
import java.util.Locale;

/** The languages the library serves, and the reading of the language tags callers pass. */
final class Languages {

    static final List<String> SERVED = List.of("en", "fr", "es");

    private Languages() {
    }

    /** "fr-CA" and "FR" are French; anything else, null included, comes back lower-cased or empty. */
    static String primary(String tag) {
        if (tag == null) {
            return "";
        }
        int dash = tag.indexOf('-');
        int underscore = tag.indexOf('_');
        int cut = dash < 0 ? underscore : underscore < 0 ? dash : Math.min(dash, underscore);
        return (cut < 0 ? tag : tag.substring(0, cut)).toLowerCase(Locale.ROOT);
    }

    /** The served languages a text in {@code tag} is checked against: its own, or all three when unknown. */
    static List<String> checkedFor(String tag) {
        String primary = primary(tag);
        return SERVED.contains(primary) ? List.of(primary) : SERVED;
    }
}
