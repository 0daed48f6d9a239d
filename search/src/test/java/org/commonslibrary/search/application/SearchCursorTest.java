package org.commonslibrary.search.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.google.gson.JsonArray;

import org.commonslibrary.search.api.InvalidCursorException;
import org.commonslibrary.search.api.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchCursorTest {

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whatIsEncodedComesBackForTheSameOrder() {
        JsonArray after = new JsonArray();
        after.add(3.25);
        after.add("document:0000000000000000042");
        String cursor = SearchCursor.encode(SortOrder.RELEVANCE, after);
        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(SearchCursor.decode(cursor, SortOrder.RELEVANCE)).isEqualTo(after);
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        JsonArray after = new JsonArray();
        after.add(1_400_000_000_000L);
        String cursor = SearchCursor.encode(SortOrder.NEWEST, after);
        assertThatThrownBy(() -> SearchCursor.decode(cursor, SortOrder.OLDEST))
                .isInstanceOf(InvalidCursorException.class).hasMessageContaining("another sort order");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "%%%", "bm90IGpzb24", // not base64, not JSON
        "W10", // [] : not an object
        "e30", // {} : no fields
        "eyJzb3J0IjoicmVsZXZhbmNlIiwiYWZ0ZXIiOltdfQ", // no values
        "eyJzb3J0IjoicmVsZXZhbmNlIiwiYWZ0ZXIiOlt7fV19", // an object among the values
        "eyJzb3J0IjoicmVsZXZhbmNlIiwiYWZ0ZXIiOltbMV1dfQ", // a nested array
        "eyJzb3J0IjpbInJlbGV2YW5jZSJdLCJhZnRlciI6WzFdfQ", // the order as an array
    })
    void anythingElseIsRefusedWithoutReachingTheEngine(String forged) {
        assertThatThrownBy(() -> SearchCursor.decode(forged, SortOrder.RELEVANCE))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void tooManyValuesOrTooLongAreRefused() {
        assertThatThrownBy(() -> SearchCursor.decode(base64("{\"sort\":\"relevance\",\"after\":[1,2,3,4,5]}"),
                SortOrder.RELEVANCE)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> SearchCursor.decode("A".repeat(SearchCursor.MAX_LENGTH + 1), SortOrder.RELEVANCE))
                .isInstanceOf(InvalidCursorException.class);
    }
}
