package org.commonslibrary.ingest.places;

/** What kind of place a {@link PlaceMention} names. */
public enum PlaceType {
    COUNTRY,
    CITY
}
