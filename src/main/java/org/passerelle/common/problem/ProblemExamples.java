package org.passerelle.common.problem;

/** Example bodies for the contract: one per error that every read can give. */
public final class ProblemExamples {

    public static final String BAD_REQUEST = """
            {"type":"https://passerelle.example/problems/invalid-parameters","title":"Invalid parameters","status":400,\
            "detail":"One or more inputs are invalid; see errors.","instance":"/api/v1/services",\
            "errors":[{"field":"size","message":"must be between 1 and 100"}]}""";

    public static final String NOT_FOUND = """
            {"type":"https://passerelle.example/problems/not-found","title":"Not found","status":404,\
            "detail":"No service with id or slug 'no-such-service'.","instance":"/api/v1/services/no-such-service"}""";

    public static final String NOT_ACCEPTABLE = """
            {"type":"https://passerelle.example/problems/not-acceptable","title":"Not Acceptable","status":406,\
            "detail":"This resource is available as application/json only.","instance":"/api/v1/services"}""";

    public static final String UNSUPPORTED_MEDIA_TYPE = """
            {"type":"https://passerelle.example/problems/unsupported-media-type","title":"Unsupported Media Type",\
            "status":415,"detail":"Send the request body as application/json.","instance":"/api/v1/services/lookup"}""";

    public static final String TOO_LARGE = """
            {"type":"https://passerelle.example/problems/payload-too-large","title":"Payload Too Large","status":413,\
            "detail":"The request body is larger than 256 KiB.","instance":"/api/v1/services/lookup"}""";

    public static final String INTERNAL = """
            {"type":"https://passerelle.example/problems/internal-error","title":"Internal error","status":500,\
            "detail":"Something went wrong on our side. Reference: 3f8a2c1e-0000-4000-8000-000000000000.",\
            "instance":"/api/v1/services"}""";

    public static final String UNAUTHORIZED = """
            {"type":"https://passerelle.example/problems/unauthorized","title":"Unauthorized","status":401,\
            "detail":"Sign in, or send an access token in the Authorization header.","instance":"/api/v1/me"}""";

    public static final String FORBIDDEN = """
            {"type":"https://passerelle.example/problems/forbidden","title":"Forbidden","status":403,\
            "detail":"Your role does not allow this operation.","instance":"/api/v1/memberships"}""";

    public static final String CONFLICT = """
            {"type":"https://passerelle.example/problems/conflict","title":"Conflict","status":409,\
            "detail":"A service already has the slug 'cimade-permanences-juridiques'.",\
            "instance":"/api/v1/organizations/la-cimade/services"}""";

    public static final String PRECONDITION_FAILED = """
            {"type":"https://passerelle.example/problems/precondition-failed","title":"Precondition Failed",\
            "status":412,"detail":"The record changed since you read it; read it again and reapply your change.",\
            "instance":"/api/v1/services/cimade-permanences-juridiques"}""";

    /** A signed link that was real but can no longer act (decision 0018); the path's token is never echoed. */
    public static final String GONE = """
            {"type":"https://passerelle.example/problems/link-used","title":"Gone","status":410,\
            "detail":"This link was already used.","instance":"/api/v1/referral-links/{token}"}""";

    public static final String IDEMPOTENCY_KEY_REUSED = """
            {"type":"https://passerelle.example/problems/idempotency-key-reused","title":"Unprocessable Content",\
            "status":422,"detail":"This Idempotency-Key was used for another request (method, path or body).",\
            "instance":"/api/v1/organizations/la-cimade/services"}""";

    public static final String PRECONDITION_REQUIRED = """
            {"type":"https://passerelle.example/problems/precondition-required","title":"Precondition Required",\
            "status":428,"detail":"Send If-Match with the ETag (the version) you read; updates never overwrite \
            blindly.","instance":"/api/v1/services/cimade-permanences-juridiques"}""";

    public static final String URI_TOO_LONG = """
            {"type":"https://passerelle.example/problems/uri-too-long","title":"URI Too Long","status":414,\
            "detail":"The URL is longer than 4096 characters; send fewer or shorter parameters.",\
            "instance":"/api/v1/services"}""";

    public static final String IDENTITY_PROVIDER_UNAVAILABLE = """
            {"type":"https://passerelle.example/problems/identity-provider-unavailable","title":"Service Unavailable",\
            "status":503,"detail":"Sign-in is unavailable for a moment; the public catalogue still works.",\
            "instance":"/api/v1/me"}""";

    /** The example for a status that some operations declare themselves. */
    public static String forStatus(String status) {
        return switch (status) {
            case "404" -> NOT_FOUND;
            case "409" -> CONFLICT;
            case "410" -> GONE;
            case "412" -> PRECONDITION_FAILED;
            case "422" -> IDEMPOTENCY_KEY_REUSED;
            case "428" -> PRECONDITION_REQUIRED;
            default -> INTERNAL;
        };
    }

    private ProblemExamples() {
    }
}
