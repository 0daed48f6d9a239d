package org.commonslibrary.search.application;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.commonslibrary.search.api.IndexRebuildException;
import org.commonslibrary.search.api.RebuildPhase;
import org.commonslibrary.search.api.RebuiltIndex;
import org.commonslibrary.search.infrastructure.AliasMove;
import org.commonslibrary.search.infrastructure.IndexGenerations;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.metamodel.ElasticsearchIndexDescriptor;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * Rebuilds every index from the database while searches go on, the way Hibernate Search's aliases allow
 * it: searches read through {@code <index>-read}, writes go through {@code <index>-write}.
 * <ol>
 * <li>A new generation of each index ({@code documents-000002}) is created with the schema that Hibernate
 * Search expects of this release, and the write aliases move to the new generations in one atomic update.
 * From then on every change (from the mass indexer or from people working meanwhile) lands in the new
 * indexes, while searches still read the complete old ones.</li>
 * <li>The mass indexer writes every indexed entity of the database.</li>
 * <li>The new indexes are refreshed, then the read aliases move to them in one atomic update, so that no
 * search ever sees a half-filled index, nor documents and passages from different generations.</li>
 * <li>The old generations are deleted.</li>
 * </ol>
 * If anything fails before the read aliases move, the write aliases go back to the old indexes and the new
 * ones are deleted: searches never noticed. A change made during the failed rebuild is in the database but
 * not in the restored index until the next rebuild.
 *
 * <p>Nothing here uses {@code _reindex} or delete-by-query (the development node has neither), nor depends
 * on how Hibernate Search synchronizes ordinary changes (directly or through an outbox): both write
 * through the write alias.
 *
 * <p>Not thread-safe: one rebuild at a time, which its caller ensures.
 */
public class IndexRebuilder {

    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class.getName());

    private static final int MAX_REASON = 600;

    private final SearchMapping mapping;
    private final IndexGenerations cluster;

    public IndexRebuilder(SearchMapping mapping, IndexGenerations cluster) {
        this.mapping = mapping;
        this.cluster = cluster;
    }

    /** An index being rebuilt: its aliases, its current and its new generation. */
    private record Generation(String name, String readAlias, String writeAlias, boolean readIsWriteIndex,
            String previousIndex, String newIndex) {
    }

    public List<RebuiltIndex> rebuild(RebuildProgress progress) throws IndexRebuildException {
        List<Generation> created = new ArrayList<>();
        boolean writesMoved = false;
        List<RebuiltIndex> rebuilt = new ArrayList<>();
        long start = System.nanoTime();
        try {
            progress.enter(RebuildPhase.PREPARING);
            Map<String, JsonObject> schemas = expectedSchemas();
            for (ElasticsearchIndexDescriptor index : indexes()) {
                created.add(createNextGeneration(index, schemas.get(index.hibernateSearchName())));
            }
            cluster.moveAliases(created.stream()
                    .map(g -> new AliasMove(g.writeAlias(), g.previousIndex(), g.newIndex(), true)).toList());
            writesMoved = true;
            long prepared = System.nanoTime();
            LOG.info("Rebuild: writes go to " + created.stream().map(Generation::newIndex).toList() + " ("
                    + millisSince(start) + " ms)");

            progress.enter(RebuildPhase.INDEXING);
            mapping.scope(Object.class).massIndexer()
                    // the new indexes are empty, and purging would need delete-by-query
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(false)
                    .mergeSegmentsOnFinish(false)
                    .typesToIndexInParallel(1)
                    .threadsToLoadObjects(2)
                    .monitor(progress.monitor())
                    .startAndWait();
            long indexed = System.nanoTime();
            LOG.info("Rebuild: " + progress.entitiesIndexed() + " entities written in " + millisSince(prepared) + " ms");

            progress.enter(RebuildPhase.SWITCHING);
            for (Generation generation : created) {
                cluster.refresh(generation.newIndex());
                rebuilt.add(new RebuiltIndex(generation.name(), generation.previousIndex(), generation.newIndex(),
                        cluster.count(generation.newIndex())));
            }
            cluster.moveAliases(created.stream().map(g -> new AliasMove(g.readAlias(), g.previousIndex(),
                    g.newIndex(), g.readIsWriteIndex())).toList());
            LOG.info("Rebuild: searches read " + created.stream().map(Generation::newIndex).toList() + " ("
                    + millisSince(indexed) + " ms)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw restore(created, writesMoved, "the rebuild was interrupted", e);
        } catch (IOException | RuntimeException e) {
            throw restore(created, writesMoved, describe(e), e);
        }

        progress.enter(RebuildPhase.CLEANING);
        for (Generation generation : created) {
            deleteQuietly(generation.previousIndex());
        }
        progress.enter(RebuildPhase.FINISHED);
        return rebuilt;
    }

    /**
     * Whether a rebuild was cut short (the server stopped while it ran): then a write alias points to
     * another index than the read alias, and changes go where nobody searches until a rebuild repairs it.
     */
    public boolean wasCutShort() throws IOException {
        for (ElasticsearchIndexDescriptor index : indexes()) {
            if (!cluster.targetsOf(index.writeName()).equals(cluster.targetsOf(index.readName()))) {
                return true;
            }
        }
        return false;
    }

    /** The indexes of the mapping, each once (several entity types may share one). */
    private List<ElasticsearchIndexDescriptor> indexes() {
        Map<String, ElasticsearchIndexDescriptor> byName = new LinkedHashMap<>();
        mapping.allIndexedEntities().forEach(entity -> {
            ElasticsearchIndexDescriptor descriptor = entity.indexManager().unwrap(ElasticsearchIndexManager.class)
                    .descriptor();
            byName.putIfAbsent(descriptor.hibernateSearchName(), descriptor);
        });
        return List.copyOf(byName.values());
    }

    /** The create-index bodies Hibernate Search would send for this release's mapping, by index name. */
    private Map<String, JsonObject> expectedSchemas() {
        Map<String, JsonObject> bodies = new LinkedHashMap<>();
        mapping.scope(Object.class).schemaManager().exportExpectedSchema((backend, index, export) -> bodies.put(index,
                export.extension(ElasticsearchExtension.get()).bodyParts().get(0)));
        return bodies;
    }

    private Generation createNextGeneration(ElasticsearchIndexDescriptor index, JsonObject expectedSchema)
            throws IOException {
        String name = index.hibernateSearchName();
        Set<String> reading = cluster.targetsOf(index.readName());
        if (reading.size() != 1) {
            throw new IOException(index.readName() + " points to " + reading.size()
                    + " indexes instead of one; the aliases need an operator's look first");
        }
        String previous = reading.iterator().next();
        // numbered before an abandoned generation goes, so that no name ever stands for two different indexes
        String next = cluster.nextGeneration(name);
        releaseAbandonedGeneration(index.writeName(), previous);

        JsonObject body = expectedSchema.deepCopy();
        // the aliases are moved later, one step at a time; created with them, the index would join searches empty
        JsonElement aliases = body.remove("aliases");
        cluster.create(next, body.toString());
        return new Generation(name, index.readName(), index.writeName(), isWriteIndex(aliases, index.readName()),
                previous, next);
    }

    /**
     * A write alias that points away from the read alias's index is what a rebuild cut short by a stopped
     * server leaves: the write alias goes back to the index people search and the abandoned generation is
     * deleted, since this rebuild writes everything again anyway.
     */
    private void releaseAbandonedGeneration(String writeAlias, String serving) throws IOException {
        for (String writing : cluster.targetsOf(writeAlias)) {
            if (!writing.equals(serving)) {
                LOG.warning(writeAlias + " pointed to " + writing + ", left by an interrupted rebuild; moving it back to "
                        + serving);
                cluster.moveAliases(List.of(new AliasMove(writeAlias, writing, serving, true)));
                deleteQuietly(writing);
            }
        }
    }

    private static boolean isWriteIndex(JsonElement aliases, String alias) {
        if (aliases == null || !aliases.isJsonObject() || !aliases.getAsJsonObject().has(alias)) {
            return false;
        }
        JsonElement definition = aliases.getAsJsonObject().get(alias);
        return definition.isJsonObject() && definition.getAsJsonObject().has("is_write_index")
                && definition.getAsJsonObject().get("is_write_index").getAsBoolean();
    }

    /** Puts the writes back on the indexes that never stopped serving searches and removes the new ones. */
    private IndexRebuildException restore(List<Generation> created, boolean writesMoved, String reason,
            Exception cause) {
        StringBuilder message = new StringBuilder(reason);
        if (writesMoved) {
            try {
                cluster.moveAliases(created.stream()
                        .map(g -> new AliasMove(g.writeAlias(), g.newIndex(), g.previousIndex(), true)).toList());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "The write aliases could not be moved back after a failed rebuild", e);
                message.append("; moving the write aliases back failed too (").append(describe(e))
                        .append("): the next rebuild repairs them");
                return new IndexRebuildException(message.toString(), cause);
            }
        }
        for (Generation generation : created) {
            deleteQuietly(generation.newIndex());
        }
        return new IndexRebuildException(message.toString(), cause);
    }

    private void deleteQuietly(String index) {
        try {
            if (cluster.exists(index)) {
                cluster.delete(index);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Index " + index + " could not be deleted; delete it by hand", e);
        }
    }

    private static long millisSince(long nanoTime) {
        return java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
    }

    /** The first line of the message, which says what failed; the details (request bodies) stay in the log. */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() != null ? e.getMessage() : root.getMessage();
        if (message == null) {
            return root.getClass().getSimpleName();
        }
        String firstLine = message.lines().findFirst().orElse("").strip();
        return firstLine.length() > MAX_REASON ? firstLine.substring(0, MAX_REASON) + "…" : firstLine;
    }
}
