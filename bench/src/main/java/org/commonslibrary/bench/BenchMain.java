package org.commonslibrary.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.commonslibrary.bench.corpus.CorpusGenerator;
import org.commonslibrary.bench.corpus.CorpusSummary;
import org.commonslibrary.bench.ingest.IndexCounts;
import org.commonslibrary.bench.ingest.IngestBenchmark;
import org.commonslibrary.bench.load.DocumentIds;
import org.commonslibrary.bench.load.LoadOptions;
import org.commonslibrary.bench.load.LoadReport;
import org.commonslibrary.bench.load.LoadTable;
import org.commonslibrary.bench.load.MixedLoad;
import org.commonslibrary.bench.load.VisitorMix;
import org.commonslibrary.bench.search.FacetValues;
import org.commonslibrary.bench.search.LatencySummary;
import org.commonslibrary.bench.search.LatencyTable;
import org.commonslibrary.bench.search.QueryMix;
import org.commonslibrary.bench.search.SearchLoad;
import org.commonslibrary.model.vocabulary.ConceptScheme;

/**
 * {@code ./library bench generate|ingest|search|load}: the benchmark tool. Ports and the admin password come from
 * the same environment variables as the run script's.
 */
public final class BenchMain {

    static final String USAGE = """
            Usage:
              ./library bench generate [--out DIR] [--passages N] [--paragraphs N] [--seed N]
                  write a generated corpus of HTML documents (default: data/bench/corpus, 100000 passages,
                  100 paragraphs per document on average, seed 42)
              ./library bench ingest FOLDER [--url URL] [--opensearch URL] [--tika-threads N]
                  import FOLDER into a running library and compare with raw Tika on the same files
                  (needs LIBRARY_ADMIN_PASSWORD)
              ./library bench search [--url URL] [--clients 1,16] [--requests N] [--warmup N] [--filters N] [--seed N]
                  search latency of the API next to OpenSearch's took, per number of concurrent clients
              ./library bench load [--base URL] [--clients N] [--seconds N] [--warmup-seconds N] [--seed N]
                  concurrent visitors (default 32) for a time (default 60 s after 10 s of warm-up) sending a mix of
                  searches, suggestions, document pages, similar documents and static pages; latency per kind;
                  exits with 1 if any call failed
            """;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.getenv(), System.out));
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out) throws Exception {
        if (args.length == 0) {
            out.print(USAGE);
            return 2;
        }
        BenchArguments arguments;
        try {
            arguments = new BenchArguments(Arrays.asList(args).subList(1, args.length));
            return switch (args[0]) {
                case "generate" -> generate(arguments, out);
                case "ingest" -> ingest(arguments, environment, out);
                case "search" -> search(arguments, environment, out);
                case "load" -> load(loadOptions(arguments, environment), out);
                default -> throw new IllegalArgumentException("Unknown command " + args[0] + ".");
            };
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.print(USAGE);
            return 2;
        }
    }

    private static int generate(BenchArguments arguments, PrintStream out) throws IOException {
        Path folder = Path.of(arguments.text("out", "data/bench/corpus"));
        long started = System.nanoTime();
        CorpusSummary summary = new CorpusGenerator(arguments.number("seed", 42),
                (int) arguments.number("paragraphs", 100)).write(folder, arguments.number("passages", 100_000));
        out.printf("Wrote %s in %.1f s:%n%s", folder, (System.nanoTime() - started) / 1e9, summary.describe());
        return 0;
    }

    private static int ingest(BenchArguments arguments, Map<String, String> environment, PrintStream out)
            throws IOException, InterruptedException {
        Path folder = Path.of(arguments.positional(0, "folder to import"));
        if (environment.get("LIBRARY_ADMIN_PASSWORD") == null) {
            throw new IllegalArgumentException("Set LIBRARY_ADMIN_PASSWORD to the library's admin password.");
        }
        IngestBenchmark benchmark = new IngestBenchmark(libraryUrl(arguments, environment), environment,
                new IndexCounts(openSearchUrl(arguments, environment)),
                (int) arguments.number("tika-threads", 2), out);
        return benchmark.run(folder);
    }

    private static int search(BenchArguments arguments, Map<String, String> environment, PrintStream out)
            throws IOException, InterruptedException {
        URI base = URI.create(libraryUrl(arguments, environment));
        long seed = arguments.number("seed", 42);
        HttpResponse<String> all = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.resolve("api/search?q=")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (all.statusCode() != 200) {
            out.println("The library at " + base + " answered " + all.statusCode() + ": " + all.body());
            return 1;
        }
        FacetValues facets = FacetValues.fromSearchResponse(all.body());
        QueryMix mix = new QueryMix(ConceptScheme.standard(), facets, (int) arguments.number("filters", 2));
        SearchLoad load = new SearchLoad(base, mix, seed);
        int requests = (int) arguments.number("requests", 2000);
        int warmUp = (int) arguments.number("warmup", 300);
        List<LatencySummary> runs = new ArrayList<>();
        for (int clients : arguments.numbers("clients", "1,16")) {
            out.printf("%d client(s): %d warm-up calls, then %d measured ...%n", clients, warmUp, requests);
            runs.add(load.run(clients, warmUp, requests));
        }
        if (load.firstError() != null) {
            out.println("First failed call: " + load.firstError());
        }
        out.println();
        out.print(LatencyTable.render(runs));
        return 0;
    }

    static LoadOptions loadOptions(BenchArguments arguments, Map<String, String> environment) {
        String base = arguments.text("base", libraryUrl(arguments, environment));
        return new LoadOptions(URI.create(base.endsWith("/") ? base : base + "/"),
                (int) arguments.number("clients", LoadOptions.DEFAULT_CLIENTS),
                Duration.ofSeconds(arguments.number("seconds", LoadOptions.DEFAULT_SECONDS)),
                Duration.ofSeconds(arguments.number("warmup-seconds", LoadOptions.DEFAULT_WARMUP_SECONDS)),
                arguments.number("seed", 1));
    }

    private static int load(LoadOptions options, PrintStream out) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        FacetValues facets;
        List<Long> documents;
        try {
            HttpResponse<String> all = http.send(HttpRequest.newBuilder(options.base().resolve("api/search?q="))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (all.statusCode() != 200) {
                out.println("The library at " + options.base() + " answered " + all.statusCode() + ": " + all.body());
                return 1;
            }
            facets = FacetValues.fromSearchResponse(all.body());
            documents = DocumentIds.discover(http, options.base());
        } catch (IOException e) {
            out.println("The library at " + options.base() + " cannot be searched: " + e);
            return 1;
        }
        VisitorMix mix = new VisitorMix(options.base(), ConceptScheme.standard(), facets, documents);
        out.printf("%d client(s) against %s (%d documents to open): %d s of warm-up, then %d s measured ...%n",
                options.clients(), options.base(), documents.size(), options.warmUp().toSeconds(),
                options.measured().toSeconds());
        LoadReport report = new MixedLoad(mix, options.seed()).run(options.clients(), options.warmUp(),
                options.measured());
        out.println();
        out.print(LoadTable.render(report));
        return report.errors() == 0 ? 0 : 1;
    }

    private static String libraryUrl(BenchArguments arguments, Map<String, String> environment) {
        String url = arguments.text("url",
                "http://127.0.0.1:" + environment.getOrDefault("LIBRARY_HTTP_PORT", "8080") + "/");
        return url.endsWith("/") ? url : url + "/";
    }

    private static URI openSearchUrl(BenchArguments arguments, Map<String, String> environment) {
        String url = arguments.text("opensearch",
                "http://127.0.0.1:" + environment.getOrDefault("LIBRARY_OPENSEARCH_PORT", "9200") + "/");
        return URI.create(url.endsWith("/") ? url : url + "/");
    }
}
