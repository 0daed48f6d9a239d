package org.commonslibrary.search.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.model.cases.CaseExample;
import org.commonslibrary.model.cases.CaseStatus;
import org.commonslibrary.model.document.DocumentConcept;
import org.commonslibrary.model.document.DocumentPlace;
import org.commonslibrary.model.cases.CaseExample;
import org.commonslibrary.model.cases.CaseStatus;
import org.commonslibrary.model.document.LibraryDocument;

/** An entity manager factory on H2 and the test's OpenSearch node, and a way to add documents. */
final class SearchFixture implements AutoCloseable {

    private final EntityManagerFactory factory;

    SearchFixture(DevNodeProcess node) {
        this(List.of(node));
    }

    /** Hibernate Search is given every node's address, as the application is given a cluster's. */
    SearchFixture(List<DevNodeProcess> nodes) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.search.backend.hosts", String.join(",", hosts(nodes)));
        this.factory = Persistence.createEntityManagerFactory("search-it", settings);
    }

    /** The nodes' {@code host:port} addresses, as Hibernate Search and {@code OpenSearchConnection} take them. */
    static List<String> hosts(List<DevNodeProcess> nodes) {
        return nodes.stream().map(node -> node.httpUrl().replace("http://", "")).toList();
    }

    /** One document with one passage per page text; returns its id. */
    long add(String title, String kind, String language, List<String> pages) {
        return add(title, kind, language, pages, List.of(), List.of());
    }

    /** The same, tagged with concepts and places as the ingest would tag it. */
    long add(String title, String kind, String language, List<String> pages, List<String> concepts,
            List<String> countries) {
        return inTransaction(em -> {
            LibraryDocument document = new LibraryDocument(title, kind, language, "application/pdf",
                    "test.pdf", UUID.randomUUID().toString(), UUID.randomUUID().toString().replace("-", ""), 1,
                    Instant.now());
            for (int i = 0; i < pages.size(); i++) {
                document.addPage(i + 1, pages.get(i));
                document.addPassage(i + 1, i, pages.get(i), 0, pages.get(i).length(), language);
            }
            document.replaceConcepts(concepts.stream().map(c -> new DocumentConcept(c, 2, false)).toList());
            document.replacePlaces(countries.stream()
                    .map(c -> new DocumentPlace(c, null, null, "FR".equals(c) || "DE".equals(c) || "IT".equals(c)
                            ? "region.europe" : null, 1, false)).toList());
            em.persist(document);
            em.flush();
            return document.getId();
        });
    }

    /** Sets what the ingest would have found as publisher and date. */
    void describe(long documentId, String publisher, LocalDate publicationDate) {
        run(em -> {
            LibraryDocument document = em.find(LibraryDocument.class, documentId);
            document.setPublisher(publisher);
            document.setPublicationDate(publicationDate);
        });
    }

    /** A document naming the given places (cities with their gazetteer ids, as the place finder records them). */
    long addWithPlaces(String title, String language, List<String> pages, List<String> concepts,
            List<DocumentPlace> places) {
        long id = add(title, "case-study", language, pages, concepts, List.of());
        run(em -> em.find(LibraryDocument.class, id).replacePlaces(places));
        return id;
    }

    /** A case example in a European or other country, drawn from the given pages of a document. */
    long addCase(long documentId, String title, String city, String country, List<String> practices,
            CaseStatus status, int... sourcePages) {
        String region = "FR".equals(country) || "DE".equals(country) ? "region.europe" : null;
        return addCase(documentId, title, status, practices, List.of(), city, country, region, sourcePages);
    }

    /** A case example drawn from the given pages of a document, with its status, practices, sectors and place. */
    long addCase(long documentId, String title, CaseStatus status, List<String> practices, List<String> sectors,
            String city, String country, String region, int... sourcePages) {
        return inTransaction(em -> {
            LibraryDocument document = em.find(LibraryDocument.class, documentId);
            CaseExample example = new CaseExample(document, title, 0.8, Instant.now());
            example.locate(city, null, country, region);
            example.getPracticeIds().addAll(practices);
            example.getSectorIds().addAll(sectors);
            for (int page : sourcePages) {
                document.getPassages().stream().filter(p -> p.getPageNumber() == page)
                        .forEach(example.getSourcePassages()::add);
            }
            example.review(status, Instant.now());
            em.persist(example);
            em.flush();
            return example.getId();
        });
    }

    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
