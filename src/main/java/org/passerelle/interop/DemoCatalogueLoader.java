package org.passerelle.interop;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import org.passerelle.catalogue.Initiative;
import org.passerelle.catalogue.InitiativeRepository;
import org.passerelle.catalogue.Location;
import org.passerelle.catalogue.Organization;
import org.passerelle.catalogue.OrganizationRepository;
import org.passerelle.catalogue.ServiceOffer;
import org.passerelle.catalogue.ServiceOfferRepository;
import org.passerelle.catalogue.Taxonomy;
import org.passerelle.catalogue.ThemeCatalogue;
import org.passerelle.config.PasserelleConfig;
import org.passerelle.identity.Membership;
import org.passerelle.identity.MembershipRepository;
import org.passerelle.interop.DemoRecords.InitiativeRecord;
import org.passerelle.interop.DemoRecords.MembershipRecord;
import org.passerelle.interop.DemoRecords.OrganizationRecord;
import org.passerelle.interop.DemoRecords.ServiceRecord;

/**
 * Imports the demo catalogue shipped in the jar (docs/architecture.md §9, plus the demo personas'
 * memberships) when the app starts on a
 * database with no organisation. Each record is validated, then stored in its own transaction: a
 * malformed record is reported by id and skipped, never half-imported. Records whose slug exists are
 * left alone, so running it again adds nothing.
 */
@ApplicationScoped
public class DemoCatalogueLoader {

    private static final Logger LOG = Logger.getLogger(DemoCatalogueLoader.class);
    private static final String BASE = "demo-catalogue/";

    /** Entries of file 002 that describe an organisation of initiatives.json (docs/architecture.md §9). */
    static final Map<String, String> MERGES = Map.of(
            "s002-anvita", "anvita",
            "s002-kodiko", "kodiko-co-training",
            "s002-caracol", "caracol",
            "s002-migracoop", "migracoop-meltingcoop",
            "s002-refugee-food-festival", "refugee-food");

    /** Publication dates of the source documents; 001 and 004 are undated. 002 is from May 2022. */
    static final Map<String, LocalDate> SOURCE_DATES = Map.of(
            "000_e05e42416c454bbe.txt", LocalDate.of(2024, 6, 19),
            "002_f30ec46e97b43c78.txt", LocalDate.of(2022, 5, 31),
            "003_9c691a3fa8d45fcf.txt", LocalDate.of(2019, 4, 30));

    private final PasserelleConfig config;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final OrganizationRepository organizations;
    private final InitiativeRepository initiatives;
    private final ServiceOfferRepository services;
    private final ThemeCatalogue themes;
    private final MembershipRepository memberships;
    @jakarta.inject.Inject
    DemoTranslations translations;
    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<org.passerelle.catalogue.CatalogueChanged> changes;
    @jakarta.inject.Inject
    org.passerelle.catalogue.CatalogueRevision revision;

    public DemoCatalogueLoader(PasserelleConfig config, Validator validator, ObjectMapper mapper,
            OrganizationRepository organizations, InitiativeRepository initiatives, ServiceOfferRepository services,
            ThemeCatalogue themes, MembershipRepository memberships) {
        this.config = config;
        this.validator = validator;
        // The data files may gain fields; unknown ones are ignored here, never on the API.
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.organizations = organizations;
        this.initiatives = initiatives;
        this.services = services;
        this.themes = themes;
        this.memberships = memberships;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demoCatalogue().enabled()) {
            return;
        }
        boolean empty = QuarkusTransaction.requiringNew().call(() -> organizations.count() == 0);
        if (empty) {
            load();
        } else {
            LOG.info("Demo catalogue: the database already holds a catalogue; nothing imported");
        }
    }

    /** Imports whatever is missing and reports the counts. */
    public LoadReport load() {
        return load(config.demoCatalogue().directory().map(d -> d.endsWith("/") ? d : d + "/").orElse(BASE));
    }

    LoadReport load(String base) {
        List<String> rejections = new ArrayList<>();
        Counter orgCount = new Counter();
        Counter initiativeCount = new Counter();
        Counter serviceCount = new Counter();
        List<OrganizationRecord> extraOrganizations = new ArrayList<>(read(base + "organizations-extra.json",
                OrganizationRecord.class, orgCount, rejections));
        // The illustrative one-stop-shop desks whose agents open referral cases (absent from a bare catalogue).
        if (exists(base + "desks.json")) {
            extraOrganizations.addAll(read(base + "desks.json", OrganizationRecord.class, orgCount, rejections));
        }
        List<InitiativeRecord> mainInitiatives = read(base + "initiatives.json", InitiativeRecord.class,
                initiativeCount, rejections);
        List<InitiativeRecord> initiatives002 = read(base + "initiatives-002.json", InitiativeRecord.class,
                initiativeCount, rejections);
        DemoCuration curation = curation(base + "curation.json", rejections);
        List<ServiceRecord> serviceRecords = read(base + "services.json", ServiceRecord.class, serviceCount,
                rejections, curation);
        DemoContacts contacts = contacts(base + "contacts.json", rejections);
        Taxonomy taxonomy = QuarkusTransaction.requiringNew().call(themes::taxonomy);

        // An initiatives.json entry is also an organisation when services name it as their organisation.
        Set<String> organizationIds = serviceRecords.stream().map(ServiceRecord::organizationId)
                .collect(Collectors.toSet());
        for (OrganizationRecord record : extraOrganizations) {
            store(record.id(), orgCount, rejections, organizations::findBySlug,
                    () -> contacts.apply(DemoMapping.organization(record)));
        }
        for (InitiativeRecord record : mainInitiatives) {
            if (organizationIds.contains(record.id())) {
                store(record.id(), orgCount, rejections, organizations::findBySlug,
                        () -> contacts.apply(DemoMapping.organization(record)));
            }
        }
        Set<String> knownOrganizations = new java.util.HashSet<>(organizationIds);
        extraOrganizations.forEach(r -> knownOrganizations.add(r.id()));
        contacts.organizations().stream().filter(id -> !knownOrganizations.contains(id)).sorted()
                .forEach(id -> reject(rejections, id, "contact for an organisation that is not in the catalogue"));
        Set<String> knownServices = serviceRecords.stream().map(ServiceRecord::id).collect(Collectors.toSet());
        contacts.services().stream().filter(id -> !knownServices.contains(id)).sorted()
                .forEach(id -> reject(rejections, id, "contact for a service that is not in the catalogue"));

        // Machine translations, attached to each record as it is created (absent files: nothing).
        DemoTranslations.Loaded translated = config.demoCatalogue().translations()
                ? translations.read(base + "translations/") : new DemoTranslations.Loaded();

        Map<String, String> operatorOf = soleOrganizationPerInitiative(serviceRecords);
        Map<String, List<InitiativeRecord>> merged = merge(mainInitiatives, initiatives002, rejections);
        merged.forEach((id, parts) -> settle(translated, DemoTranslations.INITIATIVE, id,
                store(id, initiativeCount, rejections, initiatives::findBySlug, () -> {
                    checkThemes(parts.stream().flatMap(p -> nullSafe(p.themes()).stream()).toList(), taxonomy);
                    Organization operator = Optional.ofNullable(operatorOf.get(id))
                            .flatMap(organizations::findBySlug).orElse(null);
                    Initiative initiative = DemoMapping.initiative(parts, operator, SOURCE_DATES);
                    translated.attach(initiative);
                    return initiative;
                })));

        for (ServiceRecord record : serviceRecords) {
            settle(translated, DemoTranslations.SERVICE, record.id(), store(record.id(), serviceCount, rejections, services::findBySlug, () -> {
                checkThemes(record.themes(), taxonomy);
                if (!record.themes().contains(record.primaryTheme())) {
                    throw new InvalidRecord("primaryTheme must be one of its themes");
                }
                Organization organization = organizations.findBySlug(record.organizationId())
                        .orElseThrow(() -> new InvalidRecord("organizationId matches no organisation"));
                Initiative initiative = record.initiativeId() == null ? null
                        : initiatives.findBySlug(record.initiativeId())
                                .orElseThrow(() -> new InvalidRecord("initiativeId matches no initiative"));
                ServiceOffer service = contacts.apply(DemoMapping.service(record, organization, initiative));
                translated.attach(service);
                return service;
            }));
        }
        translated.finish();
        DemoTranslations.Report translatedReport = translated.report();
        rejections.addAll(translatedReport.rejections());

        Counter membershipCount = new Counter();
        for (MembershipRecord record : read(base + "memberships.json", MembershipRecord.class, membershipCount,
                rejections)) {
            String key = record.principalKind().code() + ":" + record.principal();
            store(key, membershipCount, rejections,
                    k -> memberships.findByPrincipal(record.principalKind(), record.principal()), () -> {
                        Membership membership = new Membership();
                        membership.id = UUID.randomUUID();
                        membership.principalKind = record.principalKind();
                        membership.principal = record.principal();
                        membership.organizationId = organizations.findBySlug(record.organization()).map(o -> o.id)
                                .orElseThrow(() -> new InvalidRecord("organization matches no organisation"));
                        membership.createdAt = Instant.now();
                        membership.createdBy = "demo-catalogue";
                        return membership;
                    });
        }

        loadOneStopShop(base + "one-stop-shop.json", rejections);

        LoadReport report = new LoadReport(orgCount.counts(), initiativeCount.counts(), serviceCount.counts(),
                membershipCount.counts(), translatedReport.counts(), List.copyOf(rejections));
        if (orgCount.added + initiativeCount.added + serviceCount.added > 0) {
            QuarkusTransaction.requiringNew().run(revision::bump);
        }
        changes.fire(new org.passerelle.catalogue.CatalogueChanged("demo-catalogue"));
        LOG.infof("Demo catalogue: organisations %s; initiatives %s; services %s; memberships %s; translations %s",
                report.organizations(), report.initiatives(), report.services(), report.memberships(),
                report.translations());
        return report;
    }

    /** Loads the translation files of one directory alone (the tests load a fixture folder with it). */
    DemoTranslations.Report loadTranslations(String directory) {
        DemoTranslations.Report report = translations.load(directory);
        if (report.counts().added() > 0) {
            QuarkusTransaction.requiringNew().run(revision::bump);
            changes.fire(new org.passerelle.catalogue.CatalogueChanged("demo-catalogue"));
        }
        return report;
    }

    private static boolean exists(String path) {
        try (InputStream in = open(path)) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** A file of the configured directory, or a resource in the jar; null when absent. */
    static InputStream open(String path) throws IOException {
        java.nio.file.Path file = java.nio.file.Path.of(path);
        if (file.isAbsolute()) {
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.newInputStream(file) : null;
        }
        return Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
    }

    /**
     * The illustrative one-stop-shop desk, in one transaction: a location and the permanences services
     * hold there. A service it names that is not in the catalogue is reported and left out.
     */
    private void loadOneStopShop(String resource, List<String> rejections) {
        OneStopShopRecord shop;
        try (InputStream in = open(resource)) {
            if (in == null) {
                return;
            }
            shop = mapper.readValue(in, OneStopShopRecord.class);
        } catch (IOException e) {
            reject(rejections, resource, "does not match the expected shape");
            return;
        }
        Set<ConstraintViolation<OneStopShopRecord>> violations = validator.validate(shop);
        if (!violations.isEmpty()) {
            reject(rejections, resource, violations.iterator().next().getPropertyPath() + " is invalid");
            return;
        }
        String slug = shop.location().id();
        QuarkusTransaction.requiringNew().run(() -> {
            var em = organizations.getEntityManager();
            if (!em.createQuery("select l.id from Location l where l.slug = :slug").setParameter("slug", slug)
                    .getResultList().isEmpty()) {
                return;
            }
            Location location = DemoMapping.location(shop);
            em.persist(location);
            for (OneStopShopRecord.PermanenceRecord permanence : shop.permanences()) {
                Optional<ServiceOffer> service = services.findBySlug(permanence.service());
                if (service.isEmpty()) {
                    reject(rejections, permanence.service(), "permanence for a service that is not in the catalogue");
                    continue;
                }
                em.persist(DemoMapping.permanence(shop, location, service.get(), permanence));
            }
        });
    }

    /**
     * Reads one file record by record, so one malformed record does not cost the others. A file
     * that is not a JSON array yields nothing and is reported.
     */
    private <T> List<T> read(String resource, Class<T> type, Counter counter, List<String> rejections) {
        return read(resource, type, counter, rejections, DemoCuration.none());
    }

    /** The curator's corrections (DemoCuration); none when the file is absent. */
    private DemoCuration curation(String resource, List<String> rejections) {
        try (InputStream in = open(resource)) {
            if (in == null) {
                return DemoCuration.none();
            }
            JsonNode root = mapper.readTree(in);
            List<DemoCuration.Correction> corrections = new ArrayList<>();
            for (JsonNode node : root.path("corrections")) {
                corrections.add(mapper.treeToValue(node, DemoCuration.Correction.class));
            }
            return new DemoCuration(corrections);
        } catch (IOException | IllegalArgumentException e) {
            reject(rejections, resource, "not a valid curation file");
            return DemoCuration.none();
        }
    }

    /**
     * The curator's contacts (DemoContacts); none when the file is absent. Each entry is validated; one that
     * breaks a rule (a person's mobile, say) is reported by its record id and left out.
     */
    private DemoContacts contacts(String resource, List<String> rejections) {
        try (InputStream in = open(resource)) {
            if (in == null) {
                return DemoContacts.none();
            }
            DemoContacts.File file = mapper.readValue(in, DemoContacts.File.class);
            List<String> problems = new ArrayList<>();
            for (var c : file.organizations() == null ? List.<DemoContacts.OrganizationContact>of() : file.organizations()) {
                validator.validate(c).forEach(v -> problems.add(c.organization() + ": contact " + v.getPropertyPath()
                        + " " + v.getMessage()));
            }
            for (var c : file.services() == null ? List.<DemoContacts.ServiceContact>of() : file.services()) {
                validator.validate(c).forEach(v -> problems.add(c.service() + ": contact " + v.getPropertyPath() + " "
                        + v.getMessage()));
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> reject(rejections, resource, p));
                return DemoContacts.none();
            }
            List<String> refused = new ArrayList<>();
            DemoContacts contacts = DemoContacts.of(file, refused);
            refused.forEach(line -> {
                rejections.add(line);
                LOG.warnf("Demo catalogue: skipped %s", line);
            });
            return contacts;
        } catch (IOException | IllegalArgumentException e) {
            reject(rejections, resource, "not a valid contacts file");
            return DemoContacts.none();
        }
    }

    private <T> List<T> read(String resource, Class<T> type, Counter counter, List<String> rejections,
            DemoCuration curation) {
        JsonNode root;
        try (InputStream in = open(resource)) {
            if (in == null) {
                reject(rejections, resource, "file not found");
                return List.of();
            }
            root = mapper.readTree(in);
        } catch (IOException e) {
            reject(rejections, resource, "not valid JSON");
            return List.of();
        }
        if (root == null || !root.isArray()) {
            reject(rejections, resource, "not a JSON array");
            return List.of();
        }
        List<T> records = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root) {
            String id = node.path("id").asText("#" + index);
            index++;
            curation.apply(node);
            try {
                T record = mapper.treeToValue(node, type);
                Set<ConstraintViolation<T>> violations = validator.validate(record);
                if (violations.isEmpty()) {
                    records.add(record);
                } else {
                    counter.rejected++;
                    reject(rejections, id, violations.stream()
                            .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                            .collect(Collectors.joining("; ")));
                }
            } catch (IOException | IllegalArgumentException e) {
                counter.rejected++;
                reject(rejections, id, "does not match the expected shape");
            }
        }
        return records;
    }

    /** Counts a record's translations as stored with it, or left alone when the record was not created. */
    private static void settle(DemoTranslations.Loaded translated, String kind, String slug, boolean added) {
        if (added) {
            translated.stored(kind, slug);
        } else {
            translated.leftAlone(kind, slug);
        }
    }

    /**
     * Stores one record in its own transaction unless its slug exists; a failure rolls back that record
     * only. True when it was added.
     */
    private <E> boolean store(String slug, Counter counter, List<String> rejections,
            Function<String, Optional<E>> existing, java.util.function.Supplier<E> build) {
        try {
            boolean added = QuarkusTransaction.requiringNew().call(() -> {
                if (existing.apply(slug).isPresent()) {
                    return false;
                }
                organizations.getEntityManager().persist(build.get());
                return true;
            });
            if (added) {
                counter.added++;
            } else {
                counter.present++;
            }
            return added;
        } catch (InvalidRecord e) {
            counter.rejected++;
            reject(rejections, slug, e.getMessage());
        } catch (RuntimeException e) {
            counter.rejected++;
            reject(rejections, slug, "could not be stored (" + e.getClass().getSimpleName() + ")");
        }
        return false;
    }

    private static void reject(List<String> rejections, String id, String reason) {
        String line = id + ": " + reason;
        rejections.add(line);
        LOG.warnf("Demo catalogue: skipped %s", line);
    }

    private static void checkThemes(List<String> codes, Taxonomy taxonomy) {
        List<String> unknown = codes.stream().filter(Predicate.not(taxonomy::hasTheme)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRecord("unknown theme codes " + unknown);
        }
    }

    /** Groups 002's duplicates with the initiatives.json entry they describe (5 merges, 156 initiatives). */
    private static Map<String, List<InitiativeRecord>> merge(List<InitiativeRecord> main,
            List<InitiativeRecord> secondary, List<String> rejections) {
        Map<String, List<InitiativeRecord>> merged = new LinkedHashMap<>();
        main.forEach(r -> merged.put(r.id(), new ArrayList<>(List.of(r))));
        for (InitiativeRecord record : secondary) {
            String target = MERGES.get(record.id());
            if (target == null) {
                merged.putIfAbsent(record.id(), new ArrayList<>(List.of(record)));
            } else if (merged.containsKey(target)) {
                merged.get(target).add(record);
            } else {
                reject(rejections, record.id(), "merge target " + target + " is missing");
            }
        }
        return merged;
    }

    /** An initiative's operator is known when all its services are run by one organisation. */
    private static Map<String, String> soleOrganizationPerInitiative(List<ServiceRecord> records) {
        Map<String, Set<String>> organizationsByInitiative = new HashMap<>();
        for (ServiceRecord record : records) {
            if (record.initiativeId() != null) {
                organizationsByInitiative.computeIfAbsent(record.initiativeId(), k -> new LinkedHashSet<>())
                        .add(record.organizationId());
            }
        }
        Map<String, String> sole = new HashMap<>();
        organizationsByInitiative.forEach((initiative, orgs) -> {
            if (orgs.size() == 1) {
                sole.put(initiative, orgs.iterator().next());
            }
        });
        return sole;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static final class Counter {
        int added;
        int present;
        int rejected;

        LoadReport.Counts counts() {
            return new LoadReport.Counts(added, present, rejected);
        }
    }

    /** A record that is well-formed JSON but breaks a catalogue rule. */
    static final class InvalidRecord extends RuntimeException {
        InvalidRecord(String message) {
            super(message, null, false, false);
        }
    }
}
