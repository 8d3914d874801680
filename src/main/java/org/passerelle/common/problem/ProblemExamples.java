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

    private ProblemExamples() {
    }
}
