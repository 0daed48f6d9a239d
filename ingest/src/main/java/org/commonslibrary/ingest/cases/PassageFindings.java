package org.commonslibrary.ingest.cases;

import java.util.List;

import org.commonslibrary.ingest.places.PlaceMention;
import org.commonslibrary.ingest.tagging.ConceptMatch;

/**
 * What the tagging steps found in one passage: the input of case proposal.
 *
 * @param index    the passage's position in the document, which a proposal cites
 * @param page     the page the passage is on
 * @param text     the passage's text
 * @param concepts concepts of the vocabulary it mentions
 * @param places   countries and cities it names
 */
public record PassageFindings(int index, int page, String text, List<ConceptMatch> concepts,
        List<PlaceMention> places) {

    public PassageFindings {
        concepts = List.copyOf(concepts);
        places = List.copyOf(places);
    }
}
