package org.commonslibrary.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonslibrary.model.vocabulary.Concept;
import org.commonslibrary.model.vocabulary.ConceptType;

/**
 * Writes a document's text from its profile: a title that names its kind, a publication line, and
 * paragraphs of recombined sentences. Paragraphs are kept between the passage splitter's minimum and
 * maximum length, so that one paragraph usually becomes one passage.
 */
final class TextComposer {

    static final int MIN_PARAGRAPH_CHARS = 430;
    static final int MAX_PARAGRAPH_CHARS = 780;
    static final int MIN_SECTION_PARAGRAPHS = 5;
    static final int MAX_SECTION_PARAGRAPHS = 9;

    /** How often a concept slot names the document's own concept rather than another one of that type. */
    private static final double OWN_CONCEPT_SHARE = 0.8;
    private static final double PREFERRED_LABEL_SHARE = 0.4;
    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)}");

    private final WordMaterial material;
    private final ProfileDrawer drawer;

    TextComposer(WordMaterial material, ProfileDrawer drawer) {
        this.material = material;
        this.drawer = drawer;
    }

    GeneratedDocument compose(DocumentProfile profile, Random random) {
        String language = profile.language();
        String title = fill(pick(material.phrases.of(language, "title." + profile.kind()), random), profile, random, true);
        String published = material.phrases.of(language, "published").get(0)
                .replace("{date}", profile.published().toString());
        List<GeneratedDocument.Section> sections = new ArrayList<>();
        int left = profile.paragraphs();
        while (left > 0) {
            int size = Math.min(left, MIN_SECTION_PARAGRAPHS
                    + random.nextInt(MAX_SECTION_PARAGRAPHS - MIN_SECTION_PARAGRAPHS + 1));
            String heading = sections.isEmpty() ? null
                    : fill(pick(material.phrases.of(language, "heading"), random), profile, random, false);
            List<String> paragraphs = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                paragraphs.add(paragraph(profile, random));
            }
            sections.add(new GeneratedDocument.Section(heading, paragraphs));
            left -= size;
        }
        return new GeneratedDocument(profile, title, published, sections);
    }

    private String paragraph(DocumentProfile profile, Random random) {
        List<String> templates = material.phrases.of(profile.language(), "sentence");
        int target = MIN_PARAGRAPH_CHARS + random.nextInt(MAX_PARAGRAPH_CHARS - MIN_PARAGRAPH_CHARS - 120);
        StringBuilder text = new StringBuilder();
        while (text.length() < target) {
            String template = pick(templates, random);
            if (profile.agenda() == null && template.contains("{agenda}")) {
                continue;
            }
            String sentence = fill(template, profile, random, false);
            if (text.length() >= MIN_PARAGRAPH_CHARS && text.length() + 1 + sentence.length() > MAX_PARAGRAPH_CHARS) {
                break;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentence);
        }
        return text.toString();
    }

    private String fill(String template, DocumentProfile profile, Random random, boolean ownConceptsOnly) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            slot.appendReplacement(out, Matcher.quoteReplacement(value(slot.group(1), profile, random, ownConceptsOnly)));
        }
        slot.appendTail(out);
        String text = Contractions.apply(profile.language(), out.toString());
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String value(String slot, DocumentProfile profile, Random random, boolean ownConceptsOnly) {
        String language = profile.language();
        boolean own = ownConceptsOnly || random.nextDouble() < OWN_CONCEPT_SHARE;
        return switch (slot) {
            case "city" -> (own ? profile.city() : profile.otherCity()).name(language);
            case "othercity" -> profile.otherCity().name(language);
            case "country" -> material.countryName(profile.city(), language);
            case "practice" -> label(own ? profile.practice() : drawer.practices().next(random), language, random);
            case "sector" -> label(own ? profile.sector() : drawer.sectors().next(random), language, random);
            case "aim" -> label(own ? profile.aim() : drawer.aims().next(random), language, random);
            case "agenda" -> label(profile.agenda() != null ? profile.agenda() : drawer.agendas().next(random),
                    language, random);
            case "actor" -> pick(material.phrases.of(language, "actor"), random);
            case "year" -> Integer.toString(profile.published().getYear() - random.nextInt(7));
            case "number" -> Integer.toString(2 + random.nextInt(40));
            default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
        };
    }

    /** A label of the concept as running text writes it: preferred labels are title-cased in the file. */
    private static String label(Concept concept, String language, Random random) {
        List<String> labels = concept.allLabels(language);
        if (labels.size() == 1 || random.nextDouble() < PREFERRED_LABEL_SHARE) {
            String preferred = labels.get(0);
            boolean properName = concept.type() == ConceptType.AGENDA
                    || preferred.length() > 1 && Character.isUpperCase(preferred.charAt(1));
            return properName ? preferred : Character.toLowerCase(preferred.charAt(0)) + preferred.substring(1);
        }
        return labels.get(1 + random.nextInt(labels.size() - 1));
    }

    private static String pick(List<String> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
