package org.passerelle.interop;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;
import org.passerelle.catalogue.Initiative;
import org.passerelle.catalogue.InitiativeRepository;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.catalogue.vocabulary.TextOrigin;
import org.passerelle.common.i18n.KioskLanguages;
import org.passerelle.interop.DemoRecords.InitiativeTranslation;
import org.passerelle.interop.DemoRecords.ServiceTranslation;

/**
 * The demo catalogue's machine translations (demo-catalogue/translations/{lang}.json, one file per kiosk
 * language, named by its lower-case tag: {@code fa-af.json} for Dari). Each file says its {@code lang},
 * and gives {@code services} and {@code initiatives} by slug. Every text is stored as a {@code machine}
 * translation, so the kiosk says "automatic translation", and only where the record has no text in that
 * language yet: a source text, a reviewed translation or an earlier import is never overwritten, so
 * running it again adds nothing. A missing file is nothing to load; a file that is not such an object,
 * or whose lang is not the one its name says, is reported; a malformed record, or one naming no record
 * of the catalogue, is reported by language and slug and skipped, like the other demo records. An entry
 * for a file-002 initiative merged into another ({@link DemoCatalogueLoader#MERGES}) adds nothing: the
 * catalogue keeps the other's text, which that one's own entry translates.
 */
@ApplicationScoped
class DemoTranslations {

    private static final Logger LOG = Logger.getLogger(DemoTranslations.class);

    /** The file names looked for: one per kiosk language. */
    static final List<String> FILES = KioskLanguages.TAGS.stream()
            .map(tag -> tag.toLowerCase(Locale.ROOT) + ".json").toList();

    /** What one run did: translations (a service's or an initiative's texts in one language) and rejections. */
    record Report(LoadReport.Counts counts, List<String> rejections) {
    }

    private final Validator validator;
    private final ObjectMapper mapper;
    private final ServiceOfferRepository services;
    private final InitiativeRepository initiatives;

    DemoTranslations(Validator validator, ObjectMapper mapper, ServiceOfferRepository services,
            InitiativeRepository initiatives) {
        this.validator = validator;
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.services = services;
        this.initiatives = initiatives;
    }

    /** Loads every translation file present in {@code directory} (a path ending with "/"). */
    Report load(String directory) {
        int[] counts = new int[3];
        List<String> rejections = new ArrayList<>();
        for (String file : FILES) {
            String expected = KioskLanguages.of(file.substring(0, file.length() - ".json".length())).orElseThrow();
            JsonNode root;
            try (InputStream in = DemoCatalogueLoader.open(directory + file)) {
                if (in == null) {
                    continue;
                }
                root = mapper.readTree(in);
            } catch (IOException e) {
                reject(rejections, directory + file, "not valid JSON");
                continue;
            }
            if (root == null || !root.isObject()) {
                reject(rejections, directory + file, "not a JSON object");
                continue;
            }
            Optional<String> lang = KioskLanguages.of(root.path("lang").asText(""));
            if (lang.isEmpty() || !lang.get().equals(expected)) {
                reject(rejections, directory + file, "lang must be " + expected + ", the language its name says");
                continue;
            }
            List<Pending> pending = new ArrayList<>();
            read(root.path("services"), ServiceTranslation.class, expected, "service", counts, rejections)
                    .forEach((slug, t) -> pending.add(new Pending("service", slug, s -> addService(s, expected, t))));
            read(root.path("initiatives"), InitiativeTranslation.class, expected, "initiative", counts, rejections)
                    .forEach((slug, t) -> pending.add(new Pending("initiative", slug,
                            // A file-002 duplicate was merged into the initiative it describes, whose own
                            // entry translates the text the catalogue keeps: nothing to add.
                            s -> DemoCatalogueLoader.MERGES.containsKey(s) ? Outcome.PRESENT
                                    : addInitiative(s, expected, t))));
            store(expected, pending, counts, rejections);
        }
        return new Report(new LoadReport.Counts(counts[0], counts[1], counts[2]), List.copyOf(rejections));
    }

    /** One validated translation, waiting to be stored. */
    private record Pending(String kind, String slug, Function<String, Outcome> store) {
    }

    /** What storing one translation did; MISSING: no record of the catalogue has its slug. */
    private enum Outcome {
        ADDED, PRESENT, MISSING
    }

    /**
     * The whole file in one transaction (some hundred small records); if that fails, record by record,
     * so the one that cannot be stored is reported and the others are kept.
     */
    private void store(String lang, List<Pending> pending, int[] counts, List<String> rejections) {
        try {
            List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> {
                List<Outcome> done = new ArrayList<>();
                for (Pending p : pending) {
                    done.add(p.store().apply(p.slug()));
                }
                return done;
            });
            for (int i = 0; i < pending.size(); i++) {
                count(outcomes.get(i), lang, pending.get(i), counts, rejections);
            }
            return;
        } catch (RuntimeException e) {
            // One record breaks the batch: find it below.
        }
        for (Pending p : pending) {
            try {
                count(QuarkusTransaction.requiringNew().call(() -> p.store().apply(p.slug())), lang, p, counts,
                        rejections);
            } catch (RuntimeException e) {
                counts[2]++;
                reject(rejections, lang + ":" + p.slug(), "could not be stored (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    private static void count(Outcome outcome, String lang, Pending p, int[] counts, List<String> rejections) {
        switch (outcome) {
            case ADDED -> counts[0]++;
            case PRESENT -> counts[1]++;
            case MISSING -> {
                counts[2]++;
                reject(rejections, lang + ":" + p.slug(), "matches no " + p.kind());
            }
        }
    }

    private Outcome addService(String slug, String lang, ServiceTranslation t) {
        Optional<ServiceOffer> found = services.findBySlug(slug);
        if (found.isEmpty()) {
            return Outcome.MISSING;
        }
        ServiceOffer service = found.get();
        if (service.texts.keySet().stream().anyMatch(lang::equalsIgnoreCase)) {
            return Outcome.PRESENT;
        }
        String description = t.description() == null || t.description().isBlank() ? null : t.description().strip();
        service.texts.put(lang, new ServiceOffer.Text(t.name().strip(), description, TextOrigin.MACHINE, null, null));
        return Outcome.ADDED;
    }

    private Outcome addInitiative(String slug, String lang, InitiativeTranslation t) {
        Optional<Initiative> found = initiatives.findBySlug(slug);
        if (found.isEmpty()) {
            return Outcome.MISSING;
        }
        Initiative initiative = found.get();
        if (initiative.texts.keySet().stream().anyMatch(lang::equalsIgnoreCase)) {
            return Outcome.PRESENT;
        }
        String name = t.name() == null || t.name().isBlank() ? null : t.name().strip();
        initiative.texts.put(lang, new Initiative.Text(t.summary().strip(), name, TextOrigin.MACHINE));
        return Outcome.ADDED;
    }

    /** The valid records of one section ({@code services} or {@code initiatives}), by slug; the others reported. */
    private <T> Map<String, T> read(JsonNode section, Class<T> type, String lang, String kind, int[] counts,
            List<String> rejections) {
        Map<String, T> records = new java.util.LinkedHashMap<>();
        if (section.isMissingNode() || section.isNull()) {
            return records;
        }
        if (!section.isObject()) {
            reject(rejections, lang + ":" + kind + "s", "not a JSON object of " + kind + " slugs");
            return records;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = lang + ":" + entry.getKey();
            try {
                T record = mapper.treeToValue(entry.getValue(), type);
                Set<ConstraintViolation<T>> violations = record == null ? Set.of() : validator.validate(record);
                if (record == null) {
                    counts[2]++;
                    reject(rejections, id, "does not match the expected shape");
                } else if (violations.isEmpty()) {
                    records.put(entry.getKey(), record);
                } else {
                    counts[2]++;
                    reject(rejections, id, violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .sorted().collect(Collectors.joining("; ")));
                }
            } catch (IOException | IllegalArgumentException e) {
                counts[2]++;
                reject(rejections, id, "does not match the expected shape");
            }
        }
        return records;
    }

    private static void reject(List<String> rejections, String id, String reason) {
        String line = id + ": " + reason;
        rejections.add(line);
        LOG.warnf("Demo catalogue translations: skipped %s", line);
    }
}
