package org.commonslibrary.bench.load;

import java.net.URI;

/** One call of the mix: its kind, for the report, and the address to get. */
public record LoadRequest(RequestKind kind, URI uri) {
}
