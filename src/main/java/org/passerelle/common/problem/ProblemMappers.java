package org.passerelle.common.problem;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.passerelle.common.http.AllowedMethods;

/**
 * Turns every failure into {@code application/problem+json} (RFC 9457). These few mappers replace the
 * quarkus-resteasy-problem extension, whose 401 path is broken on Quarkus 3.33 and which answers a
 * {@code []} body with an empty 400 (docs/decisions/0005-own-problem-mappers.md). Messages never echo the request body:
 * it may hold personal data, and problems end up in logs.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Security events (refused tokens), without any token content. */
    private static final Logger SECURITY = Logger.getLogger("org.passerelle.security.events");
    /** A map key short and plain enough to name in a field error (a language tag, a code). */
    private static final java.util.regex.Pattern MAP_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,35}");

    /** Resources name their request-body parameter {@code body}; it is the root of a JSON path. */
    static final String BODY = "body";

    @ServerExceptionMapper(priority = 1)
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        Response.ResponseBuilder builder = builder(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper(priority = 1)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ApiProblem problem) {
            // A ParamConverter refusing a value (common/http/QueryBooleans) must throw a WebApplicationException.
            return apiProblem(problem, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            // The JSON reader wraps parse errors in a bare 400.
            return json(json, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = original.getStatusInfo();
        String detail = switch (status) {
            case 404 -> "Nothing is published at this path.";
            case 405 -> "This path does not accept that method; see the Allow header.";
            case 406 -> "This resource is available as application/json only.";
            case 415 -> "Send the request body as application/json.";
            default -> type.getReasonPhrase();
        };
        Response.ResponseBuilder builder = builder(status, slugOf(type), type.getReasonPhrase(), detail, uri, List.of());
        // A 405 must keep its Allow header, and a 401 its challenge.
        if (status == 405 && uri != null) {
            builder.allow(allowedMethods.forPath(uri.getRequestUri().getRawPath()));
        }
        copyHeader(original, builder, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(original, builder, HttpHeaders.RETRY_AFTER);
        return builder.build();
    }

    /**
     * No credentials, or credentials the server refused. /api never redirects to a login page: API
     * clients and the SPA's XHR get a 401 with a Bearer challenge (RFC 6750); only /login starts the
     * browser's code flow.
     */
    @ServerExceptionMapper(priority = 1, value = { UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationRedirectException.class, AuthenticationCompletionException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        String path = uri == null ? "" : uri.getRequestUri().getRawPath();
        if (e instanceof AuthenticationRedirectException redirect && !path.startsWith("/api/")) {
            // The browser's code flow (/login and its callback) keeps its redirects.
            return Response.status(redirect.getCode()).location(java.net.URI.create(redirect.getRedirectUri()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        }
        boolean tokenSent = headers.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        if (tokenSent) {
            SECURITY.infof("Refused credentials on %s (%s)", uri == null ? "?" : LoggedPaths.of(uri.getRequestUri().getRawPath()),
                    e.getClass().getSimpleName());
        }
        String challenge = "Bearer realm=\"passerelle\"" + (tokenSent ? ", error=\"invalid_token\"" : "");
        return builder(401, "unauthorized", "Unauthorized",
                tokenSent ? "The access token is invalid, expired or not meant for this API."
                        : "Sign in, or send an access token in the Authorization header.", uri, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "Your role does not allow this operation.", uri, List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> lastNode(v.getPropertyPath()).getKind() == ElementKind.RETURN_VALUE);
        if (returnValue) {
            return unexpected(e, uri);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return invalid(uri, errors);
    }

    /** Overrides the built-in mapper, whose body is not a problem and may be empty. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (isParseError(e)) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return invalid(uri, List.of(new FieldError("body", "is not well-formed JSON" + where)));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return invalid(uri, List.of(new FieldError(jsonPath(u), "is not a known field")));
        }
        if (e instanceof MismatchedInputException m) {
            String path = jsonPath(m);
            String message = m.getTargetType() == null ? "has the wrong type"
                    : "must be " + describe(m.getTargetType());
            return invalid(uri, List.of(new FieldError(path.isEmpty() ? "body" : path, message)));
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return invalid(uri, List.of(new FieldError(jsonPath(m), "is invalid")));
        }
        return invalid(uri, List.of(new FieldError("body", "is not valid")));
    }

    /** A syntax error, possibly wrapped by databind with the path it was reading. */
    private static boolean isParseError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper(priority = 10)
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                // Two writes read the same version: the second one loses (docs/architecture.md rule 7).
                return problem(412, "precondition-failed", "Precondition Failed",
                        "The record changed since you read it; read it again and reapply your change.", uri,
                        List.of());
            }
            if (cause instanceof io.quarkus.oidc.OIDCException) {
                // The IdP cannot be reached to check a token: the public catalogue does not need it.
                LOG.warnf("Identity provider unavailable on %s", uri == null ? "?" : LoggedPaths.of(uri.getRequestUri().getRawPath()));
                return builder(503, "identity-provider-unavailable", "Service Unavailable",
                        "Sign-in is unavailable for a moment; the public catalogue still works.", uri, List.of())
                        .header(HttpHeaders.RETRY_AFTER, "30").build();
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return problem(409, "conflict", "Conflict", "This would duplicate or orphan a record.", uri,
                        List.of());
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", reference, uri == null ? "?" : LoggedPaths.of(uri.getRequestUri().getRawPath()));
        return problem(500, "internal-error", "Internal error",
                "Something went wrong on our side. Reference: " + reference + ".", uri, List.of());
    }

    private static Response invalid(UriInfo uri, List<FieldError> errors) {
        return problem(400, "invalid-parameters", "Invalid parameters", "One or more inputs are invalid; see errors.",
                uri, errors);
    }

    private static Response problem(int status, String slug, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        return builder(status, slug, title, detail, uri, errors).build();
    }

    private static Response.ResponseBuilder builder(int status, String slug, String title, String detail, UriInfo uri,
            List<FieldError> errors) {
        String instance = uri == null ? null : LoggedPaths.of(uri.getRequestUri().getRawPath());
        Problem body = new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance,
                errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }

    private static String slugOf(Response.StatusType type) {
        return type.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static Path.Node lastNode(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last;
    }

    /** A path such as {@code lookup.body.ids[0]} becomes the name the client sent: {@code ids[0]}. */
    private static String fieldName(ConstraintViolation<?> v) {
        List<String> parts = new java.util.ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, BEAN -> {
                }
                case PARAMETER -> {
                    if (!BODY.equals(node.getName())) {
                        parts.add(node.getName());
                    }
                }
                case CONTAINER_ELEMENT -> appendIndex(parts, node);
                default -> {
                    if (node.isInIterable()) {
                        appendIndex(parts, node);
                    }
                    parts.add(node.getName());
                }
            }
        }
        return parts.isEmpty() ? BODY : String.join(".", parts);
    }

    /**
     * A list element gets its index ({@code themes[0]}); a map's value gets its key as the JSON object member it
     * is ({@code name.fr}, {@code requiredDocuments[0].ar}, {@code labels.fa-AF}), so a form can show the message
     * at that language's input. A key is the client's text: it is named only when it is a short code such as a
     * language tag, so a problem never echoes free text from the body.
     */
    private static void appendIndex(List<String> parts, Path.Node node) {
        if (parts.isEmpty()) {
            return;
        }
        int last = parts.size() - 1;
        if (node.getIndex() != null) {
            parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
        } else if (node.getKey() instanceof String key && MAP_KEY.matcher(key).matches()
                && node.getKind() == ElementKind.CONTAINER_ELEMENT && "<map value>".equals(node.getName())) {
            parts.set(last, parts.get(last) + "." + key);
        }
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum() && org.passerelle.common.text.Coded.class.isAssignableFrom(type)) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((org.passerelle.common.text.Coded) c).code()).collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date YYYY-MM-DD that exists, such as 2026-12-24";
        }
        if (type == java.time.Instant.class) {
            return "an instant such as 2026-12-24T09:30:00Z";
        }
        return "an object";
    }
}
