package org.passerelle.support.fuzz;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON values generated from the contract's schemas: valid ones (types, enums, bounds, lengths, patterns,
 * formats), boundary ones (valid, at an edge: the longest string, the largest number, the fullest or
 * emptiest array, null where allowed) and invalid ones (one rule broken). Hints give realistic values by
 * property name (theme codes, slugs of the catalogue) so that valid requests reach the business code.
 */
public final class Values {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> LANGS = List.of("fr", "en", "ar", "uk", "ps", "ti", "fa", "es", "ru");
    private static final String TEXT = "abcdefghijklmnopqrstuvwxyzéèçàœ ABCXYZ0123456789-'’.,ÉşğüÖ  مرحبا Ωжи中文";
    private static final int MAX_DEPTH = 6;

    private final Contract contract;
    private final Random random;
    private final Map<String, Supplier<JsonNode>> hints;

    public Values(Contract contract, Random random, Map<String, Supplier<JsonNode>> hints) {
        this.contract = contract;
        this.random = random;
        this.hints = hints;
    }

    public Random random() {
        return random;
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    // ---------------------------------------------------------------- valid

    public JsonNode valid(JsonNode schema, String name) {
        return valid(schema, name, 0);
    }

    private JsonNode valid(JsonNode rawSchema, String name, int depth) {
        JsonNode schema = contract.resolve(rawSchema);
        if (schema == null || schema.isMissingNode() || schema.isBoolean()) {
            return NODES.textNode("x");
        }
        if (name != null && hints.containsKey(name) && chance(0.85)) {
            JsonNode hinted = hints.get(name).get();
            if (hinted != null && contract.validate(schema, hinted).isEmpty()) {
                return hinted;
            }
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            return pickNode(schema.get("enum"));
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                List<JsonNode> branches = new ArrayList<>();
                List<JsonNode> nonNull = new ArrayList<>();
                schema.get(combinator).forEach(b -> {
                    branches.add(b);
                    if (!"null".equals(contract.resolve(b).path("type").asText())) {
                        nonNull.add(b);
                    }
                });
                JsonNode branch = nonNull.isEmpty() || chance(0.1) ? pickNode(schema.get(combinator)) : pick(nonNull);
                return valid(branch, name, depth);
            }
        }
        if (schema.has("allOf")) {
            return valid(schema.get("allOf").get(0), name, depth);
        }
        String type = type(schema, 0.1);
        return switch (type) {
            case "null" -> NODES.nullNode();
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth, size(schema, "minItems", "maxItems", 0, 3));
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(number(schema));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(string(schema));
        };
    }

    /** One of the schema's types; null only with the given chance when others are allowed. */
    private String type(JsonNode schema, double nullChance) {
        JsonNode type = schema.get("type");
        if (type == null) {
            if (schema.has("properties") || schema.has("additionalProperties")) {
                return "object";
            }
            return schema.has("items") ? "array" : "string";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        List<String> types = new ArrayList<>();
        type.forEach(t -> types.add(t.asText()));
        List<String> nonNull = types.stream().filter(t -> !"null".equals(t)).toList();
        if (nonNull.isEmpty() || (types.contains("null") && chance(nullChance))) {
            return types.contains("null") ? "null" : pick(types);
        }
        return pick(nonNull);
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode out = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(p -> {
            if (required.contains(p.getKey()) || (depth < MAX_DEPTH && chance(0.6))) {
                out.set(p.getKey(), valid(p.getValue(), p.getKey(), depth + 1));
            }
        });
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject() && !schema.has("properties")) {
            int n = size(schema, "minProperties", "maxProperties", 1, 3);
            List<String> keys = new ArrayList<>(LANGS);
            java.util.Collections.shuffle(keys, random);
            for (int i = 0; i < n && i < keys.size(); i++) {
                out.set(keys.get(i), valid(additional, null, depth + 1));
            }
        }
        return out;
    }

    private ArrayNode array(JsonNode schema, int depth, int size) {
        ArrayNode out = NODES.arrayNode();
        JsonNode items = schema.path("items");
        boolean unique = schema.path("uniqueItems").asBoolean(false);
        for (int attempt = 0; out.size() < size && attempt < size * 4; attempt++) {
            JsonNode item = valid(items, null, depth + 1);
            boolean duplicate = false;
            for (JsonNode existing : out) {
                duplicate |= existing.equals(item);
            }
            if (!(duplicate && (unique || item.isTextual()))) {
                out.add(item);
            }
        }
        return out;
    }

    private int size(JsonNode schema, String minKey, String maxKey, int defaultMin, int spread) {
        int min = schema.path(minKey).asInt(defaultMin);
        int max = schema.has(maxKey) ? schema.get(maxKey).asInt() : min + spread;
        max = Math.min(max, min + spread);
        return min + random.nextInt(Math.max(1, max - min + 1));
    }

    private long integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 200;
        if (schema.has("exclusiveMinimum")) {
            min = schema.get("exclusiveMinimum").asLong() + 1;
        }
        if (schema.has("exclusiveMaximum")) {
            max = schema.get("exclusiveMaximum").asLong() - 1;
        }
        long span = Math.min(max - min, 1000);
        return min + (long) (random.nextDouble() * (span + 1));
    }

    private BigDecimal number(JsonNode schema) {
        double min = schema.has("minimum") ? schema.get("minimum").asDouble() : -100;
        double max = schema.has("maximum") ? schema.get("maximum").asDouble() : min + 200;
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(4, java.math.RoundingMode.DOWN)
                .max(BigDecimal.valueOf(min));
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid":
                return uuid().toString();
            case "date":
                return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000)).toString();
            case "date-time":
                return Instant.ofEpochSecond(1_600_000_000L + random.nextInt(200_000_000)).toString();
            case "email":
                return "fuzz" + random.nextInt(10000) + "@example.org";
            case "uri":
                return "https://example.org/" + random.nextInt(10000);
            default:
                break;
        }
        int minLength = schema.path("minLength").asInt(0);
        int maxLength = schema.path("maxLength").asInt(Math.max(minLength, 40));
        if (schema.has("pattern")) {
            for (int attempt = 0; attempt < 5; attempt++) {
                String candidate = RegexGen.generate(schema.get("pattern").asText(), random);
                if (candidate.length() >= minLength && candidate.length() <= maxLength) {
                    return candidate;
                }
            }
        }
        int length = Math.max(1, minLength) + random.nextInt(Math.max(1, Math.min(maxLength, 24) - Math.max(1, minLength) + 1));
        StringBuilder out = new StringBuilder();
        out.append(pickChar("abcdefghijklmnopqrstuvwxyzÉé"));
        while (out.length() < length) {
            out.append(pickChar(TEXT));
        }
        return out.toString().strip().isEmpty() ? "a" : out.toString().substring(0, Math.min(out.length(), maxLength));
    }

    // ------------------------------------------------------------- boundary

    /** A valid value at an edge of the schema (longest, largest, emptiest, null when allowed). */
    public JsonNode boundary(JsonNode rawSchema, String name) {
        JsonNode schema = contract.resolve(rawSchema);
        if (schema == null || schema.has("enum") || schema.has("const")) {
            return valid(rawSchema, name);
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                return chance(0.3) ? NODES.nullNode() : boundary(pickNode(schema.get(combinator)), name);
            }
        }
        String type = type(schema, 0.3);
        switch (type) {
            case "null":
                return NODES.nullNode();
            case "integer": {
                String key = chance(0.5) ? "minimum" : "maximum";
                return schema.has(key) ? NODES.numberNode(schema.get(key).asLong())
                        : NODES.numberNode(chance(0.5) ? 0 : Integer.MAX_VALUE);
            }
            case "number": {
                String key = chance(0.5) ? "minimum" : "maximum";
                return schema.has(key) ? schema.get(key) : NODES.numberNode(chance(0.5) ? 0.0 : 1e15);
            }
            case "array": {
                int min = schema.path("minItems").asInt(0);
                int max = schema.path("maxItems").asInt(Math.max(min, 12));
                return array(schema, 0, chance(0.5) ? min : Math.min(max, 40));
            }
            case "object": {
                if (schema.has("properties") && chance(0.3)) {
                    // The emptiest object allowed: its required properties only ({} when none is).
                    ObjectNode minimal = NODES.objectNode();
                    schema.path("required").forEach(r -> minimal.set(r.asText(),
                            valid(schema.path("properties").path(r.asText()), r.asText())));
                    return minimal;
                }
                ObjectNode out = object(schema, 0);
                List<String> names = new ArrayList<>();
                out.fieldNames().forEachRemaining(names::add);
                if (!names.isEmpty() && schema.has("properties")) {
                    String field = pick(names);
                    JsonNode fieldSchema = schema.path("properties").get(field);
                    if (fieldSchema != null) {
                        out.set(field, boundary(fieldSchema, field));
                    }
                }
                return out;
            }
            case "string": {
                if (schema.has("format") || (schema.has("pattern") && !"\\S".equals(schema.get("pattern").asText()))) {
                    return valid(schema, name);
                }
                int min = schema.path("minLength").asInt(0);
                int max = schema.path("maxLength").asInt(1000);
                int length = chance(0.5) ? Math.max(min, schema.has("pattern") ? 1 : 0) : max;
                StringBuilder out = new StringBuilder();
                // Basic-plane letters only: JSON Schema counts code points, Bean Validation UTF-16 units.
                String alphabet = chance(0.5) ? "aé" : "ä中ش";
                while (out.length() < length) {
                    out.append(pickChar(alphabet));
                }
                return NODES.textNode(out.toString());
            }
            default:
                return valid(schema, name);
        }
    }

    // -------------------------------------------------------------- invalid

    /** A value that breaks one rule of the schema (it may still happen to be valid: callers check). */
    public JsonNode invalid(JsonNode rawSchema, String name) {
        JsonNode schema = contract.resolve(rawSchema);
        if (schema == null) {
            return NODES.textNode("x");
        }
        if (schema.has("enum")) {
            return chance(0.7) ? NODES.textNode("not-" + schema.get("enum").get(0).asText("x").toUpperCase())
                    : NODES.numberNode(random.nextInt(10));
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                JsonNode branch = null;
                for (JsonNode b : schema.get(combinator)) {
                    if (!"null".equals(contract.resolve(b).path("type").asText())) {
                        branch = b;
                    }
                }
                return branch == null ? NODES.textNode("x") : invalid(branch, name);
            }
        }
        String type = type(schema, 0.0);
        List<Supplier<JsonNode>> options = new ArrayList<>();
        options.add(() -> wrongType(type));
        switch (type) {
            case "string" -> {
                if (schema.has("maxLength")) {
                    options.add(() -> NODES.textNode("x".repeat(schema.get("maxLength").asInt() + 1)));
                }
                if (schema.has("pattern")) {
                    options.add(() -> NODES.textNode(pick(List.of("   ", "Not Valid!", "\t", "<script>", "a b",
                            "../../etc/passwd", "--", "ÉTÉ"))));
                }
                if (schema.has("format")) {
                    options.add(() -> NODES.textNode(pick(List.of("not-a-" + schema.get("format").asText(),
                            "2026-13-45", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", ""))));
                }
                options.add(() -> NODES.textNode("x".repeat(5000)));
            }
            case "integer", "number" -> {
                if (schema.has("minimum")) {
                    options.add(() -> NODES.numberNode(schema.get("minimum").asDouble() - 1));
                }
                if (schema.has("maximum")) {
                    options.add(() -> NODES.numberNode(schema.get("maximum").asDouble() + 1));
                }
                options.add(() -> NODES.numberNode(new BigDecimal("1e400")));
                options.add(() -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")));
                if ("integer".equals(type)) {
                    options.add(() -> NODES.numberNode(2.5));
                }
            }
            case "array" -> {
                if (schema.path("minItems").asInt(0) > 0) {
                    options.add(NODES::arrayNode);
                }
                if (schema.has("maxItems")) {
                    options.add(() -> array(schema, MAX_DEPTH, schema.get("maxItems").asInt() + 1));
                }
                options.add(() -> {
                    ArrayNode out = NODES.arrayNode();
                    out.add(invalid(schema.path("items"), null));
                    return out;
                });
            }
            case "object" -> {
                options.add(() -> {
                    ObjectNode out = object(schema, 0);
                    out.put("unexpected" + random.nextInt(100), "mass assignment");
                    return out;
                });
                if (schema.has("required") && schema.get("required").size() > 0) {
                    options.add(() -> {
                        ObjectNode out = object(schema, 0);
                        out.remove(pickNode(schema.get("required")).asText());
                        return out;
                    });
                }
                if (schema.has("properties")) {
                    options.add(() -> {
                        ObjectNode out = object(schema, 0);
                        List<String> names = new ArrayList<>();
                        schema.get("properties").fieldNames().forEachRemaining(names::add);
                        String field = pick(names);
                        out.set(field, invalid(schema.get("properties").get(field), field));
                        return out;
                    });
                }
                if (schema.get("additionalProperties") != null && schema.get("additionalProperties").isObject()) {
                    options.add(() -> {
                        ObjectNode out = NODES.objectNode();
                        out.set(pick(List.of("fr", "xx-notalang", "", "en")),
                                invalid(schema.get("additionalProperties"), null));
                        return out;
                    });
                }
            }
            default -> {
            }
        }
        if (!nullable(schema)) {
            options.add(NODES::nullNode);
        }
        return pick(options).get();
    }

    private JsonNode wrongType(String type) {
        return switch (type) {
            case "string" -> chance(0.5) ? NODES.numberNode(42) : NODES.objectNode();
            case "integer", "number" -> NODES.textNode(chance(0.5) ? "twelve" : "12");
            case "boolean" -> NODES.textNode(chance(0.5) ? "yes" : "TRUE");
            case "array" -> NODES.textNode("not-an-array");
            case "object" -> NODES.arrayNode().add(1);
            default -> NODES.booleanNode(true);
        };
    }

    private boolean nullable(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asText())) {
                    return true;
                }
            }
        }
        return "null".equals(schema.path("type").asText());
    }

    private JsonNode pickNode(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }

    private char pickChar(String chars) {
        return chars.charAt(random.nextInt(chars.length()));
    }
}
