package org.commonslibrary.bench.corpus;

import java.time.LocalDate;

import org.commonslibrary.ingest.places.City;
import org.commonslibrary.model.vocabulary.Concept;

/**
 * What one generated document is about, drawn before any text is written: the values its facets should get.
 *
 * @param agenda may be null: not every document refers to a global agenda
 */
record DocumentProfile(int number, String language, String kind, LocalDate published, City city, City otherCity,
        Concept practice, Concept sector, Concept aim, Concept agenda, int paragraphs) {
}
