package org.passerelle.common.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import org.passerelle.common.problem.ApiProblem;

/**
 * Optimistic locking over HTTP (docs/architecture.md rule 7): an update must name the version it read in
 * {@code If-Match}; a missing one gives 428, a stale one 412. Single-record reads and writes send
 * {@code ETag: "<version>-<digest>"} or {@code "<version>"}, so either can be echoed back.
 */
public final class Preconditions {

    private static final Pattern TAG = Pattern.compile("\"(\\d{1,9})(?:-[A-Za-z0-9_-]*)?\"");

    private Preconditions() {
    }

    public static void requireVersion(String ifMatch, int currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.trim())) {
            throw new ApiProblem(428, "precondition-required", "Precondition Required",
                    "Send If-Match with the ETag (the version) you read; updates never overwrite blindly.", null);
        }
        Matcher matcher = TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw ApiProblem.invalid("If-Match", "must be a strong ETag such as \"3\"");
        }
        if (Integer.parseInt(matcher.group(1)) != currentVersion) {
            throw stale();
        }
    }

    public static ApiProblem stale() {
        return new ApiProblem(412, "precondition-failed", "Precondition Failed",
                "The record changed since you read it; read it again and reapply your change.", null);
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /**
     * A record as its editors maintain it, with its version as ETag: private and revalidated every time, since
     * an editing screen must start from the version it is about to send in If-Match, and no shared cache may keep it.
     */
    public static Response maintained(Object view, int version) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        return Response.ok(view).tag(new EntityTag(String.valueOf(version))).cacheControl(cache).build();
    }
}
