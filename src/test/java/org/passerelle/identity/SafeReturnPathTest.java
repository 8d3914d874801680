package org.passerelle.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The return path after /login is a same-origin path or "/" (open redirect, issue 10 point 3). The values
 * are what the route reads: Vert.x has already decoded the query string once.
 */
class SafeReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/kiosk/plan", "/staff/services?domain=housing&page=2", "/services/caf%C3%A9",
            "/a/b#section", "/https:/x" })
    void keepsASameOriginPath(String path) {
        assertEquals(path, LoginRoutes.safeReturnPath(path));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            // tab, newline, carriage return, other controls and whitespace, raw
            "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/\u000b/evil.example", "/ /evil.example",
            "/\u0000/evil.example", "/\u007f/evil.example", "/\u00a0/evil.example", "/\u2028/evil.example",
            "/kiosk\t", "\t/evil.example",
            // the same once or twice percent-encoded
            "/%09/evil.example", "/%0a/evil.example", "/%0D/evil.example", "/%20/evil.example", "/%00/evil.example",
            "/%2509/evil.example", "/%7F/evil.example", "/%C2%A0/evil.example",
            // protocol-relative and backslash forms
            "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example", "/%2F/evil.example",
            "/%2f%2fevil.example", "%2F%2Fevil.example", "/%5Cevil.example", "/%5c/evil.example",
            "/%252F/evil.example", "/%25252F/evil.example",
            // schemes and other origins
            "https://evil.example", "https:evil.example", "javascript:alert(1)", "JavaScript:alert(1)",
            "data:text/html,x", "evil.example", "%2Fevil.example", "@evil.example",
            // malformed encodings and non-ASCII
            "/%zz", "/%", "/%E0%A4%A", "/caf\u00e9", "/\u202e/evil.example" })
    void fallsBackToTheRootForAnythingElse(String path) {
        assertEquals("/", LoginRoutes.safeReturnPath(path));
    }
}
