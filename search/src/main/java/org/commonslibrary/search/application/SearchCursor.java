package org.commonslibrary.search.application;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.commonslibrary.search.api.InvalidCursorException;
import org.commonslibrary.search.api.SortOrder;

/**
 * Where a page of results ended: the sort values of its last hit, which OpenSearch continues after
 * ({@code search_after}). Unlike an offset, it neither skips nor repeats results when the index changes
 * between pages, and it reaches any depth. It is opaque to clients and checked when it comes back: it must
 * be one of ours, for the same order, holding only plain values.
 */
final class SearchCursor {

    static final int MAX_LENGTH = 512;
    private static final int MAX_VALUES = 4;

    private SearchCursor() {
    }

    static String encode(SortOrder sort, JsonArray sortValues) {
        JsonObject cursor = new JsonObject();
        cursor.addProperty("sort", sort.apiName());
        cursor.add("after", sortValues);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(cursor.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The sort values to continue after. */
    static JsonArray decode(String encoded, SortOrder sort) {
        if (encoded.length() > MAX_LENGTH) {
            throw invalid();
        }
        JsonElement parsed;
        try {
            String json = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            parsed = JsonParser.parseString(json);
        } catch (IllegalArgumentException | JsonParseException e) {
            throw invalid();
        }
        if (!parsed.isJsonObject()) {
            throw invalid();
        }
        JsonObject cursor = parsed.getAsJsonObject();
        JsonElement cursorSort = cursor.get("sort");
        JsonElement after = cursor.get("after");
        if (cursorSort == null || !cursorSort.isJsonPrimitive() || after == null || !after.isJsonArray()) {
            throw invalid();
        }
        if (!sort.apiName().equals(cursorSort.getAsString())) {
            throw new InvalidCursorException("The cursor belongs to another sort order; start again from the "
                    + "first page.");
        }
        JsonArray values = after.getAsJsonArray();
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw invalid();
        }
        for (JsonElement value : values) {
            if (!value.isJsonPrimitive() && !value.isJsonNull()) {
                throw invalid();
            }
        }
        return values;
    }

    private static InvalidCursorException invalid() {
        return new InvalidCursorException("The cursor is not one this search gave out.");
    }
}
