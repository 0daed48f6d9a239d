/**
 * Tags text with the concepts of the library's vocabulary ({@code org.commonslibrary.model.vocabulary}):
 * mentions with offsets per passage, and a document's main concepts from the mentions of all its passages.
 * Matching works offline from the concept scheme and a small rules file next to these classes.
 */
package org.commonslibrary.ingest.tagging;
