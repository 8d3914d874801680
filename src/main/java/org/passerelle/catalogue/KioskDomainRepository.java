package org.passerelle.catalogue;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class KioskDomainRepository implements PanacheRepositoryBase<KioskDomain, String> {

    public List<KioskDomain> listInOrder() {
        return list("order by sortOrder");
    }
}
