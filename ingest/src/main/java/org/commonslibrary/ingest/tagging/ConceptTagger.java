package org.commonslibrary.ingest.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.commonslibrary.ingest.tagging.LabelIndex.Target;
import org.commonslibrary.model.vocabulary.ConceptScheme;
import org.commonslibrary.model.vocabulary.ConceptType;

/**
 * Finds the concepts of the vocabulary that a text mentions, with their offsets.
 *
 * <p>How a label matches:
 * <ul>
 *   <li>word by word, never inside a longer word ("water" does not match "wastewater"), after folding case and
 *       accents and light stemming in the text's language ({@link Inflection});</li>
 *   <li>hyphens, spaces and their absence are interchangeable between the words of a label
 *       ("co-management", "co management", "comanagement"), but other punctuation ends a label;</li>
 *   <li>labels of English, French and Spanish are all matched in any text, so a Spanish term quoted in an
 *       English report still counts;</li>
 *   <li>where matches overlap, the longest wins ("water and sanitation" rather than "water", "House of Commons"
 *       rather than "commons") with one exception: a sector named inside a longer term of another type is
 *       kept as well, because such terms name a practice <em>in</em> a sector ("energy cooperative" yields the
 *       practice and the energy sector, "community land trust" the practice and land).</li>
 * </ul>
 * Single generic words ("public", "common", "care") are not labels; which labels are matched only exactly,
 * only in their own language or not at all is set by {@link TaggingRules}.
 *
 * <p>Thread-safe: all state is built in the constructor and never changed.
 */
public final class ConceptTagger {

    private static final Comparator<ConceptMatch> BY_POSITION = Comparator.comparingInt(ConceptMatch::start)
            .thenComparing(Comparator.comparingInt(ConceptMatch::end).reversed())
            .thenComparing(ConceptMatch::conceptId);

    private final Map<Inflection, LabelIndex> indexes = new EnumMap<>(Inflection.class);

    public ConceptTagger(ConceptScheme scheme, TaggingRules rules) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(rules, "rules");
        for (Inflection inflection : Inflection.values()) {
            indexes.put(inflection, new LabelIndex(scheme, rules, inflection));
        }
    }

    public ConceptTagger(ConceptScheme scheme) {
        this(scheme, TaggingRules.standard());
    }

    /** A tagger for the bundled vocabulary and rules. */
    public static ConceptTagger standard() {
        return Standard.INSTANCE;
    }

    /**
     * @param text     any text; null or blank gives no matches
     * @param language ISO 639-1 code of the text (en, fr, es); other values or null use plural rules only
     * @return every mention, ordered by position, a longer mention before a sector named inside it
     */
    public List<ConceptMatch> tag(String text, String language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        LabelIndex index = indexes.get(Inflection.forLanguage(language));
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Candidate> accepted = resolveOverlaps(candidates(tokens, index));
        List<ConceptMatch> matches = new ArrayList<>();
        for (Candidate c : accepted) {
            if (!c.target.isBlock()) {
                matches.add(new ConceptMatch(c.target.conceptId(), c.start, c.end, text.substring(c.start, c.end)));
            }
        }
        matches.sort(BY_POSITION);
        return List.copyOf(matches);
    }

    /** The distinct concept ids a text mentions, in order of first mention. */
    public Set<String> conceptIds(String text, String language) {
        Set<String> ids = new LinkedHashSet<>();
        for (ConceptMatch match : tag(text, language)) {
            ids.add(match.conceptId());
        }
        return ids;
    }

    private static List<Candidate> candidates(List<Token> tokens, LabelIndex index) {
        Inflection inflection = index.inflection();
        String[] stems = new String[tokens.size()];
        for (int i = 0; i < stems.length; i++) {
            stems[i] = inflection.stem(tokens.get(i).folded());
        }
        List<Candidate> found = new ArrayList<>();
        for (int first = 0; first < tokens.size(); first++) {
            StringBuilder stemmed = new StringBuilder();
            StringBuilder folded = new StringBuilder();
            StringBuilder raw = new StringBuilder();
            for (int last = first; last < tokens.size(); last++) {
                Token token = tokens.get(last);
                if (last > first && !token.joinsPrevious()) {
                    break;
                }
                stemmed.append(stems[last]);
                folded.append(token.folded());
                raw.append(token.raw());
                if (!index.mayContinue(stemmed, folded, raw)) {
                    break;
                }
                int start = tokens.get(first).start();
                int end = token.end();
                for (Target target : index.stemmed(stemmed.toString())) {
                    found.add(new Candidate(start, end, target));
                }
                for (Target target : index.folded(folded.toString())) {
                    found.add(new Candidate(start, end, target));
                }
                for (Target target : index.cased(raw.toString())) {
                    found.add(new Candidate(start, end, target));
                }
            }
        }
        return found;
    }

    /**
     * Picks the matches to keep, one group of mutually overlapping candidates at a time: within a group, longest
     * first, and a blocking phrase before a concept of the same span so that it can hide it.
     */
    private static List<Candidate> resolveOverlaps(List<Candidate> candidates) {
        List<Candidate> byStart = new ArrayList<>(candidates);
        byStart.sort(Comparator.comparingInt(Candidate::start));
        List<Candidate> accepted = new ArrayList<>();
        List<Candidate> group = new ArrayList<>();
        int groupEnd = -1;
        for (Candidate candidate : byStart) {
            if (candidate.start >= groupEnd && !group.isEmpty()) {
                accepted.addAll(resolveGroup(group));
                group.clear();
            }
            group.add(candidate);
            groupEnd = Math.max(groupEnd, candidate.end);
        }
        accepted.addAll(resolveGroup(group));
        return accepted;
    }

    private static List<Candidate> resolveGroup(List<Candidate> group) {
        List<Candidate> ordered = new ArrayList<>(group);
        ordered.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end)
                .thenComparingInt(c -> c.start)
                .thenComparing(c -> !c.target.isBlock()));
        List<Candidate> accepted = new ArrayList<>();
        for (Candidate candidate : ordered) {
            if (accepted.stream().allMatch(a -> compatible(a, candidate))) {
                accepted.add(candidate);
            }
        }
        return accepted;
    }

    /** Whether {@code later} may stand next to the already accepted, at least as long, {@code earlier}. */
    private static boolean compatible(Candidate earlier, Candidate later) {
        if (later.end <= earlier.start || earlier.end <= later.start) {
            return true;
        }
        if (earlier.target.isBlock() || later.target.isBlock()) {
            return false;
        }
        if (earlier.start == later.start && earlier.end == later.end) {
            // One label shared by two concepts: the text supports both, and the candidate set holds no duplicates.
            return !earlier.target.equals(later.target);
        }
        boolean nested = earlier.start <= later.start && later.end <= earlier.end;
        return nested && later.target.type() == ConceptType.SECTOR && earlier.target.type() != ConceptType.SECTOR;
    }

    private record Candidate(int start, int end, Target target) {
    }

    private static final class Standard {
        static final ConceptTagger INSTANCE = new ConceptTagger(ConceptScheme.standard(), TaggingRules.standard());
    }
}
