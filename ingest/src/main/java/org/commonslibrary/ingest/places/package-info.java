/**
 * Places in passages: countries (ISO 3166-1, names in English, French and Spanish from the JDK plus
 * hand-written variants), cities (a GeoNames-derived gazetteer of every city of 100,000 inhabitants or
 * more and every capital) and the UCLG world region each country belongs to.
 *
 * <p>{@link org.commonslibrary.ingest.places.PlaceFinder} tags mentions in text;
 * {@link org.commonslibrary.ingest.places.Gazetteer} and
 * {@link org.commonslibrary.ingest.places.CountryRegions} answer look-ups (a country's name in a
 * language, its region, a region's label). All data is bundled next to these classes: the word lists
 * that keep ordinary words ("Nice to meet you", "Further Reading") from being tagged are plain text files
 * meant to be extended by people who know the languages.
 */
package org.commonslibrary.ingest.places;
