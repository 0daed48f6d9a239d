package org.commonslibrary.model.account;

/** What a signed-in person may do. Anonymous visitors have no role and only read. */
public enum Role {
    ADMIN, EDITOR;

    /** The name used in role checks (for example in {@code @RolesAllowed}). */
    public String roleName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
