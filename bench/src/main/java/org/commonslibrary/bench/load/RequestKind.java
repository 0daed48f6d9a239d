package org.commonslibrary.bench.load;

/** What a visitor's browser asks the library for; each kind is measured on its own. */
public enum RequestKind {
    SEARCH("search"),
    SUGGEST("suggest"),
    DOCUMENT("document"),
    SIMILAR("similar"),
    PAGE("static page");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    /** The name the report gives the kind. */
    public String label() {
        return label;
    }
}
