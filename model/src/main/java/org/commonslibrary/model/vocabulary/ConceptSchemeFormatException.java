package org.commonslibrary.model.vocabulary;

/** A concept scheme file that cannot be read, with the place of the problem for whoever edits it. */
public class ConceptSchemeFormatException extends IllegalArgumentException {

    private final String source;
    private final int line;

    public ConceptSchemeFormatException(String source, int line, String problem) {
        super(source + ", line " + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** 1-based line number of the offending line. */
    public int line() {
        return line;
    }
}
