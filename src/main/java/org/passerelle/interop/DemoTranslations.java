package org.passerelle.interop;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * language, named by its lower-case tag: {@code fa-af.json} for Dari, kept as {@code fa-AF}). Each file
 * says its {@code lang}, and gives {@code services} and {@code initiatives} by slug. Every text is stored
 * as a {@code machine} translation, so the kiosk says "automatic translation", and only where the record
 * has no text in that language yet: a source text, a reviewed translation or an earlier import is never
 * overwritten.
 * <p>The demo import attaches them to each record as it creates it ({@link Loaded#attach}), so a demo
 * record starts at version 0 with all its texts; a record that already exists is left alone, as every
 * demo record is. {@link #load} adds them to records that exist (the tests' fixture folder).
 * <p>A missing file is nothing to load; a file that is not such an object, or whose lang is not the one
 * its name says, is reported; a malformed record, or one naming no record of the catalogue, is reported
 * by language and slug and skipped, like the other demo records. An entry for a file-002 initiative
 * merged into another ({@link DemoCatalogueLoader#MERGES}) adds nothing: the catalogue keeps the other's
 * text, which that one's own entry translates.
 */
@ApplicationScoped
class DemoTranslations {

    private static final Logger LOG = Logger.getLogger(DemoTranslations.class);

    /** The file names looked for: one per kiosk language. */
    static final List<String> FILES = KioskLanguages.TAGS.stream()
            .map(tag -> tag.toLowerCase(Locale.ROOT) + ".json").toList();

    static final String SERVICE = "service";
    static final String INITIATIVE = "initiative";

    /** What one run did: translations (a record's texts in one language) added, present, refused; and why. */
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

    /**
     * The valid translations of a folder, by kind, slug and language, ready to attach to the records the
     * import creates; and the counts of what happened to them.
     */
    static final class Loaded {
        private final Map<String, Map<String, Map<String, Object>>> byKind = Map.of(
                SERVICE, new LinkedHashMap<>(), INITIATIVE, new LinkedHashMap<>());
        private final Map<String, Integer> attached = new HashMap<>();
        private final Set<String> settled = new HashSet<>();
        private final List<String> rejections = new ArrayList<>();
        private int added;
        private int present;
        private int rejected;

        /** The translations of one record, by language. */
        Map<String, Object> of(String kind, String slug) {
            return byKind.get(kind).getOrDefault(slug, Map.of());
        }

        /** Adds to a service being created its machine texts in the languages it has none in. */
        void attach(ServiceOffer s) {
            int n = 0;
            for (Map.Entry<String, Object> e : of(SERVICE, s.slug).entrySet()) {
                n += addTo(s, e.getKey(), (ServiceTranslation) e.getValue()) ? 1 : 0;
            }
            attached.put(SERVICE + ":" + s.slug, n);
        }

        /** Adds to an initiative being created its machine texts in the languages it has none in. */
        void attach(Initiative i) {
            int n = 0;
            for (Map.Entry<String, Object> e : of(INITIATIVE, i.slug).entrySet()) {
                n += addTo(i, e.getKey(), (InitiativeTranslation) e.getValue()) ? 1 : 0;
            }
            attached.put(INITIATIVE + ":" + i.slug, n);
        }

        /** The record was stored with what {@link #attach} gave it; the other languages were there already. */
        void stored(String kind, String slug) {
            int n = attached.getOrDefault(kind + ":" + slug, 0);
            added += n;
            present += of(kind, slug).size() - n;
            settled.add(kind + ":" + slug);
        }

        /** The record was not created (it exists, or was refused): its translations are left alone. */
        void leftAlone(String kind, String slug) {
            present += of(kind, slug).size();
            settled.add(kind + ":" + slug);
        }

        /** Reports the translations no record took: a merged file-002 duplicate is none of them. */
        void finish() {
            byKind.forEach((kind, bySlug) -> bySlug.forEach((slug, byLang) -> {
                if (settled.contains(kind + ":" + slug)) {
                    return;
                }
                if (INITIATIVE.equals(kind) && DemoCatalogueLoader.MERGES.containsKey(slug)) {
                    present += byLang.size();
                    return;
                }
                byLang.keySet().forEach(lang -> {
                    rejected++;
                    reject(rejections, lang + ":" + slug, "matches no " + kind);
                });
            }));
        }

        Report report() {
            return new Report(new LoadReport.Counts(added, present, rejected), List.copyOf(rejections));
        }

        private void put(String kind, String slug, String lang, Object translation) {
            byKind.get(kind).computeIfAbsent(slug, k -> new LinkedHashMap<>()).put(lang, translation);
        }
    }

    /** Reads every translation file present in {@code directory} (a path ending with "/"). */
    Loaded read(String directory) {
        Loaded loaded = new Loaded();
        for (String file : FILES) {
            String expected = KioskLanguages.of(file.substring(0, file.length() - ".json".length())).orElseThrow();
            JsonNode root;
            try (InputStream in = DemoCatalogueLoader.open(directory + file)) {
                if (in == null) {
                    continue;
                }
                root = mapper.readTree(in);
            } catch (IOException e) {
                reject(loaded.rejections, directory + file, "not valid JSON");
                continue;
            }
            if (root == null || !root.isObject()) {
                reject(loaded.rejections, directory + file, "not a JSON object");
                continue;
            }
            Optional<String> lang = KioskLanguages.of(root.path("lang").asText(""));
            if (lang.isEmpty() || !lang.get().equals(expected)) {
                reject(loaded.rejections, directory + file, "lang must be " + expected + ", the language its name says");
                continue;
            }
            read(root.path("services"), ServiceTranslation.class, expected, SERVICE, loaded);
            read(root.path("initiatives"), InitiativeTranslation.class, expected, INITIATIVE, loaded);
        }
        return loaded;
    }

    /**
     * Adds the translations of {@code directory} to the records that exist, one transaction per language
     * (some hundred small changes); if that fails, record by record, so the one that cannot be stored is
     * reported and the others are kept. A change moves the record's version, as any change does.
     */
    Report load(String directory) {
        Loaded loaded = read(directory);
        Map<String, List<String[]>> byLang = new LinkedHashMap<>();
        loaded.byKind.forEach((kind, bySlug) -> bySlug.forEach((slug, langs) -> langs.keySet()
                .forEach(lang -> byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(new String[] { kind, slug }))));
        byLang.forEach((lang, records) -> {
            try {
                List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> {
                    List<Outcome> done = new ArrayList<>();
                    for (String[] r : records) {
                        done.add(addToExisting(loaded, r[0], r[1], lang));
                    }
                    return done;
                });
                for (int i = 0; i < records.size(); i++) {
                    count(loaded, outcomes.get(i), lang, records.get(i));
                }
            } catch (RuntimeException batch) {
                for (String[] r : records) {
                    try {
                        count(loaded, QuarkusTransaction.requiringNew().call(() -> addToExisting(loaded, r[0], r[1], lang)),
                                lang, r);
                    } catch (RuntimeException e) {
                        loaded.rejected++;
                        reject(loaded.rejections, lang + ":" + r[1],
                                "could not be stored (" + e.getClass().getSimpleName() + ")");
                    }
                }
            }
        });
        return loaded.report();
    }

    /** What adding one translation to an existing record did; MISSING: no record has its slug. */
    private enum Outcome {
        ADDED, PRESENT, MISSING
    }

    private Outcome addToExisting(Loaded loaded, String kind, String slug, String lang) {
        Object translation = loaded.of(kind, slug).get(lang);
        if (SERVICE.equals(kind)) {
            return services.findBySlug(slug).map(s -> addTo(s, lang, (ServiceTranslation) translation)
                    ? Outcome.ADDED : Outcome.PRESENT).orElse(Outcome.MISSING);
        }
        if (DemoCatalogueLoader.MERGES.containsKey(slug)) {
            return Outcome.PRESENT;
        }
        return initiatives.findBySlug(slug).map(i -> addTo(i, lang, (InitiativeTranslation) translation)
                ? Outcome.ADDED : Outcome.PRESENT).orElse(Outcome.MISSING);
    }

    private static void count(Loaded loaded, Outcome outcome, String lang, String[] record) {
        switch (outcome) {
            case ADDED -> loaded.added++;
            case PRESENT -> loaded.present++;
            case MISSING -> {
                loaded.rejected++;
                reject(loaded.rejections, lang + ":" + record[1], "matches no " + record[0]);
            }
        }
    }

    /** A machine text in {@code lang}, unless the service has a text in that language already. */
    private static boolean addTo(ServiceOffer service, String lang, ServiceTranslation t) {
        if (service.texts.keySet().stream().anyMatch(lang::equalsIgnoreCase)) {
            return false;
        }
        String description = t.description() == null || t.description().isBlank() ? null : t.description().strip();
        service.texts.put(lang, new ServiceOffer.Text(t.name().strip(), description, TextOrigin.MACHINE, null, null));
        return true;
    }

    /** A machine summary (and name) in {@code lang}, unless the initiative has a text in that language already. */
    private static boolean addTo(Initiative initiative, String lang, InitiativeTranslation t) {
        if (initiative.texts.keySet().stream().anyMatch(lang::equalsIgnoreCase)) {
            return false;
        }
        String name = t.name() == null || t.name().isBlank() ? null : t.name().strip();
        initiative.texts.put(lang, new Initiative.Text(t.summary().strip(), name, TextOrigin.MACHINE));
        return true;
    }

    /** Keeps the valid records of one section ({@code services} or {@code initiatives}); reports the others. */
    private <T> void read(JsonNode section, Class<T> type, String lang, String kind, Loaded loaded) {
        if (section.isMissingNode() || section.isNull()) {
            return;
        }
        if (!section.isObject()) {
            reject(loaded.rejections, lang + ":" + kind + "s", "not a JSON object of " + kind + " slugs");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = lang + ":" + entry.getKey();
            try {
                T record = mapper.treeToValue(entry.getValue(), type);
                Set<ConstraintViolation<T>> violations = record == null ? Set.of() : validator.validate(record);
                if (record == null) {
                    loaded.rejected++;
                    reject(loaded.rejections, id, "does not match the expected shape");
                } else if (violations.isEmpty()) {
                    loaded.put(kind, entry.getKey(), lang, record);
                } else {
                    loaded.rejected++;
                    reject(loaded.rejections, id, violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                            .collect(Collectors.joining("; ")));
                }
            } catch (IOException | IllegalArgumentException e) {
                loaded.rejected++;
                reject(loaded.rejections, id, "does not match the expected shape");
            }
        }
    }

    private static void reject(List<String> rejections, String id, String reason) {
        String line = id + ": " + reason;
        rejections.add(line);
        LOG.warnf("Demo catalogue translations: skipped %s", line);
    }
}
