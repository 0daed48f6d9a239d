package org.commonslibrary.search.api;

/** Where a rebuild of the indexes is; the id is what the API shows. */
public enum RebuildPhase {
    /** New indexes are created next to the current ones and take over writes. */
    PREPARING("preparing"),
    /** Every entity is read from the database and written to the new indexes. */
    INDEXING("indexing"),
    /** The new indexes are refreshed and take over searches in one atomic alias update. */
    SWITCHING("switching"),
    /** The previous indexes are deleted. */
    CLEANING("cleaning"),
    FINISHED("finished");

    private final String id;

    RebuildPhase(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
