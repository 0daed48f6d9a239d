package org.commonslibrary.model.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library's controlled vocabulary of practices, sectors, aims and global agendas, with a broader/narrower
 * hierarchy inside each type. Immutable and therefore safe to share between threads.
 *
 * <p>The standard scheme is the data file {@value #RESOURCE} next to this class, so that the vocabulary can
 * be reviewed and extended by the programme's learning team without touching code.
 */
public final class ConceptScheme {

    public static final String RESOURCE = "concept-scheme.txt";

    private final Map<String, Concept> byId;
    private final Map<String, List<Concept>> childrenById;

    private ConceptScheme(Map<String, Concept> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        Map<String, List<Concept>> children = new LinkedHashMap<>();
        for (Concept concept : byId.values()) {
            if (concept.broaderId() != null) {
                children.computeIfAbsent(concept.broaderId(), k -> new ArrayList<>()).add(concept);
            }
        }
        children.replaceAll((k, v) -> List.copyOf(v));
        this.childrenById = Collections.unmodifiableMap(children);
    }

    /** The bundled vocabulary, read once per class loader. */
    public static ConceptScheme standard() {
        return Standard.INSTANCE;
    }

    /**
     * @throws IllegalArgumentException on duplicate ids, a broader id that is not among the concepts, a broader
     *                                  concept of another type, or a cycle of broader links
     */
    public static ConceptScheme of(Collection<Concept> concepts) {
        Map<String, Concept> byId = new LinkedHashMap<>();
        for (Concept concept : concepts) {
            if (byId.putIfAbsent(concept.id(), concept) != null) {
                throw new IllegalArgumentException("duplicate concept id " + concept.id());
            }
        }
        for (Concept concept : byId.values()) {
            String broaderId = concept.broaderId();
            if (broaderId == null) {
                continue;
            }
            Concept broader = byId.get(broaderId);
            if (broader == null) {
                throw new IllegalArgumentException("concept " + concept.id() + " has unknown broader concept " + broaderId);
            }
            if (broader.type() != concept.type()) {
                throw new IllegalArgumentException("concept " + concept.id() + " has a broader concept of another type: " + broaderId);
            }
            List<String> cycle = BroaderChains.cycleFrom(concept.id(), id -> byId.get(id).broaderId());
            if (!cycle.isEmpty()) {
                throw new IllegalArgumentException("broader links form a cycle: " + String.join(" > ", cycle));
            }
        }
        return new ConceptScheme(byId);
    }

    public Optional<Concept> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** All concepts in file order. */
    public List<Concept> all() {
        return List.copyOf(byId.values());
    }

    public List<Concept> ofType(ConceptType type) {
        return byId.values().stream().filter(c -> c.type() == type).toList();
    }

    /** Top concepts (without a broader concept) of one type, in file order. */
    public List<Concept> topConcepts(ConceptType type) {
        return byId.values().stream().filter(c -> c.type() == type && c.broaderId() == null).toList();
    }

    /** Direct narrower concepts; empty for a leaf or an unknown id. */
    public List<Concept> children(String id) {
        return childrenById.getOrDefault(id, List.of());
    }

    /** Broader concepts from the top concept down to the direct parent; empty for a top concept or an unknown id. */
    public List<Concept> ancestors(String id) {
        List<Concept> path = path(id);
        return path.isEmpty() ? path : path.subList(0, path.size() - 1);
    }

    /** The concept preceded by its ancestors, top concept first; empty for an unknown id. */
    public List<Concept> path(String id) {
        List<Concept> upwards = new ArrayList<>();
        for (Concept c = byId.get(id); c != null; c = c.broaderId() == null ? null : byId.get(c.broaderId())) {
            upwards.add(c);
        }
        Collections.reverse(upwards);
        return List.copyOf(upwards);
    }

    /** Whether {@code id} is {@code ancestorId} or lies below it. */
    public boolean isWithin(String id, String ancestorId) {
        return path(id).stream().anyMatch(c -> c.id().equals(ancestorId));
    }

    public int size() {
        return byId.size();
    }

    private static final class Standard {
        static final ConceptScheme INSTANCE = load();

        private static ConceptScheme load() {
            try (InputStream in = ConceptScheme.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + RESOURCE + " next to " + ConceptScheme.class.getName());
                }
                return ConceptSchemeParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
