package org.passerelle;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.passerelle.support.Personas;
import org.passerelle.support.fuzz.Contract;
import org.passerelle.support.fuzz.Contract.Operation;
import org.passerelle.support.fuzz.FuzzReport;
import org.passerelle.support.fuzz.Values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The contract-driven fuzz test (issue 10): every operation of openapi/openapi.yaml, anonymous and with each
 * persona's token, with inputs generated from the contract's schemas (valid, boundary and invalid), on a
 * database of its own. Each response must be below 500, documented for its operation, of a documented media
 * type and valid against the documented schema; errors are problem+json; a request the contract calls valid
 * is not refused with 400. The run prints its seed; {@code -Dfuzz.seed} replays it and {@code -Dfuzz.requests}
 * sets its size (bench/run-fuzz.sh runs 10,000 and more). All failures are collected, de-duplicated by
 * (operation, status, kind), and reported once, with the first request that showed each.
 */
@QuarkusTest
@TestProfile(ContractFuzzTest.FuzzProfile.class)
class ContractFuzzTest {

    /** Its own database: the run writes. */
    public static class FuzzProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:passerelle-fuzz;DB_CLOSE_DELAY=-1");
            // Loopback is never rate limited in the test profile (%test.passerelle.rate-limit.allow), so 429
            // does not drown the rest; RateLimitProfile tests the limits themselves.
            config.put("quarkus.log.category.\"org.passerelle\".level", "WARN");
            return config;
        }
    }

    static final long DEFAULT_SEED = 20261210L;
    static final int DEFAULT_REQUESTS = 2000;
    static final Path CONTRACT = Path.of("openapi/openapi.yaml");
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String PROBLEM = "application/problem+json";

    enum Input { VALID, BOUNDARY, INVALID }

    /** One generated request. */
    record Call(Operation op, Personas persona, Input input, String target, String uri,
            Map<String, String> headers, String body, boolean valid, String idOrSlug) {

        String describe() {
            StringBuilder out = new StringBuilder(op.method().toUpperCase()).append(' ').append(clip(uri, 300));
            headers.forEach((k, v) -> {
                if (!"Authorization".equals(k)) {
                    out.append(" [").append(k).append(": ").append(clip(v, 80)).append(']');
                }
            });
            if (headers.containsKey("Authorization") && persona == Personas.ANONYMOUS) {
                out.append(" [Authorization: ").append(clip(headers.get("Authorization"), 40)).append(']');
            }
            if (body != null) {
                out.append(" body=").append(clip(body, 400));
            }
            return out.append(" (input ").append(input).append(target == null ? "" : " at " + target).append(')')
                    .toString();
        }
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Personas, String> tokens = new EnumMap<>(Personas.class);
    private final Map<Personas, Long> tokenTimes = new EnumMap<>(Personas.class);

    private Contract contract;
    private Values values;
    private final Map<String, List<String>> pools = new HashMap<>();
    private final List<String> createdMemberships = new ArrayList<>();
    private final List<String> themeCodes = new ArrayList<>();
    private final List<String> domainCodes = new ArrayList<>();
    private String lastIdempotencyKey;
    private int slugCounter;

    @Test
    void everyOperationKeepsToTheContract() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        System.out.println("ContractFuzzTest: seed=" + seed + " requests=" + requests
                + " (replay with -Dfuzz.seed=" + seed + " -Dfuzz.requests=" + requests + ")");
        contract = Contract.load(CONTRACT);
        Random random = new Random(seed);
        values = new Values(contract, random, hints());
        discover();

        List<Operation> operations = contract.operations();
        List<Personas> personas = List.of(Personas.values());
        assertTrue(operations.size() >= 20, "the contract lists the API's operations: " + operations.size());
        FuzzReport report = new FuzzReport(seed);
        long start = System.currentTimeMillis();
        for (int i = 0; i < requests; i++) {
            // Round robin over operation x persona, so every pair gets its share whatever the size.
            Operation op = operations.get(i % operations.size());
            Personas persona = personas.get((i / operations.size()) % personas.size());
            Call call = generate(op, persona);
            HttpResponse<String> response;
            try {
                response = send(call);
            } catch (IOException e) {
                // The server closed the connection without an answer: a failure like a 5xx.
                report.count(op.name(), call.input().name().toLowerCase(), 0);
                report.fail(op.name(), 0, "no-response", persona.name(), String.valueOf(e.getMessage()),
                        call.describe(), "");
                continue;
            }
            report.count(op.name(), call.input().name().toLowerCase(), response.statusCode());
            check(call, response, report);
            learn(call, response);
        }
        long millis = System.currentTimeMillis() - start;
        System.out.println("ContractFuzzTest: " + report.requests() + " requests in " + millis + " ms, "
                + report.failures().size() + " distinct failure(s)");
        Path out = Path.of(System.getProperty("fuzz.report", "target/fuzz-report.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.markdown(System.getProperty("fuzz.title", "Contract fuzz run"), millis));
        assertTrue(report.operations() == operations.size(), "every operation was exercised");
        if (!report.failures().isEmpty()) {
            fail(report.summary());
        }
    }

    // ------------------------------------------------------------------ generation

    private Call generate(Operation op, Personas persona) {
        Input input = pickInput();
        List<String> targets = new ArrayList<>();
        op.parameters().stream().filter(p -> !"path".equals(p.path("in").asText()))
                .forEach(p -> targets.add(p.path("name").asText()));
        if (op.requestBody() != null) {
            targets.add("body");
            targets.add("body");
            targets.add("body");
        }
        if (op.path().contains("{")) {
            targets.add("path");
        }
        targets.add("Accept");
        String target = input == Input.VALID || targets.isEmpty() ? null : values.pick(targets);
        boolean valid = input != Input.INVALID;

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "Accept".equals(target) && input == Input.INVALID
                ? values.pick(List.of("text/html", "application/xml", "image/png"))
                : values.pick(List.of("application/json", "application/json", "application/json", "*/*",
                        "application/json, text/plain, */*")));
        String token = token(persona);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        } else if (values.chance(0.03)) {
            // Credentials that are not a JWT at all must be refused with 401, never a 500 (issue 10, item 4).
            headers.put("Authorization", values.pick(List.of("Bearer .", "Bearer ..", "Bearer not-a-jwt",
                    "Basic Zm9vOmJhcg==", "Bearer ")));
        }

        String path = op.path();
        String idOrSlug = null;
        StringBuilder query = new StringBuilder();
        boolean allValid = valid;
        List<JsonNode> parameters = new ArrayList<>(op.parameters());
        // Path parameters first, in the order of the path: If-Match needs the record they name.
        String template = op.path();
        parameters.sort(java.util.Comparator.comparing(p -> "path".equals(p.path("in").asText())
                ? template.indexOf("{" + p.path("name").asText() + "}") : Integer.MAX_VALUE));
        for (JsonNode param : parameters) {
            String name = param.path("name").asText();
            String in = param.path("in").asText();
            JsonNode schema = param.path("schema");
            boolean required = param.path("required").asBoolean(false);
            if ("path".equals(in) && idOrSlug == null) { // the record's id comes first
                idOrSlug = pathValue(op, persona, "path".equals(target) ? input : Input.VALID);
                path = path.replace("{" + name + "}", encodePath(idOrSlug));
                continue;
            }
            if ("path".equals(in)) {
                // Another path parameter (a translation's language): from its schema, invalid half the time
                // when the path is what this request gets wrong.
                boolean wrong = "path".equals(target) && input == Input.INVALID && values.chance(0.5);
                JsonNode value = wrong ? paramInvalid(schema, name) : values.valid(schema, name);
                allValid &= !wrong;
                path = path.replace("{" + name + "}", encodePath(value.isTextual() ? value.asText() : value.toString()));
                continue;
            }
            if ("If-Match".equals(name)) {
                String etag = ifMatch(op, path, idOrSlug, name.equals(target) ? input : Input.VALID, required);
                if (etag != null) {
                    headers.put(name, etag);
                } else if (required) {
                    allValid = false;
                }
                continue;
            }
            if ("Idempotency-Key".equals(name)) {
                String key = idempotencyKey(name.equals(target) ? input : Input.VALID);
                if (key != null) {
                    headers.put(name, key);
                }
                continue;
            }
            Input mode = name.equals(target) ? input : Input.VALID;
            if (mode == Input.VALID && !required && values.chance(0.55)) {
                continue;
            }
            JsonNode value = switch (mode) {
                case VALID -> values.valid(schema, name);
                case BOUNDARY -> values.boundary(schema, name);
                case INVALID -> paramInvalid(schema, name);
            };
            String text = value.isTextual() ? value.asText() : value.toString();
            if (value.isNull() && mode != Input.INVALID) {
                continue;
            }
            if (mode == Input.INVALID) {
                allValid &= false;
            }
            if ("header".equals(in)) {
                // HTTP header values are visible ASCII (the client refuses anything else).
                headers.put(name, text.replaceAll("[^\\x20-\\x7e]", "?"));
            } else if (value.isArray() && "query".equals(in)) {
                // An array in the query is the parameter repeated (OpenAPI's form style, explode true): the
                // public referral slips' service=a&service=b. An empty array sends none.
                for (JsonNode item : value) {
                    query.append(query.length() == 0 ? '?' : '&').append(encodeQuery(name)).append('=')
                            .append(encodeQuery(item.isTextual() ? item.asText() : item.toString()));
                }
            } else {
                query.append(query.length() == 0 ? '?' : '&').append(encodeQuery(name)).append('=')
                        .append(encodeQuery(text));
                if (mode == Input.INVALID && values.chance(0.15)) {
                    // The same parameter twice.
                    query.append('&').append(encodeQuery(name)).append('=').append(encodeQuery(text));
                }
            }
        }

        String body = null;
        if (op.requestBody() != null) {
            Input mode = "body".equals(target) ? input : Input.VALID;
            JsonNode json = body(op, mode, idOrSlug);
            if (json == null) {
                body = rawInvalidBody();
                allValid = false;
                if (values.chance(0.15)) {
                    headers.put("Content-Type", values.pick(List.of("text/plain", "application/xml",
                            "application/x-www-form-urlencoded")));
                }
            } else {
                body = json.toString();
                boolean bodyValid = contract.validate(op.requestSchema(), json).isEmpty();
                allValid &= bodyValid;
            }
            headers.putIfAbsent("Content-Type", "application/json");
        }
        if (op.method().equals("get") && idOrSlug != null && values.chance(0.05)) {
            headers.put("If-None-Match", values.pick(List.of("\"0\"", "*", "W/\"x\"")));
        }
        return new Call(op, persona, input, target, path + query, headers, body, allValid, idOrSlug);
    }

    private Input pickInput() {
        double r = values.random().nextDouble();
        return r < 0.45 ? Input.VALID : r < 0.65 ? Input.BOUNDARY : Input.INVALID;
    }

    /** An invalid value for a query parameter or header: the schema's own, or a classic. */
    private JsonNode paramInvalid(JsonNode schema, String name) {
        if (values.chance(0.6)) {
            return values.invalid(schema, name);
        }
        return NODES.textNode(values.pick(List.of("", " ", "null", "undefined", "-1", "0", "1e309", "NaN",
                "TRUE", "%00", "'; DROP TABLE service; --", "<script>alert(1)</script>", "AND", "*", "🙂🙂",
                "\u202eevil", "é".repeat(300), "x".repeat(2100))));
    }

    /** A record id for a path: a known one (slug or UUID), a random UUID, or garbage. */
    private String pathValue(Operation op, Personas persona, Input mode) {
        String pool = poolOf(op.path());
        if (mode == Input.VALID || mode == Input.BOUNDARY) {
            if ("memberships".equals(pool)) {
                if (!createdMemberships.isEmpty() && values.chance(0.7)) {
                    return values.pick(createdMemberships);
                }
                return values.chance(0.9) ? values.uuid().toString() : pickFrom("memberships");
            }
            if (mode == Input.VALID && values.chance(0.85)) {
                if (persona == Personas.PARTNER_A || persona == Personas.PARTNER_A_CLIENT) {
                    if ("organizations".equals(pool) && values.chance(0.7)) {
                        return "la-cimade";
                    }
                    if ("services".equals(pool) && !pools.getOrDefault("services:la-cimade", List.of()).isEmpty()
                            && values.chance(0.7)) {
                        return pickFrom("services:la-cimade");
                    }
                }
                if (persona == Personas.PARTNER_B && "organizations".equals(pool) && values.chance(0.5)) {
                    return "adoma";
                }
                String known = pickFrom(pool);
                if (known != null) {
                    return known;
                }
            }
            return values.chance(0.5) ? values.uuid().toString() : "no-such-" + values.random().nextInt(1000);
        }
        return values.pick(List.of("..", "%2e%2e", "café-ü", "x".repeat(400), "a b", "🙂", "null", "0",
                "-1", "' OR 1=1 --", values.uuid().toString().toUpperCase(), "%"));
    }

    private String ifMatch(Operation op, String resolvedPath, String idOrSlug, Input mode, boolean required) {
        if (mode == Input.INVALID) {
            return values.pick(java.util.Arrays.asList(null, "garbage", "\"\"", "W/\"1\"", "\"99999\"", "\"-1\"", "*"));
        }
        if (idOrSlug != null && op.path().startsWith("/api/v1/themes")) {
            return values.chance(0.5) ? null : "\"" + values.random().nextInt(5) + "\"";
        }
        if (idOrSlug != null && values.chance(0.75)) {
            try {
                // The record's own URL, whatever follows it in this operation's path: a translation, a
                // command or an amendment is sent under the record whose version If-Match names.
                String template = op.path().substring(0, op.path().indexOf('}') + 1);
                String[] segments = resolvedPath.split("/", -1);
                String read = String.join("/", java.util.Arrays.copyOf(segments,
                        Math.min(segments.length, template.split("/", -1).length)));
                HttpResponse<String> current = http.send(HttpRequest.newBuilder(base.resolve(read))
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
                if (current.statusCode() == 200) {
                    return current.headers().firstValue("ETag").orElse("\"0\"");
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return required || values.chance(0.5) ? "\"" + values.random().nextInt(4) + "\"" : null;
    }

    private String idempotencyKey(Input mode) {
        if (mode == Input.INVALID) {
            return values.pick(List.of("", "x".repeat(300), "é", " "));
        }
        if (lastIdempotencyKey != null && values.chance(0.1)) {
            return lastIdempotencyKey;
        }
        if (values.chance(0.4)) {
            lastIdempotencyKey = values.uuid().toString();
            return lastIdempotencyKey;
        }
        return null;
    }

    /** A JSON body for the mode, or null for a raw invalid body (malformed, wrong shape). */
    private JsonNode body(Operation op, Input mode, String idOrSlug) {
        JsonNode schema = op.requestSchema();
        if (mode == Input.INVALID) {
            if (values.chance(0.3)) {
                return null;
            }
            JsonNode base = validBody(op, idOrSlug);
            if (base.isObject() && values.chance(0.7)) {
                JsonNode resolved = contract.resolve(schema);
                List<String> names = new ArrayList<>();
                resolved.path("properties").fieldNames().forEachRemaining(names::add);
                if (!names.isEmpty()) {
                    String field = values.pick(names);
                    ObjectNode copy = ((ObjectNode) base).deepCopy();
                    if (values.chance(0.15)) {
                        copy.remove(field);
                    } else {
                        copy.set(field, values.invalid(resolved.path("properties").get(field), field));
                    }
                    if (values.chance(0.1)) {
                        copy.put("id", values.uuid().toString());
                    }
                    return copy;
                }
            }
            return values.invalid(schema, null);
        }
        JsonNode body = validBody(op, idOrSlug);
        if (mode == Input.BOUNDARY && body.isObject()) {
            JsonNode resolved = contract.resolve(schema);
            List<String> names = new ArrayList<>();
            resolved.path("properties").fieldNames().forEachRemaining(names::add);
            if (!names.isEmpty()) {
                String field = values.pick(names);
                ((ObjectNode) body).set(field, values.boundary(resolved.path("properties").get(field), field));
                coherent(op, (ObjectNode) body, idOrSlug);
            }
        }
        return body;
    }

    /** A valid body: the contract's example, mutated, or generated from the schema, made coherent. */
    private JsonNode validBody(Operation op, String idOrSlug) {
        JsonNode schema = op.requestSchema();
        JsonNode body;
        if (op.requestExample().isPresent() && values.chance(0.55)) {
            body = op.requestExample().get().deepCopy();
            if (body.isObject() && values.chance(0.5)) {
                JsonNode resolved = contract.resolve(schema);
                List<String> names = new ArrayList<>();
                resolved.path("properties").fieldNames().forEachRemaining(names::add);
                String field = values.pick(names);
                ((ObjectNode) body).set(field, values.valid(resolved.path("properties").get(field), field));
            }
        } else {
            body = values.valid(schema, null);
        }
        if (body.isObject()) {
            coherent(op, (ObjectNode) body, idOrSlug);
        }
        return body;
    }

    /** Cross-field facts a schema cannot state: a fresh slug on creation, the same slug on update. */
    private void coherent(Operation op, ObjectNode body, String idOrSlug) {
        if (body.has("slug") || contract.resolve(op.requestSchema()).path("properties").has("slug")) {
            if ("post".equals(op.method()) && !op.path().endsWith("/lookup")) {
                body.put("slug", "fuzz-" + Integer.toString(++slugCounter, 36) + "-" + values.random().nextInt(1000));
            } else if ("put".equals(op.method())) {
                if (idOrSlug != null && idOrSlug.matches("[a-z0-9]+(-[a-z0-9]+)*")
                        && !idOrSlug.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                    body.put("slug", idOrSlug);
                } else {
                    body.remove("slug");
                }
            }
        }
        if (body.path("themes").isArray() && !body.path("themes").isEmpty() && body.has("primaryTheme")
                && body.get("primaryTheme").isTextual()) {
            body.set("primaryTheme", body.get("themes").get(0));
        }
    }

    private String rawInvalidBody() {
        return values.pick(List.of("{", "null", "[]", "\"text\"", "12", "", "{\"a\":}", "{}", "[{}]",
                "{\"needs\": [\"housing\"], \"needs\": 3}", "1e400", "\"\\ud800\"", "\uFEFF{}",
                "[".repeat(3000) + "]".repeat(3000), "{\"a\":".repeat(500) + "1" + "}".repeat(500),
                "{\"name\": \"" + "é".repeat(3000) + "\"}", "true", "{'single': 'quotes'}"));
    }

    private Map<String, Supplier<JsonNode>> hints() {
        Map<String, Supplier<JsonNode>> hints = new HashMap<>();
        hints.put("themes", () -> {
            ArrayNode out = NODES.arrayNode();
            int n = 1 + values.random().nextInt(3);
            for (int i = 0; i < n && !themeCodes.isEmpty(); i++) {
                String code = values.pick(themeCodes);
                boolean seen = false;
                for (JsonNode t : out) {
                    seen |= t.asText().equals(code);
                }
                if (!seen) {
                    out.add(code);
                }
            }
            return out.isEmpty() ? null : out;
        });
        hints.put("primaryTheme", () -> themeCodes.isEmpty() ? null : NODES.textNode(values.pick(themeCodes)));
        hints.put("theme", () -> themeCodes.isEmpty() ? null : NODES.textNode(values.pick(themeCodes)));
        hints.put("domain", () -> domainCodes.isEmpty() ? null : NODES.textNode(values.pick(domainCodes)));
        hints.put("needs", () -> {
            ArrayNode out = NODES.arrayNode();
            List<String> codes = new ArrayList<>(domainCodes);
            codes.addAll(themeCodes);
            if (!codes.isEmpty()) {
                out.add(values.pick(codes));
            }
            return out.isEmpty() ? null : out;
        });
        hints.put("organization", () -> {
            String org = pickFrom("organizations");
            return org == null ? null : NODES.textNode(org);
        });
        hints.put("ids", () -> {
            ArrayNode out = NODES.arrayNode();
            int n = 1 + values.random().nextInt(4);
            for (int i = 0; i < n; i++) {
                String s = values.chance(0.8) ? pickFrom("services") : values.uuid().toString();
                out.add(s == null ? values.uuid().toString() : s);
            }
            return out;
        });
        // The public referral slips name services (a known one mostly, so that the slips are printed).
        hints.put("service", () -> {
            ArrayNode out = NODES.arrayNode();
            int n = 1 + values.random().nextInt(3);
            for (int i = 0; i < n; i++) {
                String s = values.chance(0.9) ? pickFrom("services") : values.uuid().toString();
                out.add(s == null ? values.uuid().toString() : s);
            }
            return out;
        });
        hints.put("city", () -> NODES.textNode(values.pick(List.of("Nancy", "Lyon", "Paris", "Calais", "Besançon",
                "Metz", "Saint-Étienne"))));
        hints.put("region", () -> NODES.textNode(values.pick(List.of("Grand Est", "Auvergne-Rhône-Alpes",
                "Hauts-de-France", "Île-de-France"))));
        hints.put("department", () -> NODES.textNode(values.pick(List.of("Meurthe-et-Moselle", "Rhône", "Nord"))));
        hints.put("country", () -> NODES.textNode("FR"));
        hints.put("lang", () -> NODES.textNode(values.pick(List.of("fr", "en", "ar", "uk", "ps", "ti"))));
        hints.put("Accept-Language", () -> NODES.textNode(values.pick(List.of("fr", "en-GB,en;q=0.9", "ar",
                "uk, fr;q=0.5", "*"))));
        hints.put("near", () -> NODES.textNode(values.pick(List.of("48.69,6.18", "45.76,4.84", "50.95,1.86"))));
        hints.put("entityType", () -> NODES.textNode(values.pick(List.of("service", "organization", "initiative",
                "theme", "membership"))));
        hints.put("entityKey", () -> {
            String s = pickFrom("services");
            return s == null ? null : NODES.textNode(s);
        });
        hints.put("principal", () -> NODES.textNode(values.pick(List.of("partner-la-cimade", "partner-adoma",
                "fuzz-client-" + values.random().nextInt(1000), values.uuid().toString()))));
        return hints;
    }

    // ------------------------------------------------------------------ sending and checking

    private HttpResponse<String> send(Call call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(call.uri())).timeout(Duration.ofSeconds(30));
        call.headers().forEach(request::header);
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8);
        request.method(call.op().method().toUpperCase(), body);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The server may close a kept-alive connection after an error (a body it did not read) just as
            // the next request goes out on it: try once more, on a new connection.
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private void check(Call call, HttpResponse<String> response, FuzzReport report) {
        int status = response.statusCode();
        String op = call.op().name();
        String persona = call.persona().name();
        String body = response.body() == null ? "" : response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        if (status >= 500) {
            report.fail(op, status, "5xx", persona, "a server error", call.describe(), body);
        }
        var documented = call.op().response(status);
        // A dot-segment id (.., %2e%2e) is removed by URL normalisation (RFC 3986 §5.2.4), so the request
        // reaches another path, whose answer (often 405) the operation cannot document: only "no 5xx" and
        // the problem shape are checked for it.
        boolean otherPath = call.idOrSlug() != null && call.idOrSlug().matches("(?i)\\.\\.|%2e%2e");
        if (documented.isEmpty() && otherPath) {
            if (status >= 400 && !"application/problem+json".equals(contentType)) {
                report.fail(op, status, "not-problem-json", persona, "an error answered with '" + contentType + "'",
                        call.describe(), body);
            }
            return;
        }
        if (documented.isEmpty()) {
            report.fail(op, status, "undocumented-status", persona, "the contract does not document " + status
                    + " for this operation", call.describe(), body);
        } else if (!body.isEmpty()) {
            JsonNode content = documented.get().path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                report.fail(op, status, "undocumented-body", persona, "the contract documents no body for "
                        + status + " but one came as " + contentType, call.describe(), body);
            } else if (!content.has(contentType)) {
                report.fail(op, status, "undocumented-media-type", persona, contentType + " is not documented for "
                        + status + " (documented: " + names(content) + ")", call.describe(), body);
            } else if (contentType.endsWith("json")) {
                try {
                    JsonNode json = JSON.readTree(body);
                    List<String> errors = contract.validate(content.get(contentType).path("schema"), json);
                    if (!errors.isEmpty()) {
                        report.fail(op, status, "body-invalid", persona, String.join("; ",
                                errors.subList(0, Math.min(4, errors.size()))), call.describe(), body);
                    }
                } catch (IOException e) {
                    report.fail(op, status, "body-not-json", persona, e.getMessage(), call.describe(), body);
                }
            }
        }
        if (status >= 400 && !PROBLEM.equals(contentType)) {
            report.fail(op, status, "not-problem-json", persona, "an error answered with '" + contentType
                    + "' and " + body.length() + " chars", call.describe(), body);
        }
        if ((status == 429 || status == 503) && response.headers().firstValue("Retry-After").isEmpty()) {
            report.fail(op, status, "no-retry-after", persona, "no Retry-After", call.describe(), body);
        }
        if (status == 400 && call.valid() && !byProseRule(body)) {
            String errors = "";
            try {
                errors = " - refused: " + JSON.readTree(body).path("errors");
            } catch (IOException e) {
                // not JSON: reported above
            }
            report.fail(op, status, "valid-refused", persona, "the contract says this request is valid"
                    + errors, call.describe(), body);
        }
    }

    /**
     * Rules a JSON Schema cannot state, that the contract gives in its descriptions: across fields (radiusKm
     * needs near, maxCefr not below minCefr, a range's min below its max, latitude with longitude, a slug
     * that cannot change, a way in without its channel) and against the data (a theme, kiosk domain or organisation that exists). A 400 whose
     * every error is one of these is a fair refusal of a schema-valid request.
     */
    static final java.util.regex.Pattern PROSE_RULES = java.util.regex.Pattern.compile(
            "needs near|must not be below|must be a range|go together|cannot change|matches no|must be one of|must be a kiosk domain"
                    + "|must be local when|local needs a city"
                    // A stated way in needs its channel (WayInInput's description).
                    + "|needs a phone|needs an e-mail|needs a website|needs a place");

    private static boolean byProseRule(String body) {
        try {
            JsonNode errors = JSON.readTree(body).path("errors");
            if (!errors.isArray() || errors.isEmpty()) {
                return false;
            }
            for (JsonNode error : errors) {
                if (!PROSE_RULES.matcher(error.path("message").asText()).find()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps the ids the run creates, so later requests read, update and delete them. */
    private void learn(Call call, HttpResponse<String> response) {
        String op = call.op().id();
        if (response.statusCode() == 201) {
            try {
                JsonNode json = JSON.readTree(response.body());
                String pool = poolOf(call.op().path());
                if ("createMembership".equals(op)) {
                    createdMemberships.add(json.path("id").asText());
                } else if ("createService".equals(op)) {
                    add("services", json.path("slug").asText(null));
                    add("services:" + json.path("organization").path("slug").asText(), json.path("slug").asText(null));
                } else {
                    add(pool, json.path("slug").asText(null));
                }
            } catch (IOException e) {
                // check() has reported it.
            }
        }
        if ("deleteMembership".equals(op) && response.statusCode() == 204) {
            createdMemberships.remove(call.idOrSlug());
            pools.getOrDefault("memberships", new ArrayList<>()).remove(call.idOrSlug());
        }
    }

    // ------------------------------------------------------------------ the catalogue as it is

    /** Reads the ids and codes of the demo catalogue, so valid requests name records that exist. */
    private void discover() throws IOException, InterruptedException {
        for (String pool : List.of("services", "organizations", "initiatives")) {
            for (int page = 1; page <= 10; page++) {
                JsonNode json = get("/api/v1/" + pool + "?size=100&page=" + page, Personas.ANONYMOUS);
                for (JsonNode item : json.path("items")) {
                    add(pool, item.path("slug").asText(null));
                    if (values.chance(0.3)) {
                        add(pool, item.path("id").asText(null));
                    }
                    if ("services".equals(pool)) {
                        add("services:" + item.path("organization").path("slug").asText(), item.path("slug").asText(null));
                    }
                }
                if (page >= json.path("totalPages").asInt(1)) {
                    break;
                }
            }
        }
        collectCodes(get("/api/v1/themes", Personas.ANONYMOUS));
        pools.put("themes", new ArrayList<>(themeCodes));
        for (JsonNode m : get("/api/v1/memberships", Personas.COORDINATOR)) {
            add("memberships", m.path("id").asText(null));
        }
        for (JsonNode e : get("/api/v1/audit-events?size=100", Personas.COORDINATOR).path("items")) {
            add("audit-events", e.path("id").asText(null));
        }
        assertTrue(pools.getOrDefault("services", List.of()).size() > 10, "the demo catalogue is loaded");
        assertTrue(!themeCodes.isEmpty() && !domainCodes.isEmpty(), "themes and domains are known");
    }

    private void collectCodes(JsonNode node) {
        if (node.isObject()) {
            if (node.has("code") && node.get("code").isTextual()) {
                (node.has("themes") ? domainCodes : themeCodes).add(node.get("code").asText());
            }
            node.elements().forEachRemaining(this::collectCodes);
        } else if (node.isArray()) {
            node.forEach(this::collectCodes);
        }
    }

    private JsonNode get(String path, Personas persona) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        String token = token(persona);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 200, path + " answered " + response.statusCode());
        return JSON.readTree(response.body());
    }

    private String token(Personas persona) {
        if (persona == Personas.ANONYMOUS) {
            return null;
        }
        long now = System.currentTimeMillis();
        if (!tokens.containsKey(persona) || now - tokenTimes.get(persona) > 120_000) {
            tokens.put(persona, persona.token());
            tokenTimes.put(persona, now);
        }
        return tokens.get(persona);
    }

    private static String poolOf(String path) {
        String[] parts = path.split("/");
        return parts.length > 3 ? parts[3] : "";
    }

    private String pickFrom(String pool) {
        List<String> list = pools.get(pool);
        return list == null || list.isEmpty() ? null : values.pick(list);
    }

    private void add(String pool, String value) {
        if (value != null && !value.isBlank()) {
            List<String> list = pools.computeIfAbsent(pool, k -> new ArrayList<>());
            if (!list.contains(value)) {
                list.add(value);
            }
        }
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String encodePath(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodeQuery(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
