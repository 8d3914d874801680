package org.passerelle.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real tokens from the realm of {@link KeycloakServer}, through its token endpoint (starting it if needed). */
public final class KeycloakTokens {

    public static final String WEB_CLIENT_ID = "passerelle-web";
    public static final String WEB_CLIENT_SECRET = "passerelle-web-secret";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The access token and ID token of a password login. */
    public record Tokens(String accessToken, String idToken) {
    }

    /** The raw answer of the token endpoint, for tests of refused requests. */
    public record TokenResponse(int status, JsonNode body) {
    }

    private KeycloakTokens() {
    }

    /** Password grant for a realm user through passerelle-web (demo and tests only), with scope openid. */
    public static Tokens password(String username, String password) {
        TokenResponse response = passwordResponse(username, password);
        JsonNode body = expectOk(response, "password login of " + username);
        return new Tokens(body.path("access_token").asText(), body.path("id_token").asText());
    }

    /** Client credentials grant for a machine client (a partner API client); returns the access token. */
    public static String clientCredentials(String clientId, String secret) {
        TokenResponse response = clientCredentialsResponse(clientId, secret);
        return expectOk(response, "client credentials of " + clientId).path("access_token").asText();
    }

    public static TokenResponse passwordResponse(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", WEB_CLIENT_ID);
        form.put("client_secret", WEB_CLIENT_SECRET);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return tokenEndpoint(form);
    }

    public static TokenResponse clientCredentialsResponse(String clientId, String secret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return tokenEndpoint(form);
    }

    /** POSTs a form to the realm's token endpoint. */
    public static TokenResponse tokenEndpoint(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(KeycloakServer.ensureStarted() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new TokenResponse(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to Keycloak failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a token request", e);
        }
    }

    /** The decoded payload (claims) of a JWT; the signature is not checked here. */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a signed JWT (expected 3 parts, got " + parts.length + ")");
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException("JWT payload is not JSON", e);
        }
    }

    private static JsonNode expectOk(TokenResponse response, String what) {
        if (response.status() != 200 || !response.body().hasNonNull("access_token")) {
            throw new IllegalStateException(what + " failed: HTTP " + response.status() + " " + response.body());
        }
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
