package org.commonslibrary.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

    @Test
    void theDocumentsOfDocumentAndCaseHitsAreTakenOnceInTheirOrder() {
        String response = """
                {"facets":[],"hits":[
                  {"type":"document","id":12,"documentId":12,"title":"Water"},
                  {"type":"case","id":301,"documentId":7,"title":"Paris"},
                  {"type":"document","id":7,"documentId":7,"title":"Régie"},
                  {"type":"case","id":302,"documentId":40,"title":"Naples"}],
                 "page":1,"pageSize":10,"tookMillis":3,"total":4}
                """;
        assertThat(DocumentIds.in(response)).containsExactly(12L, 7L, 40L);
    }

    @Test
    void aPageWithoutHitsHasNoDocuments() {
        assertThat(DocumentIds.in("{\"facets\":[],\"hits\":[],\"page\":4,\"total\":30}")).isEmpty();
    }
}
