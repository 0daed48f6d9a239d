package org.commonslibrary.web.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.commonslibrary.model.document.DocumentKind;
import org.commonslibrary.model.vocabulary.ConceptScheme;

/**
 * {@code GET /api/vocabulary?lang=}: the terms a curator picks from, labelled in one language: the concepts
 * of the scheme (with their broader concept), the document kinds and the countries.
 */
@Path("/vocabulary")
public class VocabularyResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Vocabulary vocabulary(@QueryParam("lang") @DefaultValue("en") String lang) {
        Labels labels = new Labels(lang);
        List<ConceptTerm> concepts = ConceptScheme.standard().all().stream()
                .map(c -> new ConceptTerm(c.id(), c.type().key(), labels.concept(c.id()),
                        c.broaderId()))
                .toList();
        List<KindTerm> kinds = Arrays.stream(DocumentKind.values())
                .map(k -> new KindTerm(k.id(), labels.kind(k.id()))).toList();
        List<CountryTerm> countries = Arrays.stream(java.util.Locale.getISOCountries())
                .map(code -> new CountryTerm(code, countryName(labels, code, lang)))
                .sorted(java.util.Comparator.comparing(CountryTerm::label, java.text.Collator.getInstance(
                        java.util.Locale.forLanguageTag(lang))))
                .toList();
        return new Vocabulary(concepts, kinds, countries);
    }

    // The gazetteer names the countries documents speak of; the JDK names the rest.
    private static String countryName(Labels labels, String code, String lang) {
        String name = labels.country(code);
        return name.equals(code) ? new java.util.Locale("", code).getDisplayCountry(java.util.Locale.forLanguageTag(lang)) : name;
    }

    /** Everything a curator picks from. */
    public record Vocabulary(List<ConceptTerm> concepts, List<KindTerm> kinds, List<CountryTerm> countries) {
    }

    /** One country: its ISO 3166 code and its name. */
    public record CountryTerm(String code, String label) {
    }

    /** One concept: its id, its facet, its label and the id of its broader concept, if any. */
    public record ConceptTerm(String id, String type, String label, String broader) {
    }

    /** One document kind. */
    public record KindTerm(String id, String label) {
    }
}
