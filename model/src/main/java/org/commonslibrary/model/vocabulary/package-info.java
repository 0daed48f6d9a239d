/**
 * The library's controlled vocabulary: practices, sectors, aims and global agendas, each with a
 * language-neutral id, labels in English, French and Spanish, and a broader/narrower hierarchy. Documents and
 * passages are tagged with these ids so that a search in one language finds a practice described in another.
 */
package org.commonslibrary.model.vocabulary;
