package org.commonslibrary.web.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.commonslibrary.search.api.Suggestion;
import org.commonslibrary.search.application.Suggestions;

/**
 * {@code GET /api/suggest?q=...&lang=...}: suggestions for the letters typed so far in the search box:
 * concepts, places and document titles, each saying what choosing it does.
 */
@Path("/suggest")
public class SuggestResource {

    @PersistenceContext(unitName = "library")
    EntityManager entityManager;

    @Inject
    Suggestions suggestions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public SuggestionList suggest(@QueryParam("q") String text, @QueryParam("lang") @DefaultValue("en") String lang) {
        if (text != null && text.strip().length() > Suggestions.MAX_LENGTH) {
            throw new InvalidRequestException("Suggestions are made for at most " + Suggestions.MAX_LENGTH
                    + " characters; search for longer texts instead.");
        }
        if (text != null && SearchParameters.hasControlCharacters(text)) {
            throw new InvalidRequestException("The text contains control characters; type words only.");
        }
        if (!Labels.LANGUAGES.contains(lang)) {
            throw new InvalidRequestException("lang must be one of en, fr, es.");
        }
        return new SuggestionList(text == null ? "" : text.strip(), suggestions.suggest(entityManager, text, lang));
    }

    /** The text the suggestions are for, and the suggestions, concepts first, then places, then titles. */
    public record SuggestionList(String query, List<Suggestion> suggestions) {
    }
}
