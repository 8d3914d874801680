package org.passerelle.common.problem;

import java.util.List;

/**
 * An error the application raises on purpose. The mapper turns it into {@link Problem}; the message
 * never carries personal data, because problems are logged.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    public ApiProblem(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(400, "invalid-parameters", "Invalid parameters",
                "One or more inputs are invalid; see errors.", errors);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiProblem notFound(String what, String idOrSlug) {
        return new ApiProblem(404, "not-found", "Not found", "No " + what + " with id or slug '" + idOrSlug + "'.", null);
    }

    /** A header the response must carry, such as Retry-After. */
    public ApiProblem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public java.util.Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
