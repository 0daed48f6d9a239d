/**
 * Event sessions announced in calls and concept notes: {@link org.commonslibrary.ingest.events.SessionExtractor}
 * reads dates, clock-time ranges and time zones written in English, French or Spanish and turns them into
 * instants. Time-zone abbreviations, names and cities live in {@code time-zones.txt}; month and weekday names
 * come from the {@code dates} package.
 */
package org.commonslibrary.ingest.events;
