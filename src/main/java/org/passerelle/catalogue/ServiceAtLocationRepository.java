package org.passerelle.catalogue;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ServiceAtLocationRepository implements PanacheRepositoryBase<ServiceAtLocation, UUID> {

    /** The services holding a permanence at {@code now}, in each location's own time zone. */
    public Set<UUID> findServicesOpenAt(Instant now) {
        return list("select sl from ServiceAtLocation sl join fetch sl.location").stream()
                .filter(sl -> sl.hours().openUntil(now).isPresent())
                .map(sl -> sl.service.id).collect(Collectors.toSet());
    }
}
