package org.commonslibrary.ingest.tagging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The concepts of one document, summarised from the matches of its title and passages, so that a document can be
 * tagged with what it is mainly about rather than with every concept it mentions in passing.
 */
public final class DocumentConcepts {

    /** A concept mentioned at least this often (or in the title) is one of the document's main concepts. */
    public static final int MAIN_CONCEPT_MIN_MENTIONS = 2;

    private final List<ConceptCount> counts;

    private DocumentConcepts(List<ConceptCount> counts) {
        this.counts = List.copyOf(counts);
    }

    /**
     * @param titleMatches   matches in the title; may be empty
     * @param passageMatches matches per passage, one collection per passage
     */
    public static DocumentConcepts summarise(Collection<ConceptMatch> titleMatches,
                                             Collection<? extends Collection<ConceptMatch>> passageMatches) {
        Map<String, int[]> tallies = new LinkedHashMap<>();
        for (Collection<ConceptMatch> passage : passageMatches) {
            Set<String> seenHere = new HashSet<>();
            for (ConceptMatch match : passage) {
                int[] tally = tallies.computeIfAbsent(match.conceptId(), k -> new int[2]);
                tally[0]++;
                if (seenHere.add(match.conceptId())) {
                    tally[1]++;
                }
            }
        }
        Set<String> inTitle = new HashSet<>();
        for (ConceptMatch match : titleMatches) {
            inTitle.add(match.conceptId());
            tallies.computeIfAbsent(match.conceptId(), k -> new int[2]);
        }
        List<ConceptCount> counts = new ArrayList<>();
        tallies.forEach((id, tally) -> counts.add(new ConceptCount(id, tally[0], tally[1], inTitle.contains(id))));
        counts.sort(Comparator.comparingDouble(ConceptCount::score).reversed().thenComparing(ConceptCount::conceptId));
        return new DocumentConcepts(counts);
    }

    /** Every concept mentioned, highest score first. */
    public List<ConceptCount> counts() {
        return counts;
    }

    public Optional<ConceptCount> count(String conceptId) {
        return counts.stream().filter(c -> c.conceptId().equals(conceptId)).findFirst();
    }

    /** Concepts in the title or mentioned at least {@value #MAIN_CONCEPT_MIN_MENTIONS} times, highest score first. */
    public List<String> mainConceptIds() {
        return mainConceptIds(MAIN_CONCEPT_MIN_MENTIONS);
    }

    public List<String> mainConceptIds(int minMentions) {
        return counts.stream()
                .filter(c -> c.inTitle() || c.mentions() >= minMentions)
                .map(ConceptCount::conceptId)
                .toList();
    }
}
