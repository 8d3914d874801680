package org.passerelle.catalogue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two-level taxonomy at one moment, as plain data: the domains in kiosk order, which theme codes
 * each groups, and every label. Detached from the database, so it can be cached between requests.
 */
public record Taxonomy(List<String> domains, Map<String, Set<String>> themesByDomain,
        Map<String, Map<String, String>> domainLabels, Map<String, Map<String, String>> themeLabels) {

    public static Taxonomy of(List<KioskDomain> domains, List<Theme> themes) {
        Map<String, Set<String>> byDomain = new LinkedHashMap<>();
        Map<String, Map<String, String>> domainLabels = new LinkedHashMap<>();
        Map<String, Map<String, String>> themeLabels = new LinkedHashMap<>();
        for (KioskDomain domain : domains) {
            byDomain.put(domain.code, new LinkedHashSet<>());
            domainLabels.put(domain.code, Map.copyOf(domain.labels));
        }
        for (Theme theme : themes) {
            byDomain.computeIfAbsent(theme.domain.code, k -> new LinkedHashSet<>()).add(theme.code);
            themeLabels.put(theme.code, Map.copyOf(theme.labels));
        }
        byDomain.replaceAll((k, v) -> Set.copyOf(v));
        return new Taxonomy(domains.stream().map(d -> d.code).toList(), byDomain, domainLabels, themeLabels);
    }

    /** Theme codes, each with its labels by language. */
    public Map<String, Map<String, String>> themes() {
        return themeLabels;
    }

    public boolean hasTheme(String code) {
        return themeLabels.containsKey(code);
    }

    public boolean hasDomain(String code) {
        return themesByDomain.containsKey(code);
    }

    /** The domains of the given theme codes, in kiosk order. */
    public List<String> domainsOf(Set<String> themeCodes) {
        return domains.stream().filter(d -> themesByDomain.get(d).stream().anyMatch(themeCodes::contains)).toList();
    }
}
