package org.passerelle.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.Router;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser's entry to the server-side code flow. An HTTP permission makes /login require
 * authentication, which in hybrid mode redirects a browser to the IdP; once back, this route sets the
 * CSRF cookie and returns to the SPA. /api never redirects (see ProblemMappers).
 */
@ApplicationScoped
public class LoginRoutes {

    @ConfigProperty(name = "quarkus.oidc.authentication.cookie-force-secure", defaultValue = "true")
    boolean secureCookies;

    void register(@Observes Router router) {
        router.get("/login").handler(ctx -> {
            Cookie csrf = Cookie.cookie(Csrf.COOKIE, Csrf.newToken())
                    .setPath("/").setSameSite(CookieSameSite.STRICT).setSecure(secureCookies).setHttpOnly(false);
            ctx.response().addCookie(csrf);
            ctx.redirect(safeReturnPath(ctx.request().getParam("return")));
        });
    }

    /** Percent-decoding rounds before giving up: a path encoded more often than this is not ours. */
    private static final int DECODING_ROUNDS = 4;

    /**
     * Only a same-origin path, else "/": an open redirect would let a phishing link borrow our login
     * page. Browsers drop tabs and newlines from a URL and read a backslash as a slash, so "/\t/evil" and
     * "/\\evil" are "//evil", another host. The value must be visible ASCII, start with one "/" and keep
     * to that once percent-decoded (as often as it decodes): no "//", no backslash, no control character
     * or whitespace, nothing malformed. Starting with "/" rules out a scheme.
     */
    static String safeReturnPath(String requested) {
        if (requested == null || !requested.startsWith("/") || !isSafe(requested)) {
            return "/";
        }
        String decoded = requested;
        for (int round = 0; round < DECODING_ROUNDS && decoded.indexOf('%') >= 0; round++) {
            decoded = percentDecode(decoded);
            if (decoded == null || !isSafeDecoded(decoded)) {
                return "/";
            }
        }
        // Still encoded after that many rounds: nobody links to such a path in good faith.
        return decoded.indexOf('%') >= 0 ? "/" : requested;
    }

    /** The raw value: visible ASCII only (it goes into a Location header as is). */
    private static boolean isSafe(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return isSafeDecoded(path);
    }

    private static boolean isSafeDecoded(String path) {
        if (!path.startsWith("/") || path.startsWith("//") || path.indexOf('\\') >= 0) {
            return false;
        }
        return path.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c)
                || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR);
    }

    /** One round of percent-decoding as UTF-8, or null if malformed. */
    private static String percentDecode(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
