package org.commonslibrary.ingest.tagging;

/**
 * How much a document says about one concept.
 *
 * @param conceptId id in the concept scheme
 * @param mentions  matches over all passages
 * @param passages  passages with at least one match
 * @param inTitle   whether the title mentions it
 */
public record ConceptCount(String conceptId, int mentions, int passages, boolean inTitle) {

    private static final double TITLE_WEIGHT = 3.0;
    private static final double REPEAT_WEIGHT = 0.25;

    /**
     * Passages count fully and repetitions inside a passage only a little, so that a concept discussed across the
     * document outranks one repeated in a single list; a title mention weighs like three passages because titles
     * name what a document is about.
     */
    public double score() {
        return passages + REPEAT_WEIGHT * (mentions - passages) + (inTitle ? TITLE_WEIGHT : 0);
    }
}
