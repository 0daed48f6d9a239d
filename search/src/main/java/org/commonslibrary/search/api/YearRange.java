package org.commonslibrary.search.api;

/**
 * Publication years from {@code from} to {@code to}, both included; either end may be open (null).
 */
public record YearRange(Integer from, Integer to) {

    public static final YearRange ANY = new YearRange(null, null);

    public YearRange {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("The first year of the range comes after the last.");
        }
    }

    public boolean isAny() {
        return from == null && to == null;
    }
}
