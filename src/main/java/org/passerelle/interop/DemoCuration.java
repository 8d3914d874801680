package org.passerelle.interop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Corrections the curator makes to the demo catalogue as it is imported (demo-catalogue/curation.json),
 * each with why: a fact the source implies but the data left out, such as "a university bridge is for
 * adults". The source files stay as they were copied; every corrected field is added to the record's
 * {@code inferred[]}, so it is never shown as a fact, and the reason is appended to its curator note.
 */
final class DemoCuration {

    /** One correction: set {@code path} (dotted, e.g. eligibility.minAge) of {@code service} to {@code value}. */
    record Correction(String service, String path, JsonNode value, String why) {
    }

    private final Map<String, List<Correction>> byService = new HashMap<>();

    DemoCuration(List<Correction> corrections) {
        corrections.forEach(c -> byService.computeIfAbsent(c.service(), k -> new java.util.ArrayList<>()).add(c));
    }

    static DemoCuration none() {
        return new DemoCuration(List.of());
    }

    /** The services it names, to report one that matches no record. */
    java.util.Set<String> services() {
        return byService.keySet();
    }

    /** Applies the corrections of this record, in place; a record without any is left untouched. */
    void apply(JsonNode record) {
        if (!(record instanceof ObjectNode object)) {
            return;
        }
        List<Correction> corrections = byService.get(object.path("id").asText());
        if (corrections == null) {
            return;
        }
        ArrayNode inferred = object.has("inferred") && object.get("inferred").isArray()
                ? (ArrayNode) object.get("inferred") : object.putArray("inferred");
        StringBuilder notes = new StringBuilder(object.path("curatorNotes").asText(""));
        for (Correction c : corrections) {
            String[] parts = c.path().split("\\.");
            ObjectNode parent = object;
            for (int i = 0; i < parts.length - 1; i++) {
                JsonNode child = parent.get(parts[i]);
                parent = child instanceof ObjectNode o ? o : parent.putObject(parts[i]);
            }
            parent.set(parts[parts.length - 1], c.value());
            if (java.util.stream.StreamSupport.stream(inferred.spliterator(), false)
                    .noneMatch(n -> n.asText().equals(c.path()))) {
                inferred.add(c.path());
            }
            notes.append(notes.length() > 0 ? " " : "").append("Curated: ").append(c.why());
        }
        object.put("curatorNotes", notes.toString());
    }
}
