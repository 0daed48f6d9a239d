package org.commonslibrary.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.commonslibrary.devnode.DevNodeHome;
import org.commonslibrary.devnode.DevNodeOptions;
import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.FreePorts;
import org.commonslibrary.model.document.DocumentConcept;
import org.commonslibrary.model.document.DocumentPlace;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.search.api.Facet;
import org.commonslibrary.search.api.SearchRequest;
import org.commonslibrary.search.api.SearchResults;
import org.commonslibrary.search.api.SortOrder;
import org.commonslibrary.search.api.YearRange;
import org.commonslibrary.search.infrastructure.IndexGenerations;
import org.commonslibrary.search.infrastructure.OpenSearchConnection;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A three-node cluster loses a node in the middle of a search load: with the one replica the index settings
 * ask for, every search still answers, and with the same total as before. Real nodes, forked as
 * {@code ./library run} forks them, and the library's own search on Hibernate ORM and Search.
 */
class ClusterNodeLossIT {

    private static final int SIZE = 3;
    private static final int DOCUMENTS = 420;
    private static final int CLIENTS = 4;
    private static final Duration LOAD = Duration.ofSeconds(24);
    private static final Duration KILL_AFTER = Duration.ofSeconds(10);
    /** Not "a handful got lucky": a 2-core machine shared with other builds still runs over a hundred. */
    private static final int MIN_SEARCHES_AFTER_KILL = 30;
    private static final List<String> INDEXES = List.of("cases", "documents", "passages");

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final List<DevNodeProcess> nodes = new ArrayList<>();

    /** All at once: stopped one by one, the last nodes lose their quorum and fill the logs with errors. */
    @AfterEach
    void stopNodes() throws InterruptedException {
        List<Thread> stoppers = nodes.stream().map(node -> new Thread(node::stop)).toList();
        stoppers.forEach(Thread::start);
        for (Thread stopper : stoppers) {
            stopper.join();
        }
    }

    @Test
    void searchesGoOnWithoutFailureWhenANodeHoldingPrimariesIsKilled() throws Exception {
        startCluster();
        List<String> hosts = SearchFixture.hosts(nodes);
        // No client setting is needed for the failover: Hibernate Search's REST client sends each request to
        // the next of the hosts it was given and, when a host refuses or drops the connection (a killed node's
        // ports close at once), retries the request on another host and leaves the dead one aside for a minute
        // or more. Discovery (hibernate.search.backend.discovery.enabled) would only add nodes not listed, and
        // the 30 s read timeout only matters for a node that hangs instead of dying.
        try (SearchFixture fixture = new SearchFixture(nodes);
                IndexGenerations generations = new IndexGenerations(new OpenSearchConnection(hosts, "http", null, null))) {
            Map<String, Long> kinds = addDocuments(fixture);

            // The indexes Hibernate Search created, then the generations a rebuild creates from its exported
            // schema: both must carry the replica setting.
            assertReplicatedAndSpread();
            fixture.inTransaction(em -> new IndexRebuilder(Search.mapping(em.getEntityManagerFactory()), generations))
                    .rebuild(new RebuildProgress());
            assertReplicatedAndSpread();
            // What the application does at every start: an index created with these settings validates.
            fixture.run(em -> Search.mapping(em.getEntityManagerFactory()).scope(Object.class).schemaManager().validate());

            LibrarySearch search = new LibrarySearch();
            List<SearchRequest> requests = requests();
            Map<SearchRequest, Long> expected = new LinkedHashMap<>();
            for (SearchRequest request : requests) {
                expected.put(request, fixture.inTransaction(em -> search.search(em, request)).total());
            }
            // Every document is searchable before the load starts, and the queries are not all the same one.
            kinds.forEach((kind, count) -> assertThat(expected.get(byKind(kind))).as(kind).isEqualTo(count));
            assertThat(new HashSet<>(expected.values())).hasSizeGreaterThan(requests.size() / 2);
            assertThat(expected.values()).allMatch(total -> total > 0);

            DevNodeProcess victim = nodeHoldingMostPrimaries();
            DevNodeProcess survivor = nodes.stream().filter(node -> node != victim).findFirst().orElseThrow();
            LoadResult load = runLoad(fixture, search, requests, expected, victim);
            // The first two seconds are left out of "before": the first searches of a JVM warm it up.
            System.out.printf("Node loss: killed %s at %d ms; %d searches before, %d after; max latency %d ms before"
                    + " (from 2 s on), %d ms within 2 s of the kill, %d ms later%n", victim.options().nodeName(),
                    load.killedAtMillis, load.before(), load.after(), load.maxLatency(2000, load.killedAtMillis),
                    load.maxLatencyAround(load.killedAtMillis, 2000), load.maxLatency(load.killedAtMillis + 2000,
                            Long.MAX_VALUE));

            assertThat(load.failures).as("failed searches").isEmpty();
            assertThat(load.before()).isGreaterThan(0);
            assertThat(load.after()).as("searches after the kill").isGreaterThanOrEqualTo(MIN_SEARCHES_AFTER_KILL);
            // Two nodes serve at least a third of the rate three did: searches did not just limp on.
            double rateBefore = (double) load.before() / load.killedAtMillis;
            double rateAfter = (double) load.after() / (LOAD.toMillis() - load.killedAtMillis);
            assertThat(rateAfter).as("searches per ms after the kill").isGreaterThan(rateBefore / 3);
            assertThat(victim.isRunning()).isFalse();
            JsonObject health = json(get(survivor, "/_cluster/health?wait_for_nodes=2&wait_for_status=yellow&timeout=30s"));
            assertThat(health.getInt("number_of_nodes")).as(health.toString()).isEqualTo(2);
            // Every primary is served again (the replicas of the lost node's primaries took over).
            assertThat(health.getString("status")).as(health.toString()).isIn("yellow", "green");
            assertThat(health.getInt("active_primary_shards")).isEqualTo(shardsOfLibraryIndexes(survivor, "p"));
        }
    }

    private void startCluster() {
        List<Integer> ports = FreePorts.allocate(2 * SIZE);
        List<Integer> transportPorts = ports.subList(SIZE, 2 * SIZE);
        List<String> names = IntStream.rangeClosed(1, SIZE).mapToObj(i -> "node-" + i).toList();
        Path dist = Path.of(System.getProperty(DevNodeOptions.DIST_PROPERTY, "target/devnode"));
        // No node is ready before a majority of cluster-manager candidates has joined: launch all, then wait.
        for (int i = 0; i < SIZE; i++) {
            Path home = Path.of("target", "it-cluster", names.get(i)).toAbsolutePath();
            DevNodeHome.wipe(home);
            nodes.add(DevNodeProcess.launch(DevNodeOptions.defaults()
                    .withDistDir(dist)
                    .withHome(home)
                    .withClusterName("it-node-loss")
                    .withNodeName(names.get(i))
                    .withHttpPort(ports.get(i))
                    .withTransportPort(transportPorts.get(i))
                    .withSeedPorts(transportPorts)
                    .withInitialManagers(names)
                    .withHeap("512m", "512m")));
        }
        nodes.forEach(DevNodeProcess::awaitReady);
        JsonObject health = json(get(nodes.get(0), "/_cluster/health?wait_for_nodes=3&timeout=30s"));
        assertThat(health.getInt("number_of_nodes")).as(health.toString()).isEqualTo(SIZE);
    }

    /** Several hundred documents in three languages, kinds, countries, concepts and years; returns the count per kind. */
    private static Map<String, Long> addDocuments(SearchFixture fixture) {
        Random random = new Random(20260501);
        Map<String, Long> kinds = new TreeMap<>();
        for (int batch = 0; batch < DOCUMENTS; batch += 60) {
            int from = batch;
            fixture.run(em -> {
                for (int i = from; i < Math.min(from + 60, DOCUMENTS); i++) {
                    Corpus.Language language = Corpus.LANGUAGES.get(i % Corpus.LANGUAGES.size());
                    String kind = Corpus.KINDS.get(random.nextInt(Corpus.KINDS.size()));
                    String topic = language.topics().get(random.nextInt(language.topics().size()));
                    String city = Corpus.CITIES.get(random.nextInt(Corpus.CITIES.size()));
                    LibraryDocument document = new LibraryDocument(topic + " in " + city + " (" + (i + 1) + ")", kind,
                            language.code(), "application/pdf", "generated-" + i + ".pdf", UUID.randomUUID().toString(),
                            UUID.randomUUID().toString().replace("-", ""), 1, Instant.now());
                    int pages = 1 + random.nextInt(3);
                    for (int page = 1; page <= pages; page++) {
                        String text = language.sentence(random, city, topic);
                        document.addPage(page, text);
                        document.addPassage(page, page - 1, text, 0, text.length(), language.code());
                    }
                    document.replaceConcepts(List.of(new DocumentConcept(
                            Corpus.PRACTICES.get(random.nextInt(Corpus.PRACTICES.size())), 2, false)));
                    String country = Corpus.COUNTRIES.get(random.nextInt(Corpus.COUNTRIES.size()));
                    document.replacePlaces(List.of(new DocumentPlace(country, null, null, null, 1, false)));
                    document.setPublicationDate(LocalDate.of(2005 + random.nextInt(20), 1 + random.nextInt(12), 1));
                    em.persist(document);
                    kinds.merge(kind, 1L, Long::sum);
                }
            });
        }
        return kinds;
    }

    /** Words in each language, facets alone and together, sorts, a later page. */
    private static List<SearchRequest> requests() {
        List<SearchRequest> requests = new ArrayList<>();
        Corpus.KINDS.forEach(kind -> requests.add(byKind(kind)));
        requests.add(new SearchRequest("water", 1, 10, Map.of(), "en"));
        requests.add(new SearchRequest("eau publique", 1, 10, Map.of(), "fr", List.of(), "fr"));
        requests.add(new SearchRequest("gestión comunitaria", 1, 10, Map.of(), "es", List.of(), "es"));
        requests.add(new SearchRequest("cooperative | pact", 1, 20, Map.of(Facet.LANGUAGE, List.of("en")), "en"));
        requests.add(new SearchRequest("", 1, 10, Map.of(Facet.COUNTRY, List.of("ES", "IT")), "es"));
        requests.add(new SearchRequest("", 2, 10, Map.of(Facet.PRACTICE, List.of("practice.remunicipalisation")), "fr"));
        requests.add(new SearchRequest("ville", 1, 10, Map.of(Facet.KIND, List.of("report", "case-study"),
                Facet.LANGUAGE, List.of("fr")), "fr", List.of(), "fr"));
        requests.add(new SearchRequest("", 1, 10, Map.of(), "en", List.of(), new YearRange(2010, 2015),
                SortOrder.NEWEST, null, false, "en"));
        requests.add(new SearchRequest("city", 1, 10, Map.of(Facet.COUNTRY, List.of("FR", "SN", "BR")), "en", List.of(),
                YearRange.ANY, SortOrder.OLDEST, null, false, "en"));
        return requests;
    }

    private static SearchRequest byKind(String kind) {
        return new SearchRequest("", 1, 5, Map.of(Facet.KIND, List.of(kind)), "en");
    }

    /** One search: when it started and ended after the load began, and what went wrong if anything did. */
    private record Outcome(long startMillis, long endMillis) {
    }

    private static final class LoadResult {
        final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        volatile long killedAtMillis = Long.MAX_VALUE;

        long before() {
            return outcomes.stream().filter(o -> o.endMillis() < killedAtMillis).count();
        }

        long after() {
            return outcomes.stream().filter(o -> o.startMillis() > killedAtMillis).count();
        }

        long maxLatency(long startedFrom, long startedBefore) {
            return outcomes.stream().filter(o -> o.startMillis() >= startedFrom && o.startMillis() < startedBefore)
                    .mapToLong(o -> o.endMillis() - o.startMillis()).max().orElse(0);
        }

        /** Searches under way at the kill, or started within {@code windowMillis} after it. */
        long maxLatencyAround(long killMillis, long windowMillis) {
            return outcomes.stream().filter(o -> o.endMillis() >= killMillis && o.startMillis() < killMillis + windowMillis)
                    .mapToLong(o -> o.endMillis() - o.startMillis()).max().orElse(0);
        }
    }

    private static LoadResult runLoad(SearchFixture fixture, LibrarySearch search, List<SearchRequest> requests,
            Map<SearchRequest, Long> expected, DevNodeProcess victim) throws InterruptedException {
        LoadResult result = new LoadResult();
        long start = System.nanoTime();
        long end = start + LOAD.toNanos();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int client = 0; client < CLIENTS; client++) {
                int offset = client * 3;
                clients.execute(() -> {
                    try {
                        for (int n = offset; System.nanoTime() < end; n++) {
                            SearchRequest request = requests.get(n % requests.size());
                            long began = System.nanoTime();
                            try {
                                long total = fixture.inTransaction(em -> search.search(em, request)).total();
                                if (total != expected.get(request)) {
                                    result.failures.add("'" + request.query() + "' " + request.filters() + " found "
                                            + total + " instead of " + expected.get(request));
                                }
                            } catch (RuntimeException e) {
                                result.failures.add("'" + request.query() + "' " + request.filters() + ": " + e);
                            }
                            result.outcomes.add(new Outcome(millisSince(start, began), millisSince(start, System.nanoTime())));
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            Thread.sleep(KILL_AFTER.toMillis());
            result.killedAtMillis = millisSince(start, System.nanoTime());
            victim.kill();
            assertThat(done.await(LOAD.toSeconds() + 60, TimeUnit.SECONDS)).as("the load ended").isTrue();
        } finally {
            clients.shutdownNow();
        }
        return result;
    }

    /**
     * Each library index green, with one replica on another node than its primary, and every node holding
     * some copy: the settings file's {@code auto_expand_replicas} at work, since nothing else asks for replicas.
     */
    private void assertReplicatedAndSpread() {
        JsonObject health = json(get(nodes.get(0), "/_cluster/health?wait_for_status=green&wait_for_no_relocating_shards=true&timeout=60s"));
        assertThat(health.getString("status")).as(health.toString()).isEqualTo("green");
        JsonArray indices = jsonArray(get(nodes.get(0), "/_cat/indices?format=json&h=index,health,pri,rep"));
        Set<String> seen = new HashSet<>();
        for (JsonObject index : indices.getValuesAs(JsonObject.class)) {
            if (isLibraryIndex(index.getString("index"))) {
                seen.add(index.getString("index").replaceAll("-\\d+$", ""));
                assertThat(index.getString("health")).as(index.toString()).isEqualTo("green");
                assertThat(index.getString("rep")).as(index.toString()).isEqualTo("1");
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(INDEXES);
        Map<String, Set<String>> nodesByShard = new HashMap<>();
        Set<String> holders = new HashSet<>();
        for (JsonObject shard : shards(nodes.get(0))) {
            assertThat(shard.getString("state")).as(shard.toString()).isEqualTo("STARTED");
            nodesByShard.computeIfAbsent(shard.getString("index") + "/" + shard.getString("shard"), k -> new HashSet<>())
                    .add(shard.getString("node"));
            holders.add(shard.getString("node"));
        }
        assertThat(nodesByShard).isNotEmpty().allSatisfy((shard, holdersOfShard) ->
                assertThat(holdersOfShard).as(shard + " on two nodes").hasSize(2));
        assertThat(holders).hasSize(SIZE);
    }

    private DevNodeProcess nodeHoldingMostPrimaries() {
        Map<String, Integer> primaries = new HashMap<>();
        for (JsonObject shard : shards(nodes.get(0))) {
            if ("p".equals(shard.getString("prirep"))) {
                primaries.merge(shard.getString("node"), 1, Integer::sum);
            }
        }
        String name = Collections.max(primaries.entrySet(), Map.Entry.comparingByValue()).getKey();
        assertThat(primaries.get(name)).as("primaries of the node to kill").isPositive();
        System.out.println("Primaries per node: " + new TreeMap<>(primaries));
        return nodes.stream().filter(node -> node.options().nodeName().equals(name)).findFirst().orElseThrow();
    }

    private static int shardsOfLibraryIndexes(DevNodeProcess node, String prirep) {
        return (int) shards(node).stream().filter(shard -> prirep.equals(shard.getString("prirep"))).count();
    }

    private static List<JsonObject> shards(DevNodeProcess node) {
        return jsonArray(get(node, "/_cat/shards?format=json&h=index,shard,prirep,state,node")).getValuesAs(JsonObject.class)
                .stream().filter(shard -> isLibraryIndex(shard.getString("index"))).toList();
    }

    private static boolean isLibraryIndex(String name) {
        return INDEXES.stream().anyMatch(index -> name.matches(index + "-\\d+"));
    }

    private static long millisSince(long startNanos, long nanos) {
        return (nanos - startNanos) / 1_000_000;
    }

    private static String get(DevNodeProcess node, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(node.httpUrl() + path)).timeout(Duration.ofSeconds(90))
                .GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonArray jsonArray(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    /** The vocabulary the generated documents are written with. */
    private static final class Corpus {

        static final List<String> KINDS = List.of("case-study", "report", "legal-instrument", "concept-note",
                "policy-paper");
        static final List<String> CITIES = List.of("Naples", "Grenoble", "Barcelona", "Dakar", "Porto Alegre",
                "Bologna", "Montreal", "Valparaiso", "Lyon", "Seville");
        static final List<String> COUNTRIES = List.of("IT", "FR", "ES", "SN", "BR", "CA", "CL", "DE");
        static final List<String> PRACTICES = List.of("practice.remunicipalisation", "practice.collaboration-pact",
                "practice.co-management", "practice.energy-cooperative", "practice.inclusive-procurement",
                "practice.community-land-trust");
        static final List<Language> LANGUAGES = List.of(
                new Language("en", List.of("Water commons", "Public energy", "Urban gardens", "Community housing"),
                        List.of("The city", "A citizens' committee", "The cooperative", "The council"),
                        List.of("took back its water service", "signed a collaboration pact",
                                "opened a public canteen", "shares the board with residents",
                                "buys from local producers")),
                new Language("fr", List.of("Communs de l'eau", "Énergie publique", "Jardins partagés",
                        "Logement coopératif"),
                        List.of("La ville", "Un comité d'habitants", "La coopérative", "Le conseil municipal"),
                        List.of("a repris la gestion publique de l'eau", "a signé un pacte de collaboration",
                                "ouvre une cantine publique", "partage la gouvernance avec les habitants",
                                "achète aux producteurs locaux")),
                new Language("es", List.of("Agua pública", "Energía comunitaria", "Huertos urbanos",
                        "Vivienda cooperativa"),
                        List.of("La ciudad", "Un comité vecinal", "La cooperativa", "El ayuntamiento"),
                        List.of("recuperó la gestión del agua", "firmó un pacto de colaboración",
                                "abrió un comedor público", "comparte la gestión comunitaria con los vecinos",
                                "compra a productores locales")));

        private Corpus() {
        }

        record Language(String code, List<String> topics, List<String> subjects, List<String> predicates) {

            /** Two or three sentences naming the city and the topic. */
            String sentence(Random random, String city, String topic) {
                StringBuilder text = new StringBuilder(topic).append(", ").append(city).append(". ");
                int sentences = 2 + random.nextInt(2);
                for (int i = 0; i < sentences; i++) {
                    text.append(subjects.get(random.nextInt(subjects.size()))).append(' ')
                            .append(predicates.get(random.nextInt(predicates.size()))).append(". ");
                }
                return text.toString().strip();
            }
        }
    }
}
