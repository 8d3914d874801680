package org.passerelle.common.problem;

import java.util.regex.Pattern;

/**
 * Request paths as they may be logged or echoed in a problem's {@code instance}: a segment shaped like a
 * signed token (base64url parts joined by dots, as the signed links' and JWTs') is replaced by
 * {@code {token}}, because such a path is a credential (decision 0018: links are never logged).
 */
public final class LoggedPaths {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,}(?:\\.[A-Za-z0-9_-]{16,})+");

    private LoggedPaths() {
    }

    public static String of(String rawPath) {
        return rawPath == null ? null : TOKEN.matcher(rawPath).replaceAll("{token}");
    }
}
