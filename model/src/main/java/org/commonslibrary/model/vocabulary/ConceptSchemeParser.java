package org.commonslibrary.model.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the concept scheme's line format (described at the top of {@code concept-scheme.txt}):
 *
 * <pre>
 * concept: practice.collaboration-pact
 * broader: practice.co-creation-agreement
 * en: Collaboration pact | collaboration pacts | pact of collaboration
 * fr: Pacte de collaboration | pactes de collaboration
 * es: Pacto de colaboración | pactos de colaboración
 * all: patti di collaborazione
 * </pre>
 *
 * Every error names the source and the line, since the file is edited by hand.
 */
public final class ConceptSchemeParser {

    private static final Pattern ID = Pattern.compile("[a-z]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final String ALL_LANGUAGES = "all";

    private final String source;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private Draft current;

    private ConceptSchemeParser(String source) {
        this.source = source;
    }

    public static ConceptScheme parse(Reader reader, String source) {
        ConceptSchemeParser parser = new ConceptSchemeParser(source);
        try {
            BufferedReader lines = new BufferedReader(reader);
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                parser.readLine(line, number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return parser.finish();
    }

    public static ConceptScheme parse(String text, String source) {
        return parse(new StringReader(text), source);
    }

    private void readLine(String raw, int number) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw error(number, "expected 'key: value', got: " + line);
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        if (key.equals("concept")) {
            startConcept(value, number);
            return;
        }
        if (current == null) {
            throw error(number, "'" + key + ":' before the first 'concept:' line");
        }
        if (key.equals("broader")) {
            setBroader(value, number);
        } else if (key.equals(ALL_LANGUAGES) || Concept.LANGUAGES.contains(key)) {
            addLabels(key, value, number);
        } else {
            throw error(number, "unknown key '" + key + "'; expected concept, broader, " + String.join(", ", Concept.LANGUAGES)
                    + " or " + ALL_LANGUAGES);
        }
    }

    private void startConcept(String id, int number) {
        closeCurrent();
        if (!ID.matcher(id).matches()) {
            throw error(number, "malformed concept id '" + id + "'; expected <type>.<name> in lower case, e.g. sector.water");
        }
        String typeKey = id.substring(0, id.indexOf('.'));
        Optional<ConceptType> type = ConceptType.fromKey(typeKey);
        if (type.isEmpty()) {
            throw error(number, "concept id '" + id + "' starts with unknown type '" + typeKey + "'");
        }
        if (drafts.containsKey(id)) {
            throw error(number, "concept '" + id + "' is already defined on line " + drafts.get(id).line);
        }
        current = new Draft(id, type.get(), number);
        drafts.put(id, current);
    }

    private void setBroader(String broaderId, int number) {
        if (current.broaderId != null) {
            throw error(number, "concept '" + current.id + "' has a second 'broader:' line");
        }
        if (!ID.matcher(broaderId).matches()) {
            throw error(number, "malformed broader id '" + broaderId + "'");
        }
        if (broaderId.equals(current.id)) {
            throw error(number, "concept '" + current.id + "' cannot be broader than itself");
        }
        current.broaderId = broaderId;
        current.broaderLine = number;
    }

    private void addLabels(String language, String value, int number) {
        List<String> labels = new ArrayList<>();
        for (String part : value.split("\\|", -1)) {
            String label = part.strip();
            if (label.isEmpty()) {
                throw error(number, "empty label (check for doubled or trailing '|')");
            }
            labels.add(label);
        }
        List<String> languages = language.equals(ALL_LANGUAGES) ? Concept.LANGUAGES : List.of(language);
        for (String lang : languages) {
            for (String label : labels) {
                boolean preferred = !language.equals(ALL_LANGUAGES) && !current.labels.containsKey(lang);
                if (preferred) {
                    current.labels.put(lang, label);
                    continue;
                }
                List<String> alts = current.altLabels.computeIfAbsent(lang, k -> new ArrayList<>());
                if (label.equals(current.labels.get(lang)) || alts.contains(label)) {
                    throw error(number, "label '" + label + "' is listed twice for " + lang + " in '" + current.id + "'");
                }
                alts.add(label);
            }
        }
    }

    private void closeCurrent() {
        if (current == null) {
            return;
        }
        for (String lang : Concept.LANGUAGES) {
            if (!current.labels.containsKey(lang)) {
                throw error(current.line, "concept '" + current.id + "' has no preferred label in " + lang
                        + " (the first label of its first '" + lang + ":' line)");
            }
        }
        current = null;
    }

    private ConceptScheme finish() {
        closeCurrent();
        if (drafts.isEmpty()) {
            throw error(1, "no concepts defined");
        }
        for (Draft draft : drafts.values()) {
            if (draft.broaderId == null) {
                continue;
            }
            Draft broader = drafts.get(draft.broaderId);
            if (broader == null) {
                throw error(draft.broaderLine, "broader concept '" + draft.broaderId + "' of '" + draft.id + "' is not defined");
            }
            if (broader.type != draft.type) {
                throw error(draft.broaderLine, "broader concept '" + draft.broaderId + "' of '" + draft.id
                        + "' is of another type (" + broader.type.key() + ")");
            }
            List<String> cycle = BroaderChains.cycleFrom(draft.id, id -> drafts.get(id).broaderId);
            if (!cycle.isEmpty()) {
                throw error(draft.broaderLine, "broader links form a cycle: " + String.join(" > ", cycle));
            }
        }
        List<Concept> concepts = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            concepts.add(new Concept(draft.id, draft.type, draft.broaderId, draft.labels, draft.altLabels));
        }
        return ConceptScheme.of(concepts);
    }

    private ConceptSchemeFormatException error(int line, String problem) {
        return new ConceptSchemeFormatException(source, line, problem);
    }

    private static final class Draft {
        final String id;
        final ConceptType type;
        final int line;
        String broaderId;
        int broaderLine;
        final Map<String, String> labels = new LinkedHashMap<>();
        final Map<String, List<String>> altLabels = new LinkedHashMap<>();

        Draft(String id, ConceptType type, int line) {
            this.id = id;
            this.type = type;
            this.line = line;
        }
    }
}
