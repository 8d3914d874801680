package org.passerelle.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo catalogue as the test oracle: expected results are computed from the data files, not
 * copied from the API, so a wrong filter cannot agree with itself.
 */
public final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> SERVICES = read("demo-catalogue/services.json");

    private DemoData() {
    }

    public static List<JsonNode> read(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            return StreamSupport.stream(JSON.readTree(in).spliterator(), false).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> services() {
        return SERVICES;
    }

    /** Slugs of the active services matching the predicate, in the API's order (by slug). */
    public static List<String> activeSlugs(Predicate<JsonNode> predicate) {
        return slugs(SERVICES.stream().filter(s -> "active".equals(s.path("status").asText())).filter(predicate).toList());
    }

    public static List<String> slugs(List<JsonNode> nodes) {
        return nodes.stream().map(s -> s.path("id").asText()).sorted().toList();
    }

    public static boolean hasTheme(JsonNode service, String... themes) {
        List<String> wanted = List.of(themes);
        List<String> actual = new ArrayList<>();
        service.path("themes").forEach(t -> actual.add(t.asText()));
        return actual.stream().anyMatch(wanted::contains);
    }

    public static String text(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            current = current.path(part);
        }
        return current.isNull() || current.isMissingNode() ? null : current.asText();
    }
}
