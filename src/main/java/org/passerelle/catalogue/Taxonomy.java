package org.passerelle.catalogue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The two-level taxonomy at one moment: which domain each theme code belongs to, and back. */
public record Taxonomy(List<KioskDomain> domains, Map<String, Theme> themes, Map<String, Set<String>> themesByDomain) {

    public static Taxonomy of(List<KioskDomain> domains, List<Theme> themes) {
        Map<String, Theme> byCode = new LinkedHashMap<>();
        Map<String, Set<String>> byDomain = new LinkedHashMap<>();
        domains.forEach(d -> byDomain.put(d.code, new LinkedHashSet<>()));
        for (Theme theme : themes) {
            byCode.put(theme.code, theme);
            byDomain.computeIfAbsent(theme.domain.code, k -> new LinkedHashSet<>()).add(theme.code);
        }
        return new Taxonomy(domains, byCode, byDomain);
    }

    public boolean hasTheme(String code) {
        return themes.containsKey(code);
    }

    public boolean hasDomain(String code) {
        return themesByDomain.containsKey(code);
    }

    /** The domains of the given theme codes, in kiosk order. */
    public List<String> domainsOf(Set<String> themeCodes) {
        return domains.stream().map(d -> d.code)
                .filter(d -> themesByDomain.get(d).stream().anyMatch(themeCodes::contains))
                .toList();
    }
}
