package org.passerelle.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.passerelle.common.problem.ApiProblem;

/**
 * CSRF protection for writes authenticated by the session cookie (double-submit token): /login sets
 * a readable {@value #COOKIE} cookie, and the SPA echoes it in the {@value #HEADER} header. Requests
 * with a bearer token carry no ambient credential and need no token.
 */
public class Csrf {

    public static final String COOKIE = "passerelle-csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String SESSION_COOKIE_PREFIX = "q_session";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @ServerRequestFilter(priority = 100)
    public void check(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        boolean session = request.getCookies().keySet().stream().anyMatch(n -> n.startsWith(SESSION_COOKIE_PREFIX));
        if (!session) {
            return;
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        String header = request.getHeaderString(HEADER);
        if (cookie == null || header == null || !MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiProblem(403, "csrf", "Forbidden",
                    "A write with the session cookie needs the " + HEADER + " header set from the " + COOKIE
                            + " cookie.", null);
        }
    }
}
