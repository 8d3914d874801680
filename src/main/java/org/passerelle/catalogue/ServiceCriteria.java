package org.passerelle.catalogue;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.passerelle.catalogue.vocabulary.AccessMode;
import org.passerelle.catalogue.vocabulary.ServiceStatus;

/**
 * Validated filters of the public service list. {@code themes} is the union of the requested theme and
 * the requested domain's theme codes, or null for no theme filter. Facts about a person are never here:
 * they travel in the triage POST body (design.md §3b).
 */
public record ServiceCriteria(
        Optional<String> text,
        Set<String> themes,
        Optional<String> cityKey,
        Optional<String> regionKey,
        Optional<AccessMode> accessMode,
        Optional<UUID> organizationId,
        ServiceStatus status) {
}
