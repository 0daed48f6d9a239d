package org.commonslibrary.ingest.places;

import java.util.List;

/**
 * One way of writing a place: "Napoli" for Naples, "EE. UU." for the United States.
 *
 * @param written the form as written in the data, whose case matters only for acronyms
 * @param words   its folded words, what a text must contain
 * @param acronym whether it is written in capitals only ("USA", "U.K.") and so must appear with exactly
 *                that case: "us" is a pronoun, "Us" a title word
 * @param country the country it names, or {@code null} for a city
 * @param city    the city it names, or {@code null} for a country
 */
record PlaceName(String written, List<String> words, boolean acronym, Country country, City city) {

    static PlaceName ofCountry(String written, Country country) {
        return new PlaceName(written, WordScanner.foldedWords(written), isAcronym(written), country, null);
    }

    static PlaceName ofCity(String written, City city) {
        return new PlaceName(written, WordScanner.foldedWords(written), isAcronym(written), null, city);
    }

    String key() {
        return String.join(" ", words);
    }

    String countryCode() {
        return country != null ? country.code() : city.countryCode();
    }

    private static boolean isAcronym(String written) {
        int letters = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
