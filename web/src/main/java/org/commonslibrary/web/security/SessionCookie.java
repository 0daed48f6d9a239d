package org.commonslibrary.web.security;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;

/**
 * The session cookie: HttpOnly so scripts never read it, SameSite=Strict so other sites' pages never
 * send it, Secure whenever the request came over https (plain http is only for a local library).
 */
public final class SessionCookie {

    public static final String NAME = "library_session";

    private SessionCookie() {
    }

    public static NewCookie carrying(String token, boolean secure) {
        return base(token, secure).maxAge((int) SignedInSessions.ABSOLUTE_LIMIT.toSeconds()).build();
    }

    /** Tells the browser to forget the cookie. */
    public static NewCookie cleared(boolean secure) {
        return base("", secure).maxAge(0).build();
    }

    private static NewCookie.Builder base(String value, boolean secure) {
        return new NewCookie.Builder(NAME).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT);
    }

    /** The session token a request's cookies carry, or null. */
    public static String tokenOf(java.util.Map<String, Cookie> cookies) {
        Cookie cookie = cookies.get(NAME);
        return cookie == null ? null : cookie.getValue();
    }
}
