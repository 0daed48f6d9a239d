package org.commonslibrary.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.commonslibrary.devnode.DevNodeProcess;
import org.commonslibrary.devnode.junit.DevNodeExtension;
import org.commonslibrary.model.document.LibraryDocument;
import org.commonslibrary.search.api.RebuildPhase;
import org.commonslibrary.search.api.RebuiltIndex;
import org.commonslibrary.search.infrastructure.AliasMove;
import org.commonslibrary.search.infrastructure.IndexGenerations;
import org.commonslibrary.search.infrastructure.OpenSearchConnection;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rebuild outside the server, with Hibernate Search on H2 and a real node: generations, aliases, the
 * schema Hibernate Search expects, and the repair of what a rebuild cut short leaves behind.
 */
@ExtendWith(DevNodeExtension.class)
class IndexRebuilderIT {

    private static final List<String> INDEXES = List.of("cases", "documents", "passages");

    @Test
    void rebuildsIntoNewGenerationsAndRepairsAnInterruptedOne(DevNodeProcess node) throws Exception {
        OpenSearchConnection connection = new OpenSearchConnection(List.of(node.httpUrl().replace("http://", "")),
                "http", null, null);
        try (SearchFixture fixture = new SearchFixture(node); IndexGenerations cluster = new IndexGenerations(connection)) {
            fixture.add("Water commons in Naples", "case-study", "en", List.of("Naples shares its water company.",
                    "A citizens' committee sits on the board."));
            fixture.add("Les communs de l'eau", "report", "fr", List.of("Grenoble a repris son eau."));
            Map<String, String> first = serving(cluster);
            IndexRebuilder rebuilder = fixture.inTransaction(em -> new IndexRebuilder(
                    Search.mapping(em.getEntityManagerFactory()), cluster));
            assertThat(rebuilder.wasCutShort()).isFalse();

            RebuildProgress progress = new RebuildProgress();
            List<RebuiltIndex> rebuilt = rebuilder.rebuild(progress);

            Map<String, String> second = serving(cluster);
            assertThat(progress.phase()).isEqualTo(RebuildPhase.FINISHED);
            assertThat(progress.entitiesIndexed()).isEqualTo(2 + 3);
            assertThat(rebuilt).extracting(RebuiltIndex::name).containsExactlyInAnyOrderElementsOf(INDEXES);
            for (RebuiltIndex index : rebuilt) {
                assertThat(index.previousIndex()).isEqualTo(first.get(index.name()));
                assertThat(index.newIndex()).isEqualTo(second.get(index.name())).isNotEqualTo(index.previousIndex());
                assertThat(cluster.exists(index.previousIndex())).isFalse();
                assertThat(cluster.targetsOf(index.name() + "-write")).containsExactly(index.newIndex());
            }
            assertThat(rebuilt).filteredOn(i -> i.name().equals("passages")).extracting(RebuiltIndex::entries)
                    .containsExactly(3L);
            long naples = fixture.inTransaction(em -> Search.session(em).search(LibraryDocument.class)
                    .where(f -> f.match().field("title").matching("Naples")).fetchTotalHitCount());
            assertThat(naples).isEqualTo(1);

            // a server stopped during the mass indexing leaves the write alias on an unfinished generation
            String abandoned = cluster.nextGeneration("documents");
            cluster.create(abandoned, "{}");
            cluster.moveAliases(List.of(new AliasMove("documents-write", second.get("documents"), abandoned, true)));
            assertThat(rebuilder.wasCutShort()).isTrue();

            List<RebuiltIndex> repaired = rebuilder.rebuild(new RebuildProgress());

            assertThat(rebuilder.wasCutShort()).isFalse();
            assertThat(cluster.exists(abandoned)).isFalse();
            assertThat(repaired).filteredOn(i -> i.name().equals("documents")).extracting(RebuiltIndex::newIndex)
                    .doesNotContain(abandoned, second.get("documents"));
            long all = fixture.inTransaction(em -> Search.session(em).search(LibraryDocument.class)
                    .where(f -> f.matchAll()).fetchTotalHitCount());
            assertThat(all).isEqualTo(2);
        }
    }

    private static Map<String, String> serving(IndexGenerations cluster) throws Exception {
        Map<String, String> serving = new TreeMap<>();
        for (String name : INDEXES) {
            assertThat(cluster.targetsOf(name + "-read")).hasSize(1);
            serving.put(name, cluster.targetsOf(name + "-read").iterator().next());
        }
        return serving;
    }
}
