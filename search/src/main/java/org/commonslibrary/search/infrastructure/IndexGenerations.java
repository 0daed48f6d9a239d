package org.commonslibrary.search.infrastructure;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.ExpandWildcard;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.opensearch.indices.update_aliases.Action;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;

/**
 * The concrete indexes behind Hibernate Search's aliases ({@code documents-000001} behind
 * {@code documents-read} and {@code documents-write}), read and changed with the OpenSearch Java client:
 * a new generation is created next to the current one and the aliases move from one to the other in
 * atomic updates, so that a reader always finds exactly one complete index behind an alias.
 */
public class IndexGenerations implements AutoCloseable {

    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(5);
    // Creating an index waits for its primary shards; a busy cluster may take a while.
    private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(60);

    private final ApacheHttpClient5Transport transport;
    private final OpenSearchClient client;

    public IndexGenerations(OpenSearchConnection connection) {
        this.transport = OpenSearchTransports.open(connection, CONNECT_TIMEOUT, RESPONSE_TIMEOUT);
        this.client = new OpenSearchClient(transport);
    }

    /** The indexes the alias points to; empty when there is no such alias. */
    public Set<String> targetsOf(String alias) throws IOException {
        try {
            return new TreeSet<>(client.indices().getAlias(a -> a.name(alias)).result().keySet());
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                return Set.of();
            }
            throw e;
        }
    }

    /**
     * The name of the generation after the newest one of {@code baseName}: {@code documents-000003} when
     * {@code documents-000002} exists. Six digits, as Hibernate Search's simple layout writes them, since it
     * reads a hit's index name back with that pattern.
     */
    public String nextGeneration(String baseName) throws IOException {
        Pattern generation = Pattern.compile(Pattern.quote(baseName) + "-(\\d{6})");
        int newest = 0;
        for (String index : client.indices().get(g -> g.index(baseName + "-*").expandWildcards(ExpandWildcard.All)
                .ignoreUnavailable(true).allowNoIndices(true)).result().keySet()) {
            Matcher matcher = generation.matcher(index);
            if (matcher.matches()) {
                newest = Math.max(newest, Integer.parseInt(matcher.group(1)));
            }
        }
        return String.format("%s-%06d", baseName, newest + 1);
    }

    /**
     * Creates an index from a create-index body (settings and mappings) as JSON. The body goes as it is,
     * through the client's generic API: the typed request model would have to understand every analysis
     * component and mapping parameter to pass them on, and silently loses what it does not.
     */
    public void create(String index, String bodyJson) throws IOException {
        try (Response response = client.generic().execute(Requests.builder().method("PUT")
                .endpoint("/" + index).json(bodyJson).build())) {
            if (response.getStatus() / 100 != 2) {
                String detail = response.getBody().map(b -> b.bodyAsString()).orElse(response.getReason());
                throw new IOException("OpenSearch refused to create " + index + " (" + response.getStatus() + "): "
                        + detail);
            }
        }
    }

    /** Moves aliases in one atomic update: readers see every move or none. */
    public void moveAliases(List<AliasMove> moves) throws IOException {
        List<Action> actions = new java.util.ArrayList<>();
        for (AliasMove move : moves) {
            if (move.from() != null) {
                actions.add(Action.of(a -> a.remove(r -> r.index(move.from()).alias(move.alias()))));
            }
            actions.add(Action.of(a -> a.add(add -> add.index(move.to()).alias(move.alias())
                    .isWriteIndex(move.writeIndex()))));
        }
        client.indices().updateAliases(u -> u.actions(actions));
    }

    /** Makes everything written to the index visible to searches. */
    public void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    /** How many documents the index holds (nested ones not counted). */
    public long count(String index) throws IOException {
        return client.count(c -> c.index(index)).count();
    }

    public boolean exists(String index) throws IOException {
        return client.indices().exists(e -> e.index(index)).value();
    }

    public void delete(String index) throws IOException {
        client.indices().delete(d -> d.index(index));
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
