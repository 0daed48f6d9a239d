/**
 * Language-aware text steps that follow extraction: passages for search results, the document's language and
 * its kind. They work offline from hand-written data files next to these classes (word lists, cue phrases,
 * sample texts), which can be reviewed and extended without touching the code.
 */
package org.commonslibrary.ingest.text;
