package org.commonslibrary.web.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.commonslibrary.ingest.places.CountryRegions;

import org.commonslibrary.model.document.DocumentConcept;
import org.commonslibrary.model.document.DocumentKind;
import org.commonslibrary.model.document.DocumentPlace;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.model.vocabulary.ConceptScheme;

/** What an admin may correct on a document; null fields are left as they are. */
public record DocumentCorrection(String title, String kind, String language, List<String> concepts,
        List<PlaceCorrection> places, Boolean published) {

    private static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "und");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final int MAX_PLACES = 100;

    /** A place as an admin names it: a country code, and a city if the document is about one. */
    public record PlaceCorrection(String country, String city) {
    }

    /**
     * Checks every field first and only then changes the document, so a bad field leaves it untouched.
     * Returns what changed, in words, for the audit log.
     */
    List<String> applyTo(LibraryDocument document) {
        String cleanTitle = title == null ? null : checkedTitle(title);
        String kindId = kind == null ? null : DocumentKind.fromId(kind).orElseThrow(() -> new InvalidRequestException(
                "Unknown kind '" + kind + "'; kinds are concept-note, policy-paper, case-study, report, "
                        + "legal-instrument, event-call, presentation.")).id();
        if (language != null && !LANGUAGES.contains(language)) {
            throw new InvalidRequestException("language must be en, fr, es or und.");
        }
        Set<String> conceptIds = concepts == null ? null : checkedConcepts(concepts);
        List<DocumentPlace> newPlaces = places == null ? null : checkedPlaces(document, places);

        List<String> changes = new ArrayList<>();
        if (cleanTitle != null && !cleanTitle.equals(document.getTitle())) {
            changes.add("title: \"" + document.getTitle() + "\" → \"" + cleanTitle + "\"");
            document.setTitle(cleanTitle);
        }
        if (kindId != null && !kindId.equals(document.getKind())) {
            changes.add("kind: " + document.getKind() + " → " + kindId);
            document.setKind(kindId);
        }
        if (language != null && !language.equals(document.getLanguage())) {
            changes.add("language: " + document.getLanguage() + " → " + language);
            document.setLanguage(language);
        }
        if (conceptIds != null && !conceptIds.equals(new LinkedHashSet<>(document.getConcepts().stream()
                .map(DocumentConcept::getConceptId).toList()))) {
            List<String> before = document.getConcepts().stream().map(DocumentConcept::getConceptId).toList();
            // Curated tags replace the tagger's: the admin's list is the document's list.
            document.replaceConcepts(conceptIds.stream().map(id -> new DocumentConcept(id, mentions(document, id), true))
                    .toList());
            changes.add("concepts: " + before + " → " + List.copyOf(conceptIds));
        }
        if (newPlaces != null && !placeNames(newPlaces).equals(placeNames(document.getPlaces()))) {
            changes.add("places: " + placeNames(document.getPlaces()) + " → " + placeNames(newPlaces));
            document.replacePlaces(newPlaces);
        }
        if (published != null && published != document.isPublished()) {
            changes.add(published ? "published" : "unpublished");
            document.setPublished(published);
        }
        return changes;
    }

    private static String checkedTitle(String title) {
        String clean = title.strip();
        if (clean.isEmpty() || clean.length() > 1000) {
            throw new InvalidRequestException("A title has 1 to 1000 characters.");
        }
        return clean;
    }

    private static Set<String> checkedConcepts(List<String> concepts) {
        Set<String> ids = new LinkedHashSet<>(concepts);
        for (String id : ids) {
            if (id == null || ConceptScheme.standard().find(id).isEmpty()) {
                throw new InvalidRequestException("Unknown concept '" + id + "'.");
            }
        }
        return ids;
    }

    private static List<DocumentPlace> checkedPlaces(LibraryDocument document, List<PlaceCorrection> places) {
        if (places.size() > MAX_PLACES) {
            throw new InvalidRequestException("A document has at most " + MAX_PLACES + " places.");
        }
        Map<String, DocumentPlace> chosen = new LinkedHashMap<>();
        for (PlaceCorrection place : places) {
            String country = place == null || place.country() == null ? "" : place.country().strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(country)) {
                throw new InvalidRequestException("Unknown country code '" + (place == null ? null : place.country())
                        + "'; use ISO 3166 two-letter codes such as ES or SN.");
            }
            String city = place.city() == null || place.city().isBlank() ? null : place.city().strip();
            if (city != null && (city.length() > 200 || city.chars().anyMatch(Character::isISOControl))) {
                throw new InvalidRequestException("A city name has 1 to 200 characters and no control characters.");
            }
            // A place the tagger found keeps its city id and its count; a new one starts from nothing.
            DocumentPlace known = document.getPlaces().stream()
                    .filter(p -> p.getCountryCode().equals(country) && Objects.equals(p.getCityName(), city))
                    .findFirst().orElse(null);
            chosen.putIfAbsent(country + '|' + city, new DocumentPlace(country, known == null ? null : known.getCityId(),
                    city, CountryRegions.shared().regionOf(country).orElse(null),
                    known == null ? 0 : known.getMentions(), true));
        }
        return List.copyOf(chosen.values());
    }

    private static List<String> placeNames(List<DocumentPlace> places) {
        return places.stream().map(p -> p.getCityName() == null ? p.getCountryCode()
                : p.getCityName() + " (" + p.getCountryCode() + ")").toList();
    }

    private static int mentions(LibraryDocument document, String conceptId) {
        return document.getConcepts().stream().filter(c -> c.getConceptId().equals(conceptId))
                .mapToInt(DocumentConcept::getMentions).findFirst().orElse(0);
    }
}
