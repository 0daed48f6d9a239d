package org.commonslibrary.search.api;

/**
 * A quoted passage. {@code highlight} is HTML-escaped text in which the only markup is {@code <mark>}
 * around the matched words, so it can be inserted into a page as is. {@code link} opens the original
 * document, at the passage's page when the format has pages a viewer can jump to.
 */
public record PassageHit(int page, String highlight, String link) {
}
